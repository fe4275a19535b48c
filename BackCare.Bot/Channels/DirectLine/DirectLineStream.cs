using System.Net.WebSockets;
using System.Text.Json;
using BackCare.Bot.Framework.Schema;

namespace BackCare.Bot.Channels.DirectLine;

/// <summary>
/// The WebSocket at a conversation's streamUrl: pre-authorised by the token in <c>?t=</c> (checked before the
/// upgrade), it first sends what is after <c>?watermark=</c> (everything without one), then pushes each new
/// activity as an ActivitySet text frame. Frames from the client (Direct Line's empty keep-alives) are read and ignored.
/// </summary>
public static class DirectLineStream
{
    public static async Task<IResult> HandleAsync(
        string conversationId, string? t, string? watermark, HttpContext context, LocalTokenIssuer issuer, DirectLineConversations conversations)
    {
        var (conversation, failure) = await LocalDirectLineEndpoints.AuthorizeAsync(context.Request, conversationId, issuer, conversations, t ?? string.Empty);
        if (failure is not null)
        {
            return failure;
        }

        if (!context.WebSockets.IsWebSocketRequest)
        {
            return DirectLineErrors.BadArgument("The stream URL is for a WebSocket connection.");
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        using var subscription = conversation!.Subscribe(watermark);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
        var receiving = ReceiveUntilClosedAsync(socket, stop);
        try
        {
            if (subscription.Backlog.Activities.Count > 0)
            {
                await SendAsync(socket, subscription.Backlog, stop.Token);
            }

            await foreach (var set in subscription.Updates.ReadAllAsync(stop.Token))
            {
                await SendAsync(socket, set, stop.Token);
            }
        }
        catch (Exception exception) when (exception is OperationCanceledException or WebSocketException)
        {
            // The client went away; nothing to tell it.
        }

        await stop.CancelAsync();
        await CloseAsync(socket);
        await receiving;
        return Results.Empty;
    }

    private static Task SendAsync(WebSocket socket, ActivitySet set, CancellationToken cancellationToken) =>
        socket.SendAsync(JsonSerializer.SerializeToUtf8Bytes(set, ProtocolJson.Options), WebSocketMessageType.Text, endOfMessage: true, cancellationToken);

    private static async Task ReceiveUntilClosedAsync(WebSocket socket, CancellationTokenSource stop)
    {
        var buffer = new byte[4096];
        try
        {
            while (!stop.IsCancellationRequested)
            {
                var result = await socket.ReceiveAsync(buffer, stop.Token);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }
            }
        }
        catch (Exception exception) when (exception is OperationCanceledException or WebSocketException)
        {
            // Closed or aborted.
        }

        await stop.CancelAsync();
    }

    private static async Task CloseAsync(WebSocket socket)
    {
        if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
        {
            try
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
                await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, timeout.Token);
            }
            catch (Exception exception) when (exception is OperationCanceledException or WebSocketException)
            {
                // Already gone.
            }
        }
    }
}
