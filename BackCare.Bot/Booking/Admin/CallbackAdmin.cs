using BackCare.Bot.Booking.Delivery;

namespace BackCare.Bot.Booking.Admin;

/// <summary>What staff can do with call-back requests: list, read, mark handled, retry a failed one. Logs the reference only.</summary>
public sealed partial class CallbackAdmin(
    CallbackStore store,
    CallbackChannels channels,
    CallbackOutboxSignal outbox,
    TimeProvider timeProvider,
    ILogger<CallbackAdmin> logger)
{
    public enum RetryResult
    {
        NotFound,
        NotFailed,
        Queued,
    }

    public async Task<IReadOnlyList<CallbackRequest>> ListAsync(CallbackStatus? status, CancellationToken cancellationToken) =>
        (await store.ListAsync(cancellationToken)).Where(r => status is null || r.Status == status).ToList();

    public Task<CallbackRequest?> GetAsync(string reference, CancellationToken cancellationToken) => store.ReadAsync(reference, cancellationToken);

    /// <summary>Marks the request handled (staff called back); nothing more is sent, and retention can delete it. Idempotent.</summary>
    public async Task<CallbackRequest?> MarkHandledAsync(string reference, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var updated = await store.UpdateAsync(
            reference,
            r => r.HandledAt is not null ? r : (r with { HandledAt = now }).WithStatusFor(channels.EnabledNames, now),
            cancellationToken);
        if (updated is not null)
        {
            LogHandled(logger, reference);
        }

        return updated;
    }

    /// <summary>Gives every failed channel of a failed request a fresh set of attempts and wakes the outbox.</summary>
    public async Task<(RetryResult Result, CallbackRequest? Request)> RetryAsync(string reference, CancellationToken cancellationToken)
    {
        var wasFailed = false;
        var updated = await store.UpdateAsync(
            reference,
            r =>
            {
                wasFailed = r.Status == CallbackStatus.Failed;
                if (!wasFailed)
                {
                    return r;
                }

                var retried = r;
                foreach (var (channel, delivery) in r.Deliveries.Where(d => d.Value.FailedAt is not null))
                {
                    retried = retried.WithDelivery(channel, delivery with { Attempts = 0, FailedAt = null, NextAttemptAt = null, LeaseOwner = null });
                }

                return retried with { Status = CallbackStatus.Pending };
            },
            cancellationToken);
        if (updated is null)
        {
            return (RetryResult.NotFound, null);
        }

        if (!wasFailed)
        {
            return (RetryResult.NotFailed, updated);
        }

        LogRetried(logger, reference);
        outbox.Notify();
        return (RetryResult.Queued, updated);
    }

    [LoggerMessage(EventId = 520, Level = LogLevel.Information, Message = "Call-back request {Reference} marked handled by staff")]
    private static partial void LogHandled(ILogger logger, string reference);

    [LoggerMessage(EventId = 521, Level = LogLevel.Information, Message = "Call-back request {Reference} queued again by staff")]
    private static partial void LogRetried(ILogger logger, string reference);
}
