using System.Text;
using System.Text.Json;
using BackCare.Bot.Channels.DirectLine;
using BackCare.Bot.Framework.Schema;
using BackCare.Bot.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace BackCare.Bot.Tests.Channels.DirectLine;

/// <summary>POST /api/directline/token: the page's one place to get a token.</summary>
public sealed class DirectLineTokenEndpointTests : IAsyncLifetime
{
    private const string Secret = "dl-secret-never-in-the-browser";
    private FakeDirectLineServer _directLine = null!;

    public async Task InitializeAsync() => _directLine = await FakeDirectLineServer.StartAsync();

    public async Task DisposeAsync() => await _directLine.DisposeAsync();

    [Fact]
    public async Task WithASecretTheServerExchangesItForAVisitorTokenAndTheBrowserNeverSeesIt()
    {
        await using var app = WithSecret();

        using var response = await app.CreateClient().PostAsync(DirectLineTokenEndpoint.Path, null);
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var token = JsonSerializer.Deserialize<WidgetToken>(text)!;
        var (authorization, body) = Assert.Single(_directLine.Requests);
        Assert.Equal($"Bearer {Secret}", authorization);
        Assert.Equal("azure-token-1", token.Token);
        Assert.Equal("azure-conv-1", token.ConversationId);
        Assert.Equal(1800, token.ExpiresIn);
        Assert.Equal(_directLine.BaseUrl + "v3/directline", token.Domain);
        Assert.StartsWith("dl_", token.UserId);
        Assert.Equal(token.UserId, body?["user"]?["id"]?.GetValue<string>());
        Assert.Equal(["https://www.onebodyldn.com", "https://onebodyldn.com"], body?["trustedOrigins"]?.AsArray().Select(o => o!.GetValue<string>()));
        Assert.DoesNotContain(Secret, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheVisitorCannotChooseTheUserId()
    {
        await using var app = WithSecret();
        var http = app.CreateClient();

        using var first = await http.PostAsync($"{DirectLineTokenEndpoint.Path}?userId=dl_victim", Json("""{"user":{"id":"dl_victim"},"userId":"dl_victim"}"""));
        using var second = await http.PostAsync(DirectLineTokenEndpoint.Path, null);

        var sent = _directLine.Requests.Select(r => r.Body?["user"]?["id"]?.GetValue<string>()).ToList();
        Assert.Equal(2, sent.Count);
        Assert.All(sent, id => Assert.Matches("^dl_[0-9a-f]{32}$", id));
        Assert.DoesNotContain("dl_victim", sent);
        Assert.NotEqual(sent[0], sent[1]);
    }

    [Fact]
    public async Task RefusalFromDirectLineGivesA502WithoutTheSecret()
    {
        _directLine.FailWith = 403;
        await using var app = WithSecret();

        using var response = await app.CreateClient().PostAsync(DirectLineTokenEndpoint.Path, null);
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        Assert.Equal("DirectLineUnavailable", await DirectLineTestClient.ErrorCodeAsync(response));
        Assert.DoesNotContain(Secret, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MoreRequestsThanTheLimitFromOneAddressGet429WithRetryAfter()
    {
        await using var app = WithSecret(new() { ["DirectLine:TokenRequestsPerWindow"] = "2", ["DirectLine:TokenRequestWindow"] = "00:10:00" });
        var http = app.CreateClient();

        using var first = await http.PostAsync(DirectLineTokenEndpoint.Path, null);
        using var second = await http.PostAsync(DirectLineTokenEndpoint.Path, null);
        using var third = await http.PostAsync(DirectLineTokenEndpoint.Path, null);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        Assert.NotNull(third.Headers.RetryAfter);
        Assert.Equal("TooManyRequests", await DirectLineTestClient.ErrorCodeAsync(third));
        Assert.Equal(2, _directLine.Requests.Count);
    }

    [Fact]
    public async Task WithoutASecretAndWithTheLocalEndpointOnItGivesALocalTokenThatStartsAConversation()
    {
        await using var app = DirectLineApplication.Create(DirectLineApplication.Clock());
        var http = app.CreateClient();

        using var response = await http.PostAsync(DirectLineTokenEndpoint.Path, null);
        var token = await DirectLineTestClient.ReadAsync<WidgetToken>(response, HttpStatusCode.OK);
        var (conversation, status) = await new DirectLineTestClient(http).StartAsync(token.Token);

        Assert.Equal("http://localhost/v3/directline", token.Domain);
        Assert.StartsWith("dl_", token.UserId);
        Assert.Equal(HttpStatusCode.Created, status);
        Assert.Equal(token.ConversationId, conversation.ConversationId);
        var echoId = await new DirectLineTestClient(http).SayAsync(conversation, "sciatica");
        var echo = (await new DirectLineTestClient(http).GetAllActivitiesAsync(conversation)).Single(a => a.Id == echoId);
        Assert.Equal(token.UserId, echo.From?.Id);
        Assert.Empty(_directLine.Requests);
    }

    [Fact]
    public async Task TheSecretWinsOverTheLocalEndpoint()
    {
        await using var app = WithSecret(new() { ["DirectLine:Local:Enabled"] = "true" });

        using var response = await app.CreateClient().PostAsync(DirectLineTokenEndpoint.Path, null);
        var token = await DirectLineTestClient.ReadAsync<WidgetToken>(response, HttpStatusCode.OK);

        Assert.Equal("azure-token-1", token.Token);
        Assert.Single(_directLine.Requests);
    }

    [Fact]
    public async Task AnUnresolvedKeyVaultReferenceIsNotUsedAsTheSecret()
    {
        await using var app = WithSecret(new() { ["DirectLine:Secret"] = "@Microsoft.KeyVault(VaultName=kv;SecretName=DirectLineSecret)" });

        using var response = await app.CreateClient().PostAsync(DirectLineTokenEndpoint.Path, null);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("DirectLineNotConfigured", await DirectLineTestClient.ErrorCodeAsync(response));
        Assert.Contains("Key Vault", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(_directLine.Requests);
    }

    [Fact]
    public async Task WithNeitherItAnswers503WithAClearError()
    {
        await using var app = new BackCareApplication().WithWebHostBuilder(b => b.UseEnvironment("Production"));

        using var response = await app.CreateClient().PostAsync(DirectLineTokenEndpoint.Path, null);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("DirectLineNotConfigured", await DirectLineTestClient.ErrorCodeAsync(response));
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("https://www.onebodyldn.com", true)]
    [InlineData("https://evil.example", false)]
    public async Task OnlyTheClinicsOwnPagesMayAskFromTheBrowser(string origin, bool allowed)
    {
        await using var app = WithSecret();
        using var preflight = new HttpRequestMessage(HttpMethod.Options, DirectLineTokenEndpoint.Path);
        preflight.Headers.Add("Origin", origin);
        preflight.Headers.Add("Access-Control-Request-Method", "POST");
        preflight.Headers.Add("Access-Control-Request-Headers", "content-type");

        using var response = await app.CreateClient().SendAsync(preflight);

        var allowOrigin = response.Headers.TryGetValues("Access-Control-Allow-Origin", out var values) ? values.Single() : null;
        Assert.Equal(allowed ? origin : null, allowOrigin);
        Assert.Empty(_directLine.Requests);
    }

    private BackCareApplication WithSecret(Dictionary<string, string?>? extra = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["DirectLine:Secret"] = Secret,
            ["DirectLine:BaseUrl"] = _directLine.BaseUrl,
            ["DirectLine:TrustedOrigins"] = "https://www.onebodyldn.com, https://onebodyldn.com",
        };
        foreach (var (key, value) in extra ?? [])
        {
            settings[key] = value;
        }

        return new BackCareApplication(settings);
    }

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");
}
