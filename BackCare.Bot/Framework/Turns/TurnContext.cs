using System.Text.Json.Nodes;
using BackCare.Bot.Framework.Schema;

namespace BackCare.Bot.Framework.Turns;

public sealed class TurnContext(Activity activity) : ITurnContext
{
    private readonly List<Activity> _replies = [];
    private int _sequence;

    public Activity Activity { get; } = activity;

    public bool Responded => SentMessageCount > 0;

    public int SentMessageCount { get; private set; }

    public IReadOnlyList<Activity> BufferedReplies => _replies;

    public IDictionary<string, object> TurnState { get; } = new Dictionary<string, object>(StringComparer.Ordinal);

    public InvokeResponse? InvokeResponse { get; set; }

    public Task<ResourceResponse> SendActivityAsync(string text, CancellationToken cancellationToken) =>
        SendActivityAsync(Activity.CreateMessage(text, InputHints.AcceptingInput), cancellationToken);

    public Task<ResourceResponse> SendActivityAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        // Address a copy: filling in the caller's instance with ??= would pin a reused activity
        // (a static or cached message) to the first conversation it was sent in.
        var reply = Address(activity.ShallowCopy());
        _replies.Add(reply);
        if (reply.IsType(ActivityTypes.Message))
        {
            SentMessageCount++;
        }

        return Task.FromResult(new ResourceResponse(reply.Id));
    }

    public Task TraceActivityAsync(string name, JsonNode? value, CancellationToken cancellationToken) =>
        SendActivityAsync(Activity.CreateTrace(name, value), cancellationToken);

    /// <summary>Forgets everything sent so far (used when a turn is replayed after an eTag conflict).</summary>
    internal void DiscardReplies()
    {
        _replies.Clear();
        SentMessageCount = 0;
    }

    private Activity Address(Activity outgoing)
    {
        var template = Activity.CreateReply();
        outgoing.Type ??= ActivityTypes.Message;
        outgoing.ChannelId ??= template.ChannelId;
        outgoing.ServiceUrl ??= template.ServiceUrl;
        outgoing.From ??= template.From;
        outgoing.Recipient ??= template.Recipient;
        outgoing.Conversation ??= template.Conversation;
        outgoing.Locale ??= template.Locale;
        outgoing.ReplyToId ??= template.ReplyToId;
        outgoing.Id ??= $"{Activity.Id ?? "turn"}.{++_sequence}";
        return outgoing;
    }
}
