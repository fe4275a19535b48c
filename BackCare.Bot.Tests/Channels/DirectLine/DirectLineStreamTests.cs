using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using BackCare.Bot.Framework.Schema;
using BackCare.Bot.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace BackCare.Bot.Tests.Channels.DirectLine;

/// <summary>The WebSocket at the streamUrl, Web Chat's default way of receiving.</summary>
public sealed class DirectLineStreamTests : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);
    private readonly FakeTimeProvider _time = DirectLineApplication.Clock();
    private readonly BackCareApplication _app;
    private DirectLineTestClient _client = null!;

    public DirectLineStreamTests() => _app = DirectLineApplication.Create(_time);

    public Task InitializeAsync()
    {
        _client = new DirectLineTestClient(_app.CreateClient());
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task StreamSendsTheWelcomeFirstThenPushesTheEchoAndTheBotsReply()
    {
        var conversation = await _client.NewConversationAsync();
        using var socket = await ConnectAsync(conversation.StreamUrl!);

        var backlog = await ReceiveAsync(socket);
        var id = await _client.SayAsync(conversation, "sciatica", clientActivityId: "c-1");
        var pushed = await ReceiveUntilAsync(socket, received => received.Any(a => a.ReplyToId == id && a.Text?.Contains("4 to 6 weeks", StringComparison.Ordinal) == true));

        Assert.Contains(backlog, a => a.Text?.Contains("back-care assistant", StringComparison.Ordinal) == true);
        var echo = pushed.First();
        Assert.Equal(id, echo.Id);
        Assert.Equal("c-1", echo.ChannelData?["clientActivityID"]?.GetValue<string>());
        Assert.All(pushed.Skip(1), a => Assert.Equal("bot", a.From?.Role));
    }

    [Fact]
    public async Task ReconnectedStreamReplaysOnlyWhatCameAfterTheWatermark()
    {
        var conversation = await _client.NewConversationAsync();
        var seen = await _client.GetActivitiesAsync(conversation);
        await _client.SayAsync(conversation, "how often should I have a massage?");
        using var reconnect = await _client.SendAsync(HttpMethod.Get, $"/conversations/{conversation.ConversationId}?watermark={seen.Watermark}", conversation.Token);
        var resumed = await DirectLineTestClient.ReadAsync<BackCare.Bot.Channels.DirectLine.DirectLineConversationResponse>(reconnect, HttpStatusCode.OK);

        using var socket = await ConnectAsync(resumed.StreamUrl!);
        var replayed = await ReceiveAsync(socket);

        Assert.Equal("how often should I have a massage?", replayed[0].Text);
        Assert.DoesNotContain(replayed, a => seen.Activities.Any(s => s.Id == a.Id));
    }

    [Fact]
    public async Task StreamUrlWithAnExpiredTokenIsRefusedBeforeTheUpgrade()
    {
        var conversation = await _client.NewConversationAsync();
        _time.Advance(TimeSpan.FromMinutes(31));

        var failure = await Assert.ThrowsAnyAsync<Exception>(() => ConnectAsync(conversation.StreamUrl!));

        Assert.Contains("403", failure.Message, StringComparison.Ordinal);
    }

    private async Task<WebSocket> ConnectAsync(string streamUrl)
    {
        using var timeout = new CancellationTokenSource(Patience);
        return await _app.Server.CreateWebSocketClient().ConnectAsync(new Uri(streamUrl), timeout.Token);
    }

    private static async Task<List<Activity>> ReceiveUntilAsync(WebSocket socket, Func<List<Activity>, bool> done)
    {
        var received = new List<Activity>();
        while (!done(received))
        {
            received.AddRange(await ReceiveAsync(socket));
        }

        return received;
    }

    private static async Task<List<Activity>> ReceiveAsync(WebSocket socket)
    {
        using var timeout = new CancellationTokenSource(Patience);
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        WebSocketReceiveResult result;
        do
        {
            result = await socket.ReceiveAsync(buffer, timeout.Token);
            Assert.NotEqual(WebSocketMessageType.Close, result.MessageType);
            message.Write(buffer, 0, result.Count);
        }
        while (!result.EndOfMessage);

        var set = JsonSerializer.Deserialize<ActivitySetBody>(Encoding.UTF8.GetString(message.ToArray()), ProtocolJson.Options)!;
        Assert.False(string.IsNullOrEmpty(set.Watermark));
        return set.Activities;
    }
}
