namespace BackCare.Bot.Booking.Delivery;

/// <summary>One way a call-back request reaches the clinic (a webhook, an email). Enabled by configuration.</summary>
public interface ICallbackChannel
{
    /// <summary>The channel's name in delivery records and logs: <c>webhook</c>, <c>email</c>.</summary>
    string Name { get; }

    bool IsEnabled { get; }

    /// <summary>
    /// Sends the request once. Returns when the receiver accepted it; throws when it did not
    /// (<see cref="CallbackDeliveryException"/> says why without personal data). May be called again for the same
    /// request after a failure or a crash: receivers deduplicate on the reference.
    /// </summary>
    Task DeliverAsync(CallbackRequest request, CancellationToken cancellationToken);
}
