using BackCare.Bot.Framework.Schema;

namespace BackCare.Bot.Framework.Turns;

/// <summary>
/// One turn: the incoming activity, the replies it produced and per-turn services.
/// Replies are buffered and delivered only after state has been saved (STYLE convention 8).
/// </summary>
public interface ITurnContext
{
    Activity Activity { get; }

    /// <summary>True once a message has been sent this turn (trace and typing activities do not count).</summary>
    bool Responded { get; }

    /// <summary>How many message activities this turn has sent so far.</summary>
    int SentMessageCount { get; }

    IReadOnlyList<Activity> BufferedReplies { get; }

    /// <summary>Objects that live for this turn only (cached state, the recognizer result, …).</summary>
    IDictionary<string, object> TurnState { get; }

    Task<ResourceResponse> SendActivityAsync(Activity activity, CancellationToken cancellationToken);

    Task<ResourceResponse> SendActivityAsync(string text, CancellationToken cancellationToken);

    /// <summary>Sends a trace activity; it reaches only the Emulator (protocol.md R1.12).</summary>
    Task TraceActivityAsync(string name, System.Text.Json.Nodes.JsonNode? value, CancellationToken cancellationToken);

    /// <summary>The response body for an invoke activity.</summary>
    InvokeResponse? InvokeResponse { get; set; }
}
