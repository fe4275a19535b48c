using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using BackCare.Bot.Framework.Schema;
using BackCare.Bot.Framework.State;
using BackCare.Bot.Tests.Support;

namespace BackCare.Bot.Tests.Endpoints;

public sealed class MessagesEndpointTests : IAsyncLifetime
{
    // Authentication is off here, so the fake Connector's address must be allowed (see AnonymousModeTests).
    private readonly BackCareApplication _app = new(new Dictionary<string, string?> { ["Bot:AnonymousServiceUrls:0"] = "https://connector.test/" });
    private HttpClient _http = null!;

    public Task InitializeAsync()
    {
        _http = _app.CreateClient();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task NormalDeliveryRepliesThroughTheConnectorAtTheServiceUrl()
    {
        var conversationId = "19:abc@thread.tacv2;messageid=1|x";
        var activity = Message("sciatica", conversationId, channelId: ChannelIds.WebChat);
        activity.ServiceUrl = "https://connector.test/amer/";

        using var response = await PostAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(string.Empty, await response.Content.ReadAsStringAsync());
        var requests = _app.Connector.Requests.ToList();
        Assert.NotEmpty(requests);
        var expectedPath = $"/amer/v3/conversations/{Uri.EscapeDataString(conversationId)}/activities/{Uri.EscapeDataString(activity.Id!)}";
        Assert.All(requests, r =>
        {
            Assert.Equal(HttpMethod.Post, r.Method);
            Assert.Equal("connector.test", r.Uri.Host);
            Assert.Equal(expectedPath, r.Uri.AbsolutePath);
            Assert.Null(r.Authorization);
        });
        var replies = requests.Select(r => r.Activity).ToList();
        Assert.DoesNotContain(replies, r => r.Type == ActivityTypes.Trace);
        Assert.All(replies, r =>
        {
            Assert.Equal(activity.Id, r.ReplyToId);
            Assert.Equal("user-1", r.Recipient?.Id);
            Assert.Equal("bot-1", r.From?.Id);
            Assert.Equal(conversationId, r.Conversation?.Id);
            Assert.Null(r.Id);
        });
        Assert.Contains(replies, r => r.Text?.Contains("4 to 6 weeks", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task ExpectRepliesReturnsTheRepliesInTheBodyAndCallsNoConnector()
    {
        var activity = Message("sciatica", "conv-expect");
        activity.DeliveryMode = DeliveryModes.ExpectReplies;
        activity.ServiceUrl = null;

        using var response = await PostAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonSerializer.Deserialize<ExpectedReplies>(await response.Content.ReadAsStringAsync(), ProtocolJson.Options)!;
        Assert.Contains(body.Activities, a => a.Text?.Contains("4 to 6 weeks", StringComparison.Ordinal) == true);
        Assert.Empty(_app.Connector.Requests);
    }

    [Fact]
    public async Task EmulatorReceivesRecognizerResultTraceAndOtherChannelsDoNot()
    {
        var chat = new ChatClient(_http, ChannelIds.Emulator);
        await chat.SayAsync("How often should I have a massage?");
        var trace = Assert.Single(chat.LastActivities, a => a.Type == ActivityTypes.Trace && a.Name == "RecognizerResult");
        Assert.Equal("frequency", trace.Value?["topIntent"]?.GetValue<string>());
        Assert.Equal("How often should I have a massage?", trace.Value?["text"]?.GetValue<string>());
        Assert.True(trace.Value?["intents"]?["frequency"]?["score"]?.GetValue<double>() > 0.5);

        var webChat = new ChatClient(_http, ChannelIds.WebChat);
        await webChat.SayAsync("How often should I have a massage?");
        Assert.DoesNotContain(webChat.LastActivities, a => a.Type == ActivityTypes.Trace);
    }

    [Fact]
    public async Task UnknownFieldsChannelDataAndEntitiesAreAcceptedAndRoundTripOnTheSchema()
    {
        const string json = """
            {"type":"message","id":"a1","channelId":"emulator","text":"hello","deliveryMode":"expectReplies",
             "conversation":{"id":"c-rt","tenantId":"t1","futureField":1},"from":{"id":"u1","agenticUserId":"x"},
             "recipient":{"id":"b1"},"channelData":{"clientActivityID":"abc","nested":{"a":[1,2]}},
             "entities":[{"type":"ClientCapabilities","requiresBotState":true}],"brandNewField":{"x":true}}
            """;

        using var response = await PostJsonAsync(json);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var parsed = JsonSerializer.Deserialize<Activity>(json, ProtocolJson.Options)!;
        var roundTripped = JsonNode.Parse(JsonSerializer.Serialize(parsed, ProtocolJson.Options))!;
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(json), roundTripped), roundTripped.ToJsonString());
    }

    [Fact]
    public async Task MalformedJsonIsRefusedWith400ProblemAndStateIsUntouched()
    {
        var snapshot = await StartConversationAndSnapshotAsync("conv-bad");

        using var response = await PostJsonAsync("{\"type\":\"message\",\"text\":");

        await AssertProblemAsync(response, HttpStatusCode.BadRequest, "not a valid activity");
        Assert.Equal(snapshot, await SnapshotAsync("conv-bad"));
    }

    [Theory]
    [InlineData("""{"channelId":"emulator","conversation":{"id":"conv-bad"},"from":{"id":"u"},"serviceUrl":"http://x.test/"}""", "'type' is required")]
    [InlineData("""{"type":"message","channelId":"emulator","from":{"id":"u"},"serviceUrl":"http://x.test/"}""", "'conversation.id' is required")]
    [InlineData("""{"type":"message","channelId":"emulator","conversation":{"id":"conv-bad"},"serviceUrl":"http://x.test/"}""", "'from.id' is required")]
    [InlineData("""{"type":"message","channelId":"emulator","conversation":{"id":"conv-bad"},"from":{"id":"u"}}""", "'serviceUrl' is required")]
    [InlineData("""{"type":"message","channelId":"emulator","conversation":{"id":"conv-bad"},"from":{"id":"u"},"serviceUrl":"not a url"}""", "'serviceUrl' must be")]
    [InlineData("""{"type":"teleport","channelId":"emulator","conversation":{"id":"conv-bad"},"from":{"id":"u"},"serviceUrl":"http://x.test/"}""", "not a Bot Framework activity type")]
    [InlineData("""{"type":"event","channelId":"emulator","conversation":{"id":"conv-bad"},"from":{"id":"u"},"serviceUrl":"http://x.test/"}""", "'name' is required")]
    [InlineData("""[1,2,3]""", "not a valid activity")]
    [InlineData("""null""", "must be a JSON object")]
    [InlineData("""{"type":"message","text":{"not":"a string"},"channelId":"emulator","conversation":{"id":"conv-bad"},"from":{"id":"u"},"serviceUrl":"http://x.test/"}""", "not a valid activity")]
    public async Task InvalidActivitiesAreRefusedWith400NamingTheProblemAndStateIsUntouched(string json, string expectedDetail)
    {
        var snapshot = await StartConversationAndSnapshotAsync("conv-bad");

        using var response = await PostJsonAsync(json);

        await AssertProblemAsync(response, HttpStatusCode.BadRequest, expectedDetail);
        Assert.Equal(snapshot, await SnapshotAsync("conv-bad"));
        Assert.Empty(_app.Connector.Requests);
    }

    [Fact]
    public async Task OversizeBodyIsRefusedWith413AndStateIsUntouched()
    {
        var snapshot = await StartConversationAndSnapshotAsync("conv-big");
        var activity = Message(new string('a', 300 * 1024), "conv-big");
        activity.DeliveryMode = DeliveryModes.ExpectReplies;

        using var response = await PostAsync(activity);

        await AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge, "262144-byte limit");
        Assert.Equal(snapshot, await SnapshotAsync("conv-big"));
    }

    [Fact]
    public async Task OversizeBodySentWithoutContentLengthIsRefusedWith413()
    {
        var activity = Message(new string('a', 300 * 1024), "conv-chunked");
        var bytes = JsonSerializer.SerializeToUtf8Bytes(activity, ProtocolJson.Options);
        using var content = new StreamContent(new MemoryStream(bytes));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = content };
        request.Headers.TransferEncodingChunked = true;

        using var response = await _http.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task TheBodyLimitIsConfigurable()
    {
        await using var app = new BackCareApplication(new Dictionary<string, string?> { ["BotEndpoint:MaxRequestBodyBytes"] = "2048" });
        using var http = app.CreateClient();
        var activity = Message(new string('a', 3000), "conv-limit");
        activity.DeliveryMode = DeliveryModes.ExpectReplies;

        using var response = await http.PostAsJsonAsync("/api/messages", activity, ProtocolJson.Options);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task InvokeIsAnsweredWith200AndABody()
    {
        var activity = new Activity
        {
            Type = ActivityTypes.Invoke,
            Name = "adaptiveCard/action",
            Id = "inv-1",
            ChannelId = ChannelIds.MsTeams,
            ServiceUrl = "https://connector.test/",
            Conversation = new ConversationAccount { Id = "conv-invoke", ConversationType = "personal" },
            From = new ChannelAccount { Id = "29:user" },
            Recipient = new ChannelAccount { Id = "28:bot" },
            Value = JsonNode.Parse("""{"action":{"type":"Action.Execute","verb":"menu","data":{}}}"""),
        };

        using var response = await PostAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(200, body["statusCode"]?.GetValue<int>());
    }

    [Fact]
    public async Task NonMessageActivitiesTheBotIgnoresAreAcknowledged()
    {
        foreach (var type in new[] { ActivityTypes.Typing, ActivityTypes.MessageReaction, ActivityTypes.InstallationUpdate, ActivityTypes.EndOfConversation, ActivityTypes.Ping })
        {
            var activity = Message(null, "conv-other");
            activity.Type = type;

            using var response = await PostAsync(activity);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    [Fact]
    public async Task HealthEndpointAnswers()
    {
        using var response = await _http.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task TransientConnectorFailuresAreRetried()
    {
        _app.Connector.FailuresToReturn.Enqueue(HttpStatusCode.ServiceUnavailable);
        var activity = Message("hello", "conv-retry");

        using var response = await PostAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var requests = _app.Connector.Requests.ToList();
        Assert.True(requests.Count >= 2);
        Assert.Equal(requests[0].Body, requests[1].Body);
    }

    private static Activity Message(string? text, string conversationId, string channelId = ChannelIds.Emulator) => new()
    {
        Type = ActivityTypes.Message,
        Id = $"act-{Guid.NewGuid():N}",
        Text = text,
        ChannelId = channelId,
        ServiceUrl = "https://connector.test/",
        Conversation = new ConversationAccount { Id = conversationId },
        From = new ChannelAccount { Id = "user-1", Name = "User" },
        Recipient = new ChannelAccount { Id = "bot-1", Name = "Bot" },
    };

    private Task<HttpResponseMessage> PostAsync(Activity activity) =>
        _http.PostAsJsonAsync("/api/messages", activity, ProtocolJson.Options);

    private Task<HttpResponseMessage> PostJsonAsync(string json) =>
        _http.PostAsync("/api/messages", new StringContent(json, Encoding.UTF8, "application/json"));

    private async Task<string> StartConversationAndSnapshotAsync(string conversationId)
    {
        var chat = new ChatClient(_http, ChannelIds.Emulator, conversationId);
        await chat.JoinAsync();
        await chat.SayAsync("sciatica");
        return await SnapshotAsync(conversationId);
    }

    private async Task<string> SnapshotAsync(string conversationId)
    {
        var key = $"emulator/conversations/{conversationId}";
        var items = await _app.Storage.ReadAsync([key], CancellationToken.None);
        Assert.True(items.ContainsKey(key), "the conversation should have stored state");
        return items[key].Json + "|" + items[key].ETag;
    }

    private static async Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, string detailFragment)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal((int)status, problem["status"]?.GetValue<int>());
        Assert.Contains(detailFragment, problem["detail"]?.GetValue<string>() ?? string.Empty, StringComparison.Ordinal);
    }
}
