namespace BackCare.Bot.Booking;

/// <summary>
/// What a person agreed to send the clinic so that someone calls them back. Never raw symptom text: the reason is
/// a short summary the person saw and agreed to (for example the symptom check's disposition summary).
/// </summary>
/// <param name="Name">The name the person gave.</param>
/// <param name="PhoneE164">A UK phone number normalised to E.164 (+44…), when given.</param>
/// <param name="Email">An email address, when given. At least one of phone and email is present.</param>
/// <param name="PreferredTimes">When to call: a quick choice or the person's own words ("Thursday after 5").</param>
/// <param name="Reason">Why they want the call, as shown to them in the summary.</param>
/// <param name="DispositionCode">The symptom check's disposition code when the request came from a check.</param>
public sealed record CallbackRequestDraft(
    string Name,
    string? PhoneE164,
    string? Email,
    string PreferredTimes,
    string Reason,
    string? DispositionCode);

/// <summary>The short, human-readable reference of a request that has been durably committed.</summary>
public sealed record CallbackReceipt(string Reference);

/// <summary>What erasing a user's call-back requests removed, and what had already left the bot.</summary>
/// <param name="Erased">Requests deleted from the store.</param>
/// <param name="AlreadyDelivered">Of those, how many had already been delivered (an email or webhook cannot be recalled).</param>
public sealed record CallbackErasure(int Erased, int AlreadyDelivered);

/// <summary>
/// The clinic's inbox of call-back requests. The seam between the booking conversation and durable delivery.
/// </summary>
public interface ICallbackRequests
{
    /// <summary>
    /// Commits the request to the store (and queues its delivery) before returning. Only after this returns may the
    /// bot tell the person the request was received.
    /// </summary>
    Task<CallbackReceipt> SubmitAsync(CallbackRequestDraft draft, string channelId, string userId, CancellationToken cancellationToken);

    /// <summary>Erases every call-back request this user made ("delete my data").</summary>
    Task<CallbackErasure> EraseUserAsync(string channelId, string userId, CancellationToken cancellationToken);
}
