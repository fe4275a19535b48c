using System.Globalization;
using System.Text.Json;
using System.Threading.Channels;
using BackCare.Bot.Framework.Schema;

namespace BackCare.Bot.Channels.DirectLine;

/// <summary>
/// One local Direct Line conversation: its owner, its bounded history (the user's activities echoed with
/// server ids, and the bot's replies) and the open streams. Activity <c>n</c> (from 1) has id
/// <c>{conversationId}|{n:D7}</c>; the watermark is the number of the last activity a client has seen.
/// Every member is thread-safe.
/// </summary>
public sealed class DirectLineConversation(string id, string userId, int maxActivities, DateTimeOffset now)
{
    private readonly Lock _gate = new();
    private readonly LinkedList<(long Sequence, Activity Activity)> _history = new();
    private readonly List<Channel<ActivitySet>> _streams = [];
    private long _lastSequence;
    private bool _closed;

    public string Id { get; } = id;

    /// <summary>The user the conversation belongs to; only that user's tokens may use it.</summary>
    public string UserId { get; } = userId;

    public DateTimeOffset LastUsed { get; private set; } = now;

    public void Touch(DateTimeOffset when)
    {
        lock (_gate)
        {
            if (when > LastUsed)
            {
                LastUsed = when;
            }
        }
    }

    /// <summary>Appends a copy of the activity with its id and timestamp set, pushes it to open streams, and returns the copy.</summary>
    public Activity Append(Activity activity, DateTimeOffset when)
    {
        var stored = Copy(activity);
        lock (_gate)
        {
            var sequence = ++_lastSequence;
            stored.Id = $"{Id}|{sequence.ToString("D7", CultureInfo.InvariantCulture)}";
            stored.Timestamp = when;
            _history.AddLast((sequence, stored));
            while (_history.Count > maxActivities)
            {
                _history.RemoveFirst();
            }

            LastUsed = when > LastUsed ? when : LastUsed;
            var set = new ActivitySet([stored], Watermark(sequence));
            foreach (var stream in _streams)
            {
                stream.Writer.TryWrite(set);
            }
        }

        return stored;
    }

    /// <summary>Up to <paramref name="pageSize"/> activities after the watermark, and the watermark to ask from next.</summary>
    public ActivitySet Read(string? watermark, int pageSize)
    {
        var after = ParseWatermark(watermark);
        lock (_gate)
        {
            var page = _history.Where(e => e.Sequence > after).Take(pageSize).ToList();
            var next = page.Count > 0 ? page[^1].Sequence : Math.Min(after, _lastSequence);
            return new ActivitySet([.. page.Select(e => e.Activity)], Watermark(next));
        }
    }

    /// <summary>
    /// Opens a stream: the activities after the watermark (to send first) and a reader of everything appended
    /// from now on, with no gap and no duplicate between the two. Dispose the subscription to close it.
    /// </summary>
    public StreamSubscription Subscribe(string? watermark)
    {
        var after = ParseWatermark(watermark);
        var channel = Channel.CreateUnbounded<ActivitySet>(new UnboundedChannelOptions { SingleReader = true });
        lock (_gate)
        {
            var backlog = _history.Where(e => e.Sequence > after).Select(e => e.Activity).ToList();
            if (_closed)
            {
                channel.Writer.TryComplete();
            }
            else
            {
                _streams.Add(channel);
            }

            var set = new ActivitySet(backlog, Watermark(Math.Max(after, backlog.Count > 0 ? _lastSequence : after)));
            return new StreamSubscription(set, channel.Reader, () => Unsubscribe(channel));
        }
    }

    /// <summary>Ends every open stream (the conversation is being forgotten).</summary>
    public void Close()
    {
        lock (_gate)
        {
            _closed = true;
            foreach (var stream in _streams)
            {
                stream.Writer.TryComplete();
            }

            _streams.Clear();
        }
    }

    private void Unsubscribe(Channel<ActivitySet> channel)
    {
        lock (_gate)
        {
            _streams.Remove(channel);
            channel.Writer.TryComplete();
        }
    }

    /// <summary>An empty, missing or unreadable watermark means "from the start".</summary>
    private static long ParseWatermark(string? watermark) =>
        long.TryParse(watermark, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : 0;

    private static string Watermark(long sequence) => sequence.ToString(CultureInfo.InvariantCulture);

    /// <summary>A deep copy, so nothing the bot or a caller does later changes the history.</summary>
    private static Activity Copy(Activity activity) =>
        JsonSerializer.Deserialize<Activity>(JsonSerializer.SerializeToUtf8Bytes(activity, ProtocolJson.Options), ProtocolJson.Options)!;
}

/// <summary>An open stream on a conversation: what to send first, then what arrives.</summary>
public sealed class StreamSubscription(ActivitySet backlog, ChannelReader<ActivitySet> updates, Action unsubscribe) : IDisposable
{
    public ActivitySet Backlog { get; } = backlog;

    public ChannelReader<ActivitySet> Updates { get; } = updates;

    public void Dispose() => unsubscribe();
}
