using System.Net.Http.Json;
using System.Text.Json.Nodes;
using BackCare.Bot.Framework.Schema;
using BackCare.Bot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BackCare.Bot.Tests.Endpoints;

/// <summary>
/// Anonymous mode stays local: with no MicrosoftAppId nobody vouches for an activity's serviceUrl, so the bot
/// must not post replies wherever a caller says (an open relay), and Production must not run anonymously by accident.
/// </summary>
public sealed class AnonymousModeTests
{
    private const string AllowSetting = "Bot:AllowAnonymousInProduction";

    [Fact]
    public async Task ProductionWithoutAnAppIdRefusesToStartAndSaysWhichSettingAllowsIt()
    {
        await using var app = new BackCareApplication { EnvironmentName = "Production" };

        var exception = Record.Exception(() => app.CreateClient());

        var validation = Assert.IsType<OptionsValidationException>(Innermost<OptionsValidationException>(exception));
        Assert.Contains("MicrosoftAppId is empty in the Production environment", validation.Message, StringComparison.Ordinal);
        Assert.Contains(AllowSetting + "=true", validation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProductionWithoutAnAppIdStartsWhenAnonymousUseIsAllowedAndTheLogSaysAuthenticationIsOff()
    {
        var log = new RecordingLoggerProvider();
        await using var app = new BackCareApplication(
            new Dictionary<string, string?> { [AllowSetting] = "true" },
            services => services.AddSingleton<ILoggerProvider>(log)) { EnvironmentName = "Production" };

        using var http = app.CreateClient();
        using var health = await http.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        var notice = Assert.Single(log.Lines, l => l.Message.Contains("Authentication is OFF", StringComparison.Ordinal));
        Assert.Equal(LogLevel.Warning, notice.Level);
        Assert.Contains("Production", notice.Message, StringComparison.Ordinal);
        Assert.Contains("loopback", notice.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProductionWithAnAppIdStartsAndDoesNotSayAuthenticationIsOff()
    {
        var log = new RecordingLoggerProvider();
        await using var app = new BackCareApplication(
            new Dictionary<string, string?> { ["MicrosoftAppId"] = "00000000-0000-0000-0000-000000000001", ["MicrosoftAppPassword"] = "not-a-real-secret" },
            services => services.AddSingleton<ILoggerProvider>(log)) { EnvironmentName = "Production" };

        using var http = app.CreateClient();
        using var health = await http.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.DoesNotContain(log.Lines, l => l.Message.Contains("Authentication is OFF", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnAllowlistEntryThatIsNotAnHttpUrlStopsTheBotAtStart()
    {
        await using var app = new BackCareApplication(new Dictionary<string, string?> { ["Bot:AnonymousServiceUrls:0"] = "relay.example" });

        var exception = Record.Exception(() => app.CreateClient());

        var validation = Assert.IsType<OptionsValidationException>(Innermost<OptionsValidationException>(exception));
        Assert.Contains("\"relay.example\" is not an absolute http or https URL", validation.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://relay.example/")]
    [InlineData("https://smba.trafficmanager.net/amer/")]
    [InlineData("http://localhost.relay.example/")]
    [InlineData("http://127.0.0.1.nip.io/")]
    [InlineData("http://localhost@relay.example/")]
    [InlineData("http://10.0.0.5:3978/")]
    [InlineData("http://[::2]/")]
    public async Task WithAuthenticationOffANonLoopbackServiceUrlGets400AndNoOutboundCallAndNoTurn(string serviceUrl)
    {
        await using var app = new BackCareApplication();
        using var http = app.CreateClient();
        var activity = Message("sciatica", "conv-relay", serviceUrl);

        using var response = await http.PostAsJsonAsync("/api/messages", activity, ProtocolJson.Options);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(400, problem["status"]?.GetValue<int>());
        Assert.Equal("serviceUrl not allowed", problem["title"]?.GetValue<string>());
        Assert.Contains("Authentication is off", problem["detail"]?.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("loopback", problem["detail"]?.GetValue<string>(), StringComparison.Ordinal);
        Assert.Empty(app.Connector.Requests);
        var stored = await app.Storage.ReadAsync(["emulator/conversations/conv-relay"], CancellationToken.None);
        Assert.Empty(stored);
    }

    [Theory]
    [InlineData("http://localhost:53559/")]
    [InlineData("http://LOCALHOST:3000/emulator/")]
    [InlineData("http://127.0.0.1:9000/")]
    [InlineData("http://127.45.6.7/")]
    [InlineData("http://[::1]:3000/")]
    public async Task WithAuthenticationOffALoopbackServiceUrlGetsItsReplies(string serviceUrl)
    {
        await using var app = new BackCareApplication();
        using var http = app.CreateClient();
        var activity = Message("sciatica", "conv-loopback", serviceUrl);

        using var response = await http.PostAsJsonAsync("/api/messages", activity, ProtocolJson.Options);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var requests = app.Connector.Requests.ToList();
        Assert.NotEmpty(requests);
        Assert.All(requests, r => Assert.Equal(new Uri(serviceUrl).Authority, r.Uri.Authority));
        Assert.Contains(requests, r => r.Activity.Text?.Contains("4 to 6 weeks", StringComparison.Ordinal) == true);
    }

    [Theory]
    [InlineData("https://relay.clinic.example/bot/", true)]
    [InlineData("https://RELAY.clinic.example/bot/eu/", true)]
    [InlineData("https://relay.clinic.example/bot", true)]
    [InlineData("https://relay.clinic.example/botnet/", false)]
    [InlineData("https://relay.clinic.example/", false)]
    [InlineData("http://relay.clinic.example/bot/", false)]
    [InlineData("https://relay.clinic.example:8443/bot/", false)]
    [InlineData("https://other.example/bot/", false)]
    public async Task WithAuthenticationOffOnlyServiceUrlsUnderAnAllowlistEntryGetReplies(string serviceUrl, bool allowed)
    {
        await using var app = new BackCareApplication(new Dictionary<string, string?> { ["Bot:AnonymousServiceUrls:0"] = "https://relay.clinic.example/bot/" });
        using var http = app.CreateClient();

        using var response = await http.PostAsJsonAsync("/api/messages", Message("sciatica", "conv-allow", serviceUrl), ProtocolJson.Options);

        Assert.Equal(allowed ? HttpStatusCode.OK : HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(allowed, !app.Connector.Requests.IsEmpty);
    }

    [Fact]
    public async Task WithAuthenticationOffExpectRepliesStillWorksWhateverTheServiceUrlAndCallsNoConnector()
    {
        await using var app = new BackCareApplication();
        using var http = app.CreateClient();
        var activity = Message("sciatica", "conv-expect", "https://relay.example/");
        activity.DeliveryMode = DeliveryModes.ExpectReplies;

        using var response = await http.PostAsJsonAsync("/api/messages", activity, ProtocolJson.Options);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<ExpectedReplies>(ProtocolJson.Options);
        Assert.Contains(body!.Activities, a => a.Text?.Contains("4 to 6 weeks", StringComparison.Ordinal) == true);
        Assert.Empty(app.Connector.Requests);
    }

    private static Activity Message(string text, string conversationId, string serviceUrl) => new()
    {
        Type = ActivityTypes.Message,
        Id = $"act-{Guid.NewGuid():N}",
        Text = text,
        ChannelId = ChannelIds.Emulator,
        ServiceUrl = serviceUrl,
        Conversation = new ConversationAccount { Id = conversationId },
        From = new ChannelAccount { Id = "user-1", Name = "User" },
        Recipient = new ChannelAccount { Id = "bot-1", Name = "Bot" },
    };

    private static T? Innermost<T>(Exception? exception)
        where T : Exception
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is T match)
            {
                return match;
            }

            if (current is AggregateException aggregate && aggregate.InnerExceptions.Select(Innermost<T>).FirstOrDefault(e => e is not null) is { } inner)
            {
                return inner;
            }
        }

        return null;
    }
}
