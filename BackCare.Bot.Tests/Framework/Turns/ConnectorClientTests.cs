using System.Text.Json.Nodes;
using BackCare.Bot.Framework.Schema;
using BackCare.Bot.Framework.Turns;
using BackCare.Bot.Tests.Support;
using Moq;

namespace BackCare.Bot.Tests.Framework.Turns;

public sealed class ConnectorClientTests
{
    private readonly FakeConnectorHandler _handler = new();

    private ConnectorClient CreateClient(string? token = null)
    {
        var tokens = new Mock<IConnectorTokenProvider>();
        tokens.Setup(t => t.GetTokenAsync(It.IsAny<CancellationToken>())).ReturnsAsync(token);
        return new ConnectorClient(new HttpClient(_handler), tokens.Object);
    }

    private static Activity Reply(string serviceUrl = "https://smba.trafficmanager.net/amer/", string conversationId = "a:1", string? replyToId = null) => new()
    {
        Type = ActivityTypes.Message,
        Id = "local.1",
        ServiceUrl = serviceUrl,
        ChannelId = ChannelIds.MsTeams,
        Conversation = new ConversationAccount { Id = conversationId },
        From = new ChannelAccount { Id = "28:bot", Name = "BackCare" },
        Recipient = new ChannelAccount { Id = "29:user", Name = "Ana" },
        ReplyToId = replyToId,
        Text = "Hello",
    };

    [Theory]
    [InlineData("https://smba.trafficmanager.net/amer/")]
    [InlineData("https://smba.trafficmanager.net/amer")]
    public void BuildUriKeepsThePathOfTheServiceUrl(string serviceUrl)
    {
        var uri = ConnectorClient.BuildUri(Reply(serviceUrl, "a:1"));

        Assert.Equal("https://smba.trafficmanager.net/amer/v3/conversations/a%3A1/activities", uri.AbsoluteUri);
    }

    [Theory]
    [InlineData("45b27fe0-c37d|livechat", "45b27fe0-c37d%7Clivechat")]
    [InlineData("19:abc123@thread.tacv2;messageid=1650000000000", "19%3Aabc123%40thread.tacv2%3Bmessageid%3D1650000000000")]
    [InlineData("a:1Hx_b/c?d#e f", "a%3A1Hx_b%2Fc%3Fd%23e%20f")]
    public void BuildUriEscapesTheConversationId(string conversationId, string escaped)
    {
        var uri = ConnectorClient.BuildUri(Reply("http://localhost:53559", conversationId));

        Assert.Equal($"http://localhost:53559/v3/conversations/{escaped}/activities", uri.AbsoluteUri);
    }

    [Fact]
    public void BuildUriUsesTheReplyToActivityPathWhenTheActivityRepliesToAnother()
    {
        var uri = ConnectorClient.BuildUri(Reply(conversationId: "19:x@thread.skype", replyToId: "1:abc|0001"));

        Assert.Equal("https://smba.trafficmanager.net/amer/v3/conversations/19%3Ax%40thread.skype/activities/1%3Aabc%7C0001", uri.AbsoluteUri);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("/relative/path")]
    [InlineData("file:///etc/passwd")]
    [InlineData("ftp://example.invalid/")]
    public void BuildUriRefusesAnActivityWithoutAnAbsoluteServiceUrl(string? serviceUrl)
    {
        var activity = Reply();
        activity.ServiceUrl = serviceUrl;

        var exception = Assert.Throws<InvalidOperationException>(() => ConnectorClient.BuildUri(activity));

        Assert.Contains("serviceUrl", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BuildUriRefusesAnActivityWithoutAConversation()
    {
        var activity = Reply();
        activity.Conversation = null;

        Assert.Throws<InvalidOperationException>(() => ConnectorClient.BuildUri(activity));
    }

    [Fact]
    public async Task PostsToSendToConversationWhenThereIsNoReplyToId()
    {
        var response = await CreateClient().SendActivityAsync(Reply(conversationId: "c|1"), CancellationToken.None);

        var request = Assert.Single(_handler.Requests);
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal("https://smba.trafficmanager.net/amer/v3/conversations/c%7C1/activities", request.Uri.AbsoluteUri);
        Assert.Equal("reply-1", response.Id);
    }

    [Fact]
    public async Task PostsToReplyToActivityWhenThereIsAReplyToId()
    {
        await CreateClient().SendActivityAsync(Reply(conversationId: "c|1", replyToId: "c|1.0004"), CancellationToken.None);

        Assert.Equal("https://smba.trafficmanager.net/amer/v3/conversations/c%7C1/activities/c%7C1.0004", Assert.Single(_handler.Requests).Uri.AbsoluteUri);
    }

    [Fact]
    public async Task ClearsTheActivityIdBeforeSendingWithoutChangingTheCallersActivity()
    {
        var activity = Reply();

        await CreateClient().SendActivityAsync(activity, CancellationToken.None);

        var body = JsonNode.Parse(Assert.Single(_handler.Requests).Body)!.AsObject();
        Assert.False(body.ContainsKey("id"));
        Assert.Equal("Hello", body["text"]!.GetValue<string>());
        Assert.Equal("29:user", body["recipient"]!["id"]!.GetValue<string>());
        Assert.Equal("local.1", activity.Id);
    }

    [Fact]
    public async Task SendsTheActivityAsCamelCaseJsonWithoutNulls()
    {
        await CreateClient().SendActivityAsync(Reply(), CancellationToken.None);

        var body = JsonNode.Parse(Assert.Single(_handler.Requests).Body)!.AsObject();
        Assert.Equal(
            ["type", "serviceUrl", "channelId", "from", "conversation", "recipient", "text"],
            body.Select(p => p.Key));
    }

    [Fact]
    public async Task SendsABearerTokenWhenTheProviderHasOne()
    {
        await CreateClient("eyJ.token.sig").SendActivityAsync(Reply(), CancellationToken.None);

        Assert.Equal("Bearer eyJ.token.sig", Assert.Single(_handler.Requests).Authorization);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public async Task SendsNoAuthorizationHeaderWhenTheProviderHasNoToken(string? token)
    {
        await CreateClient(token).SendActivityAsync(Reply(), CancellationToken.None);

        Assert.Null(Assert.Single(_handler.Requests).Authorization);
    }

    [Fact]
    public async Task ThrowsWhenTheConnectorRejectsTheActivity()
    {
        _handler.FailuresToReturn.Enqueue(HttpStatusCode.Forbidden);

        await Assert.ThrowsAsync<HttpRequestException>(() => CreateClient().SendActivityAsync(Reply(), CancellationToken.None));
    }
}
