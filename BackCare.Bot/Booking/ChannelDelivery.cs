namespace BackCare.Bot.Booking;

/// <summary>
/// One channel's delivery record of one request (a webhook success and an email failure are kept apart, so only the
/// email is retried).
/// </summary>
/// <param name="Attempts">Attempts started, counted before each one, so a crash mid-attempt still counts it.</param>
/// <param name="NextAttemptAt">Not before this time: the lease of the attempt running now, or the backoff of the next one.</param>
/// <param name="LeaseOwner">The outbox instance that holds the lease (a random id per process).</param>
/// <param name="DeliveredAt">When the channel accepted it; nothing more is sent on this channel after that.</param>
/// <param name="FailedAt">When the channel ran out of attempts.</param>
/// <param name="LastError">The last failure as a category ("HTTP 500", "timeout", "SMTP 550"), never message text.</param>
public sealed record ChannelDelivery(
    int Attempts = 0,
    DateTimeOffset? NextAttemptAt = null,
    string? LeaseOwner = null,
    DateTimeOffset? DeliveredAt = null,
    DateTimeOffset? FailedAt = null,
    string? LastError = null)
{
    public static ChannelDelivery None { get; } = new();

    public bool IsFinished => DeliveredAt is not null || FailedAt is not null;
}
