namespace BackCare.Bot.Booking;

/// <summary>
/// The durable <see cref="ICallbackRequests"/>: a request is committed to <see cref="CallbackStore"/> before
/// <see cref="SubmitAsync"/> returns, and the outbox (<see cref="Delivery.CallbackOutbox"/>) is woken to deliver it.
/// Logs carry the reference only, never what the person typed.
/// </summary>
public sealed partial class StoredCallbackRequests(
    CallbackStore store,
    CallbackOutboxSignal outbox,
    TimeProvider timeProvider,
    ILogger<StoredCallbackRequests> logger) : ICallbackRequests
{
    // Longer is a content error in the booking conversation, not something to store.
    private const int MaxNameLength = 100;
    private const int MaxEmailLength = 254;
    private const int MaxTextLength = 500;
    private const int ReferenceTries = 8;

    public async Task<CallbackReceipt> SubmitAsync(CallbackRequestDraft draft, string channelId, string userId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        Validate(draft);
        var userHash = CallbackUserHash.For(channelId, userId);
        for (var attempt = 0; attempt < ReferenceTries; attempt++)
        {
            var request = new CallbackRequest
            {
                Reference = CallbackReference.New(),
                UserHash = userHash,
                SubmittedAt = timeProvider.GetUtcNow(),
                Name = draft.Name.Trim(),
                PhoneE164 = Blank(draft.PhoneE164),
                Email = Blank(draft.Email),
                PreferredTimes = draft.PreferredTimes.Trim(),
                Reason = draft.Reason.Trim(),
                DispositionCode = Blank(draft.DispositionCode),
            };
            if (await store.TryCreateAsync(request, cancellationToken))
            {
                LogSubmitted(logger, request.Reference);
                outbox.Notify();
                return new CallbackReceipt(request.Reference);
            }
        }

        throw new InvalidOperationException($"No free call-back reference after {ReferenceTries} tries.");
    }

    public async Task<CallbackErasure> EraseUserAsync(string channelId, string userId, CancellationToken cancellationToken)
    {
        var userHash = CallbackUserHash.For(channelId, userId);
        var now = timeProvider.GetUtcNow();
        int erased = 0, reachedClinic = 0;
        foreach (var reference in await store.ReferencesOfUserAsync(userHash, cancellationToken))
        {
            var request = await store.ReadAsync(reference, cancellationToken);
            if (request is not null)
            {
                erased++;
                reachedClinic += request.MayHaveReachedClinic(now) ? 1 : 0;
            }

            await store.DeleteAsync(userHash, reference, cancellationToken);
            LogErased(logger, reference);
        }

        return new CallbackErasure(erased, reachedClinic);
    }

    private static void Validate(CallbackRequestDraft draft)
    {
        // The messages name the field, never its value: they may reach a log.
        Require(!string.IsNullOrWhiteSpace(draft.Name) && draft.Name.Trim().Length <= MaxNameLength, "Name is required (at most 100 characters).");
        Require(!string.IsNullOrWhiteSpace(draft.PhoneE164) || !string.IsNullOrWhiteSpace(draft.Email), "A phone number or an email address is required.");
        Require(string.IsNullOrWhiteSpace(draft.PhoneE164) || E164().IsMatch(draft.PhoneE164.Trim()), "PhoneE164 must be in E.164 form (+44…).");
        Require(string.IsNullOrWhiteSpace(draft.Email) || (draft.Email.Trim().Length <= MaxEmailLength && draft.Email.Contains('@')), "Email is not an email address.");
        Require(!string.IsNullOrWhiteSpace(draft.PreferredTimes) && draft.PreferredTimes.Length <= MaxTextLength, "PreferredTimes is required (at most 500 characters).");
        Require(!string.IsNullOrWhiteSpace(draft.Reason) && draft.Reason.Length <= MaxTextLength, "Reason is required (at most 500 characters).");
    }

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new ArgumentException(message, "draft");
        }
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    [System.Text.RegularExpressions.GeneratedRegex(@"^\+[1-9][0-9]{6,14}\z")]
    private static partial System.Text.RegularExpressions.Regex E164();

    [LoggerMessage(EventId = 500, Level = LogLevel.Information, Message = "Call-back request {Reference} committed")]
    private static partial void LogSubmitted(ILogger logger, string reference);

    [LoggerMessage(EventId = 501, Level = LogLevel.Information, Message = "Call-back request {Reference} erased at the user's request")]
    private static partial void LogErased(ILogger logger, string reference);
}
