using System.Security.Cryptography;
using System.Text;

namespace BackCare.Bot.Booking.Delivery;

/// <summary>
/// The webhook's signature header: <c>X-BackCare-Signature: sha256=&lt;lowercase hex HMAC-SHA256 of the exact body
/// bytes, keyed with the UTF-8 secret&gt;</c> (the scheme GitHub's webhooks use). The receiver computes the same over the
/// raw body before parsing it and compares in constant time (docs/call-back-requests.md).
/// </summary>
public static class WebhookSignature
{
    public const string HeaderName = "X-BackCare-Signature";

    public const string Scheme = "sha256=";

    public static string Compute(string secret, ReadOnlySpan<byte> body) =>
        Scheme + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body));

    /// <summary>What a receiver does: true when <paramref name="header"/> is the signature of <paramref name="body"/>.</summary>
    public static bool Verify(string secret, ReadOnlySpan<byte> body, string? header) =>
        header is not null
        && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Compute(secret, body)), Encoding.ASCII.GetBytes(header));
}
