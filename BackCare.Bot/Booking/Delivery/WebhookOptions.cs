namespace BackCare.Bot.Booking.Delivery;

/// <summary>
/// The clinic's HTTPS endpoint that receives call-back requests as signed JSON. Section "Callbacks:Webhook".
/// No <see cref="Url"/> turns the channel off.
/// </summary>
public sealed class WebhookOptions
{
    public const string SectionName = "Callbacks:Webhook";

    public const int MinSecretLength = 32;

    /// <summary>An https URL (http only to a loopback address, for local tests). Empty turns the webhook off.</summary>
    public string? Url { get; set; }

    /// <summary>The HMAC-SHA256 key of <see cref="WebhookSignature"/>, shared with the receiver. A secret (Key Vault).</summary>
    public string? Secret { get; set; }

    /// <summary><see cref="Url"/> parsed; null when empty or not an absolute URL (<see cref="Problem"/> says which).</summary>
    public Uri? Endpoint =>
        Uri.TryCreate(Url, UriKind.Absolute, out var endpoint) && (endpoint.Scheme == Uri.UriSchemeHttps || endpoint.Scheme == Uri.UriSchemeHttp)
            ? endpoint
            : null; // "/callbacks" is an absolute file: URI on Unix, so the scheme is checked too

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Url);

    /// <summary>Why these settings cannot be used, or null when they can.</summary>
    public string? Problem() => IsConfigured ? Endpoint switch
    {
        null => "Callbacks:Webhook:Url must be an absolute https URL.",
        { Scheme: not "https" } and { IsLoopback: false } => "Callbacks:Webhook:Url must use https (http is allowed only to localhost).",
        _ when string.IsNullOrEmpty(Secret) || Secret.Length < MinSecretLength =>
            $"Callbacks:Webhook:Secret must be set, at least {MinSecretLength} characters, when Callbacks:Webhook:Url is (for example: openssl rand -hex 32).",
        _ => null,
    } : null;
}
