using System.Collections.Immutable;

namespace BackCare.Bot.Booking;

/// <summary>
/// A stored call-back request: what the person agreed to send (<see cref="CallbackRequestDraft"/>), its reference,
/// status and per-channel delivery records. It holds no channel or user id, only <see cref="UserHash"/> (erasure).
/// </summary>
public sealed record CallbackRequest
{
    public required string Reference { get; init; }

    /// <summary><see cref="CallbackUserHash.For"/> of the channel and user that made it; lets "delete my data" find it.</summary>
    public required string UserHash { get; init; }

    public required DateTimeOffset SubmittedAt { get; init; }

    public required string Name { get; init; }

    public string? PhoneE164 { get; init; }

    public string? Email { get; init; }

    public required string PreferredTimes { get; init; }

    public required string Reason { get; init; }

    public string? DispositionCode { get; init; }

    public CallbackStatus Status { get; init; } = CallbackStatus.Pending;

    public DateTimeOffset? HandledAt { get; init; }

    /// <summary>When it reached the clinic for good (delivered on every channel, or handled): the retention clock starts here.</summary>
    public DateTimeOffset? FinishedAt { get; init; }

    /// <summary>Delivery records by channel name (<c>webhook</c>, <c>email</c>).</summary>
    public ImmutableSortedDictionary<string, ChannelDelivery> Deliveries { get; init; } = ImmutableSortedDictionary<string, ChannelDelivery>.Empty;

    public ChannelDelivery DeliveryFor(string channel) => Deliveries.GetValueOrDefault(channel) ?? ChannelDelivery.None;

    public CallbackRequest WithDelivery(string channel, ChannelDelivery delivery) => this with { Deliveries = Deliveries.SetItem(channel, delivery) };

    /// <summary>
    /// True when a copy has left the bot or may have (a channel delivered it, an attempt is under way, or staff handled
    /// it): erasing it here cannot recall that copy.
    /// </summary>
    public bool MayHaveReachedClinic(DateTimeOffset now) =>
        HandledAt is not null
        || Deliveries.Values.Any(d => d.DeliveredAt is not null || (d.LeaseOwner is not null && d.NextAttemptAt > now));

    /// <summary>
    /// The status that follows from the delivery records and the channels enabled now: handled stays handled; a
    /// channel out of attempts fails the request; every enabled channel delivered delivers it; otherwise pending.
    /// </summary>
    public CallbackRequest WithStatusFor(IReadOnlyCollection<string> enabledChannels, DateTimeOffset now)
    {
        var status = HandledAt is not null ? CallbackStatus.Handled
            : enabledChannels.Any(c => DeliveryFor(c).FailedAt is not null) ? CallbackStatus.Failed
            : enabledChannels.Count > 0 && enabledChannels.All(c => DeliveryFor(c).DeliveredAt is not null) ? CallbackStatus.Delivered
            : CallbackStatus.Pending;
        var finished = status is CallbackStatus.Delivered or CallbackStatus.Handled ? FinishedAt ?? HandledAt ?? now : (DateTimeOffset?)null;
        return status == Status && finished == FinishedAt ? this : this with { Status = status, FinishedAt = finished };
    }
}
