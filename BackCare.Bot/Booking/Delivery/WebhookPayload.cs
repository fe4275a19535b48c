namespace BackCare.Bot.Booking.Delivery;

/// <summary>The JSON the webhook posts (camelCase, nulls kept so the shape is fixed). <see cref="SentAt"/> lets a receiver refuse old replays.</summary>
public sealed record WebhookPayload(
    string Reference,
    DateTimeOffset SubmittedAt,
    DateTimeOffset SentAt,
    string Name,
    string? Phone,
    string? Email,
    string PreferredTimes,
    string Reason,
    string? DispositionCode)
{
    public static WebhookPayload From(CallbackRequest request, DateTimeOffset sentAt) => new(
        request.Reference,
        request.SubmittedAt,
        sentAt,
        request.Name,
        request.PhoneE164,
        request.Email,
        request.PreferredTimes,
        request.Reason,
        request.DispositionCode);
}
