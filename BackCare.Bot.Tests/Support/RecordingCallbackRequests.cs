using BackCare.Bot.Booking;

namespace BackCare.Bot.Tests.Support;

/// <summary>
/// A test double of the clinic's call-back inbox: records each request it is given and answers with a reference,
/// or throws (<see cref="FailWith"/>) to play a store that is down. Test project only.
/// </summary>
public sealed class RecordingCallbackRequests : ICallbackRequests
{
    private readonly List<(CallbackRequestDraft Draft, string ChannelId, string UserId)> _submitted = [];

    public IReadOnlyList<(CallbackRequestDraft Draft, string ChannelId, string UserId)> Submitted => _submitted;

    /// <summary>When set, <see cref="SubmitAsync"/> throws this instead of committing.</summary>
    public Exception? FailWith { get; set; }

    public Task<CallbackReceipt> SubmitAsync(CallbackRequestDraft draft, string channelId, string userId, CancellationToken cancellationToken)
    {
        if (FailWith is not null)
        {
            return Task.FromException<CallbackReceipt>(FailWith);
        }

        _submitted.Add((draft, channelId, userId));
        return Task.FromResult(new CallbackReceipt($"CB-{_submitted.Count:D4}"));
    }

    public Task<CallbackErasure> EraseUserAsync(string channelId, string userId, CancellationToken cancellationToken) =>
        Task.FromResult(new CallbackErasure(0, 0));
}
