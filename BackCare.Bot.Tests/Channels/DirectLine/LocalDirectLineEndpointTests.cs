using System.Text.Json.Nodes;
using BackCare.Bot.Channels.DirectLine;
using BackCare.Bot.Framework.Schema;
using BackCare.Bot.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace BackCare.Bot.Tests.Channels.DirectLine;

/// <summary>The local Direct Line 3.0 endpoint, driven over HTTP as botframework-directlinejs drives it.</summary>
public sealed class LocalDirectLineEndpointTests : IAsyncLifetime
{
    private const string WelcomeMark = "back-care assistant";
    private readonly FakeTimeProvider _time = DirectLineApplication.Clock();
    private readonly BackCareApplication _app;
    private DirectLineTestClient _client = null!;

    public LocalDirectLineEndpointTests() => _app = DirectLineApplication.Create(_time, new Dictionary<string, string?> { ["DirectLine:Local:PageSize"] = "3" });

    public Task InitializeAsync()
    {
        _client = new DirectLineTestClient(_app.CreateClient());
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task StartingAConversationAnswers201WithAStreamUrlAndStartingAgainAnswers200()
    {
        var token = await _client.GenerateTokenAsync();

        var (first, firstStatus) = await _client.StartAsync(token.Token);
        var (second, secondStatus) = await _client.StartAsync(token.Token);

        Assert.Equal(HttpStatusCode.Created, firstStatus);
        Assert.Equal(HttpStatusCode.OK, secondStatus);
        Assert.Equal(token.ConversationId, first.ConversationId);
        Assert.Equal(token.ConversationId, second.ConversationId);
        Assert.Equal(1800, first.ExpiresIn);
        Assert.StartsWith($"ws://localhost/v3/directline/conversations/{token.ConversationId}/stream?t=", first.StreamUrl);
        var welcomes = (await _client.GetAllActivitiesAsync(second)).Where(IsWelcome).ToList();
        Assert.Single(welcomes);
    }

    [Fact]
    public async Task WebChatJoinWelcomesExactlyOnceAndReconnectingReplaysTheWelcomeFromHistory()
    {
        var conversation = await _client.NewConversationAsync();
        await _client.JoinAsync(conversation);

        // The page reloads: it reconnects to the same conversation from watermark 0 and joins again.
        using var reconnect = await _client.SendAsync(HttpMethod.Get, $"/conversations/{conversation.ConversationId}?watermark=0", conversation.Token);
        var resumed = await DirectLineTestClient.ReadAsync<DirectLineConversationResponse>(reconnect, HttpStatusCode.OK);
        await _client.JoinAsync(resumed);
        var history = await _client.GetAllActivitiesAsync(resumed);

        var welcome = Assert.Single(history, IsWelcome);
        Assert.Equal("bot", welcome.From?.Role);
        Assert.Equal(ChannelIds.DirectLine, welcome.ChannelId);
        Assert.EndsWith("&watermark=0", resumed.StreamUrl);
        Assert.Equal(2, history.Count(a => a.Type == ActivityTypes.Event && a.Name == "webchat/join"));
        Assert.DoesNotContain(history, a => a.Type == ActivityTypes.ConversationUpdate);
    }

    [Fact]
    public async Task VisitorsMessageIsEchoedWithAServerIdAndTheTokensUserAndTheReplyAnswersIt()
    {
        var conversation = await _client.NewConversationAsync(userId: "dl_alice");

        var id = await _client.SayAsync(conversation, "sciatica", clientActivityId: "client-42");
        var history = await _client.GetAllActivitiesAsync(conversation);

        var echo = Assert.Single(history, a => a.Id == id);
        Assert.Equal($"{conversation.ConversationId}|0000003", id);
        Assert.Equal("sciatica", echo.Text);
        Assert.Equal("dl_alice", echo.From?.Id);
        Assert.Equal("user", echo.From?.Role);
        Assert.Equal("client-42", echo.ChannelData?["clientActivityID"]?.GetValue<string>());
        Assert.Equal(_time.GetUtcNow(), echo.Timestamp);
        var replies = history.SkipWhile(a => a.Id != id).Skip(1).ToList();
        Assert.NotEmpty(replies);
        Assert.All(replies, r => Assert.Equal(id, r.ReplyToId));
        Assert.Contains(replies, r => r.Text?.Contains("4 to 6 weeks", StringComparison.Ordinal) == true);
        Assert.DoesNotContain(history, a => a.From?.Id == "visitor-chosen-id" || a.Type == ActivityTypes.Trace);
    }

    [Fact]
    public async Task TheRedFlagSafetyNetAnswersOverDirectLineAsOnEveryChannel()
    {
        var conversation = await _client.NewConversationAsync();
        await _client.JoinAsync(conversation);

        var id = await _client.SayAsync(conversation, "since the massage I've wet myself without noticing");
        var replies = (await _client.GetAllActivitiesAsync(conversation)).SkipWhile(a => a.Id != id).Skip(1).ToList();

        Assert.Contains(replies, r => r.Text?.Contains("Please call 999 now or go to A&E.", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task WatermarkPagesThroughTheHistoryWithoutGapsOrRepeats()
    {
        var conversation = await _client.NewConversationAsync();
        await _client.SayAsync(conversation, "sciatica");
        await _client.SayAsync(conversation, "how often should I have a massage?");

        var pages = new List<ActivitySetBody>();
        var watermark = string.Empty;
        for (var page = await _client.GetActivitiesAsync(conversation, watermark); page.Activities.Count > 0; page = await _client.GetActivitiesAsync(conversation, watermark))
        {
            pages.Add(page);
            watermark = page.Watermark;
        }

        var ids = pages.SelectMany(p => p.Activities).Select(a => a.Id!).ToList();
        Assert.True(pages.Count >= 3, $"expected several pages of at most 3, got {pages.Count}");
        Assert.All(pages, p => Assert.InRange(p.Activities.Count, 1, 3));
        Assert.Equal(Enumerable.Range(1, ids.Count).Select(n => $"{conversation.ConversationId}|{n:D7}"), ids);
        Assert.Equal(ids.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), watermark);
        var after = await _client.GetActivitiesAsync(conversation, watermark);
        Assert.Empty(after.Activities);
        Assert.Equal(watermark, after.Watermark);
    }

    [Theory]
    [InlineData(null, HttpStatusCode.Unauthorized)]
    [InlineData("not-a-token", HttpStatusCode.Unauthorized)]
    public async Task CallsWithoutAValidTokenAreRefusedAndChangeNothing(string? token, HttpStatusCode expected)
    {
        var conversation = await _client.NewConversationAsync();
        var before = await _client.GetAllActivitiesAsync(conversation);
        var path = $"/conversations/{conversation.ConversationId}";

        using var post = await _client.SendAsync(HttpMethod.Post, path + "/activities", token, """{"type":"message","text":"hello"}""");
        using var get = await _client.SendAsync(HttpMethod.Get, path + "/activities?watermark=", token);
        using var reconnect = await _client.SendAsync(HttpMethod.Get, path, token);
        using var start = await _client.SendAsync(HttpMethod.Post, "/conversations", token, "{}");
        using var refresh = await _client.SendAsync(HttpMethod.Post, "/tokens/refresh", token);

        Assert.All(new[] { post, get, reconnect, start, refresh }, r => Assert.Equal(expected, r.StatusCode));
        Assert.Equal("Unauthorized", await DirectLineTestClient.ErrorCodeAsync(post));
        Assert.Equal(before.Select(a => a.Id), (await _client.GetAllActivitiesAsync(conversation)).Select(a => a.Id));
    }

    [Fact]
    public async Task ExpiredTokenIsRefusedWith403AndChangesNothingButARefreshedOneWorks()
    {
        var conversation = await _client.NewConversationAsync();
        _time.Advance(TimeSpan.FromMinutes(15));
        using var refreshed = await _client.SendAsync(HttpMethod.Post, "/tokens/refresh", conversation.Token);
        var renewed = await DirectLineTestClient.ReadAsync<DirectLineConversationResponse>(refreshed, HttpStatusCode.OK);
        var before = (await _client.GetAllActivitiesAsync(renewed)).Count;

        _time.Advance(TimeSpan.FromMinutes(16));
        using var post = await _client.SendAsync(HttpMethod.Post, $"/conversations/{conversation.ConversationId}/activities", conversation.Token, """{"type":"message","text":"sciatica"}""");
        using var refreshExpired = await _client.SendAsync(HttpMethod.Post, "/tokens/refresh", conversation.Token);

        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Equal("TokenExpired", await DirectLineTestClient.ErrorCodeAsync(post));
        Assert.Equal(HttpStatusCode.Forbidden, refreshExpired.StatusCode);
        Assert.Equal(conversation.ConversationId, renewed.ConversationId);
        Assert.Equal(1800, renewed.ExpiresIn);
        Assert.Equal(before, (await _client.GetAllActivitiesAsync(renewed)).Count);
        await _client.SayAsync(renewed, "sciatica");
        Assert.True((await _client.GetAllActivitiesAsync(renewed)).Count > before);
    }

    [Fact]
    public async Task TokenForOneConversationCannotReadPostOrStreamAnother()
    {
        var mine = await _client.NewConversationAsync();
        var theirs = await _client.NewConversationAsync();
        await _client.SayAsync(theirs, "I'm pregnant, is it safe?");
        var before = await _client.GetAllActivitiesAsync(theirs);
        var path = $"/conversations/{theirs.ConversationId}";

        using var read = await _client.SendAsync(HttpMethod.Get, path + "/activities?watermark=", mine.Token);
        using var post = await _client.SendAsync(HttpMethod.Post, path + "/activities", mine.Token, """{"type":"message","text":"hello"}""");
        using var reconnect = await _client.SendAsync(HttpMethod.Get, path, mine.Token);
        using var stream = await _client.SendAsync(HttpMethod.Get, $"{path}/stream?t={Uri.EscapeDataString(mine.Token)}", token: null);

        Assert.All(new[] { read, post, reconnect, stream }, r => Assert.Equal(HttpStatusCode.Forbidden, r.StatusCode));
        Assert.DoesNotContain("pregnan", await read.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(before.Select(a => a.Id), (await _client.GetAllActivitiesAsync(theirs)).Select(a => a.Id));
    }

    [Theory]
    [InlineData("{not json", "BadArgument")]
    [InlineData("""["message"]""", "BadArgument")]
    [InlineData("""{"type":"conversationUpdate","membersAdded":[{"id":"x"}]}""", "BadArgument")]
    [InlineData("""{"type":"event"}""", "BadArgument")]
    [InlineData("""{"text":"no type"}""", "BadArgument")]
    public async Task MalformedActivityIsRefusedWith400AndChangesNothing(string body, string code)
    {
        var conversation = await _client.NewConversationAsync();
        var before = (await _client.GetAllActivitiesAsync(conversation)).Count;

        using var response = await _client.SendAsync(HttpMethod.Post, $"/conversations/{conversation.ConversationId}/activities", conversation.Token, body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(code, await DirectLineTestClient.ErrorCodeAsync(response));
        Assert.Equal(before, (await _client.GetAllActivitiesAsync(conversation)).Count);
    }

    [Fact]
    public async Task OversizeActivityIsRefusedWith413()
    {
        var conversation = await _client.NewConversationAsync();
        var text = new string('a', 300 * 1024);

        using var response = await _client.SendAsync(
            HttpMethod.Post, $"/conversations/{conversation.ConversationId}/activities", conversation.Token, new JsonObject { ["type"] = "message", ["text"] = text }.ToJsonString());

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task GenerateRefusesAnUnsafeUserId()
    {
        using var response = await _app.CreateClient().PostAsync("/v3/directline/tokens/generate", new StringContent("""{"user":{"id":"<script>"}}""", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private static bool IsWelcome(Activity activity) =>
        activity.Type == ActivityTypes.Message && activity.Text?.Contains(WelcomeMark, StringComparison.Ordinal) == true;
}
