using System.Net;
using System.Net.Http.Headers;
using System.Text;
using BackCare.Bot.Framework.Auth;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace BackCare.Bot.Tests.Framework.Auth;

/// <summary>The whole host with an app id configured: /api/messages answers 401 without a valid token (protocol.md T2, T3).</summary>
public sealed class MessagesEndpointAuthenticationTests : IDisposable
{
    private const string ChannelMetadata = "https://channel.test/v1/.well-known/openidconfiguration";
    private const string ChannelJwks = "https://channel.test/v1/.well-known/keys";

    private readonly FakeOpenIdHandler _openId = new();
    private readonly TestSigningKey _channelKey = new("k1", "webchat");
    private readonly WebApplicationFactory<Program> _factory;

    public MessagesEndpointAuthenticationTests()
    {
        _openId.Publish(ChannelMetadata, ChannelJwks, TestTokens.ChannelIssuer, _channelKey);
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseSetting("MicrosoftAppType", "MultiTenant");
            builder.UseSetting("MicrosoftAppId", TestTokens.AppId);
            builder.UseSetting("MicrosoftAppPassword", "s3cret");
            builder.UseSetting("ToBotFromChannelOpenIdMetadataUrl", ChannelMetadata);
            builder.UseSetting("ToBotFromEmulatorOpenIdMetadataUrl", "https://aad.test/openid");
            builder.UseSetting("ToChannelFromBotLoginUrl", "https://login.fake.test");
            builder.UseSetting("Storage:Provider", "Memory");
            builder.ConfigureTestServices(services =>
                services.AddHttpClient(BotFrameworkAuthenticationExtensions.HttpClientName)
                    .ConfigurePrimaryHttpMessageHandler(() => _openId));
        });
    }

    [Fact]
    public async Task RefusesActivityWithoutTokenWithProblemDetails()
    {
        using var client = _factory.CreateClient();

        using var response = await client.PostAsync("/api/messages", ActivityContent());

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("No Authorization header", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task RefusesActivityWhoseTokenIsForAnotherBot()
    {
        using var client = _factory.CreateClient();
        var token = TestTokens.Create(_channelKey.Credentials(), TimeProvider.System.GetUtcNow(), TestTokens.ChannelClaims(audience: "another-bot"));
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = ActivityContent() };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.DoesNotContain(token, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AcceptsActivityWithValidChannelToken()
    {
        using var client = _factory.CreateClient();
        var token = TestTokens.Create(_channelKey.Credentials(), TimeProvider.System.GetUtcNow(), TestTokens.ChannelClaims());
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = ActivityContent() };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    public void Dispose() => _factory.Dispose();

    /// <summary>expectReplies keeps the replies in the response, so the turn makes no outbound Connector call.</summary>
    private static StringContent ActivityContent() => new(
        $$"""
        {
          "type": "message",
          "id": "a1",
          "channelId": "webchat",
          "serviceUrl": "{{TestTokens.ServiceUrl}}",
          "deliveryMode": "expectReplies",
          "from": { "id": "user-1" },
          "recipient": { "id": "bot" },
          "conversation": { "id": "conv-auth-1" },
          "text": "hello"
        }
        """,
        Encoding.UTF8,
        "application/json");
}
