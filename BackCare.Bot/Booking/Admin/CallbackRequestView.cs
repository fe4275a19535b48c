namespace BackCare.Bot.Booking.Admin;

/// <summary>A request as the admin API shows it to staff (no user hash, no lease details).</summary>
public sealed record CallbackRequestView(
    string Reference,
    string Status,
    DateTimeOffset SubmittedAt,
    string Name,
    string? Phone,
    string? Email,
    string PreferredTimes,
    string Reason,
    string? DispositionCode,
    DateTimeOffset? HandledAt,
    IReadOnlyDictionary<string, CallbackRequestView.DeliveryView> Deliveries)
{
    public static CallbackRequestView From(CallbackRequest request) => new(
        request.Reference,
        request.Status.ToString().ToLowerInvariant(),
        request.SubmittedAt,
        request.Name,
        request.PhoneE164,
        request.Email,
        request.PreferredTimes,
        request.Reason,
        request.DispositionCode,
        request.HandledAt,
        request.Deliveries.ToDictionary(
            d => d.Key,
            d => new DeliveryView(d.Value.Attempts, d.Value.DeliveredAt, d.Value.FailedAt, d.Value.LastError, d.Value.NextAttemptAt)));

    public sealed record DeliveryView(int Attempts, DateTimeOffset? DeliveredAt, DateTimeOffset? FailedAt, string? LastError, DateTimeOffset? NextAttemptAt);
}
