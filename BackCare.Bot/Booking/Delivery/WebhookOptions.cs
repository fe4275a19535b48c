namespace BackCare.Bot.Booking.Delivery;

/// <summary>
/// The clinic's HTTPS endpoint that receives call-back requests as signed JSON. Section "Callbacks:Webhook".
/// No <see cref="Url"/> turns the channel off.
/// </summary>
public sealed class WebhookOptions
{
    public const string SectionName = "Callbacks:Webhook";

    public const int MinSecretLength = 32;

    /// <summary>An https URL (http only to a loopback address, for local tests).</summary>
    public Uri? Url { get; set; }

    /// <summary>The HMAC-SHA256 key of <see cref="WebhookSignature"/>, shared with the receiver. A secret (Key Vault).</summary>
    public string? Secret { get; set; }

    public bool IsConfigured => Url is not null;

    /// <summary>Why these settings cannot be used, or null when they can.</summary>
    public string? Problem() => Url switch
    {
        null => null,
        { IsAbsoluteUri: false } => "Callbacks:Webhook:Url must be an absolute URL.",
        { Scheme: not "https" } and { IsLoopback: false } => "Callbacks:Webhook:Url must use https (http is allowed only to localhost).",
        _ when string.IsNullOrEmpty(Secret) || Secret.Length < MinSecretLength =>
            $"Callbacks:Webhook:Secret must be set, at least {MinSecretLength} characters, when Callbacks:Webhook:Url is (for example: openssl rand -hex 32).",
        _ => null,
    };
}
