using BackCare.Bot.Channels.DirectLine;
using BackCare.Bot.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Time.Testing;

namespace BackCare.Bot.Tests.Channels.DirectLine;

/// <summary>When the local endpoint exists at all, and how long its conversations live.</summary>
public sealed class LocalDirectLineLifetimeTests
{
    private readonly FakeTimeProvider _time = DirectLineApplication.Clock();

    [Fact]
    public async Task UnusedConversationIsForgottenAfterItsIdleTimeoutAndAnswers404()
    {
        await using var app = DirectLineApplication.Create(_time, new Dictionary<string, string?> { ["DirectLine:Local:ConversationIdleTimeout"] = "00:10:00" });
        var client = new DirectLineTestClient(app.CreateClient());
        var kept = await client.NewConversationAsync();
        var forgotten = await client.NewConversationAsync();

        _time.Advance(TimeSpan.FromMinutes(6));
        await client.SayAsync(kept, "sciatica");
        _time.Advance(TimeSpan.FromMinutes(6));
        using var gone = await client.SendAsync(HttpMethod.Get, $"/conversations/{forgotten.ConversationId}/activities?watermark=", forgotten.Token);

        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        Assert.Equal("NotFound", await DirectLineTestClient.ErrorCodeAsync(gone));
        Assert.NotEmpty((await client.GetActivitiesAsync(kept)).Activities);
    }

    [Fact]
    public async Task OldestConversationIsForgottenBeyondTheLimit()
    {
        await using var app = DirectLineApplication.Create(_time, new Dictionary<string, string?> { ["DirectLine:Local:MaxConversations"] = "2" });
        var client = new DirectLineTestClient(app.CreateClient());
        var first = await client.NewConversationAsync();
        _time.Advance(TimeSpan.FromSeconds(1));
        var second = await client.NewConversationAsync();
        _time.Advance(TimeSpan.FromSeconds(1));
        await client.NewConversationAsync();

        using var firstAgain = await client.SendAsync(HttpMethod.Get, $"/conversations/{first.ConversationId}/activities?watermark=", first.Token);

        Assert.Equal(HttpStatusCode.NotFound, firstAgain.StatusCode);
        Assert.NotEmpty((await client.GetActivitiesAsync(second)).Activities);
    }

    [Theory]
    [InlineData("Production")]
    [InlineData("Staging")]
    public async Task OutsideDevelopmentTheLocalEndpointIsOffByDefault(string environment)
    {
        await using var app = new BackCareApplication().WithWebHostBuilder(b => b.UseEnvironment(environment));
        var http = app.CreateClient();

        using var generate = await http.PostAsync("/v3/directline/tokens/generate", null);
        using var start = await http.PostAsync("/v3/directline/conversations", null);
        using var token = await http.PostAsync("/api/directline/token", null);

        Assert.Equal(HttpStatusCode.NotFound, generate.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, start.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, token.StatusCode);
        Assert.Equal("DirectLineNotConfigured", await DirectLineTestClient.ErrorCodeAsync(token));
    }

    [Fact]
    public async Task ProductionCanTurnTheLocalEndpointOnExplicitly()
    {
        await using var app = new BackCareApplication(new Dictionary<string, string?> { ["DirectLine:Local:Enabled"] = "true" })
            .WithWebHostBuilder(b => b.UseEnvironment("Production"));
        var client = new DirectLineTestClient(app.CreateClient());

        var conversation = await client.NewConversationAsync();

        Assert.NotEmpty((await client.GetActivitiesAsync(conversation)).Activities);
    }

    [Fact]
    public async Task DevelopmentHasTheLocalEndpointWithNoSettings()
    {
        await using var app = new BackCareApplication().WithWebHostBuilder(b => b.UseEnvironment("Development"));
        var client = new DirectLineTestClient(app.CreateClient());

        var conversation = await client.NewConversationAsync();

        Assert.Equal(1800, conversation.ExpiresIn);
    }

    [Fact]
    public async Task SettingFalseTurnsItOffEvenInDevelopment()
    {
        await using var app = new BackCareApplication(new Dictionary<string, string?> { ["DirectLine:Local:Enabled"] = "false" })
            .WithWebHostBuilder(b => b.UseEnvironment("Development"));

        using var generate = await app.CreateClient().PostAsync("/v3/directline/tokens/generate", null);

        Assert.Equal(HttpStatusCode.NotFound, generate.StatusCode);
    }
}
