using System.Text.RegularExpressions;

namespace BackCare.Bot.Channels.WebChat;

/// <summary>
/// One origin written into the Content-Security-Policy from configuration: "https://host[:port]" (a leading
/// "*." wildcard allowed) or, for local use, "http://localhost[:port]". Anything else (paths, spaces,
/// semicolons, keywords) is refused at start-up, so configuration can never rewrite the policy.
/// </summary>
public static partial class CspSource
{
    public static bool IsOrigin(string value) => Origin().IsMatch(value);

    /// <summary>The origin of an absolute http(s) URL ("https://cdn.example/a.png" → "https://cdn.example"), else null.</summary>
    public static string? OriginOf(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? uri.GetLeftPart(UriPartial.Authority)
            : null;

    /// <summary>The WebSocket twin of an http(s) origin ("https://x" → "wss://x").</summary>
    public static string WebSocketTwin(string origin) =>
        origin.StartsWith("https://", StringComparison.Ordinal) ? "wss://" + origin["https://".Length..]
        : origin.StartsWith("http://", StringComparison.Ordinal) ? "ws://" + origin["http://".Length..]
        : origin;

    [GeneratedRegex(@"^(https://(\*\.)?[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*|http://(localhost|127\.0\.0\.1))(:[0-9]{1,5})?$", RegexOptions.CultureInvariant)]
    private static partial Regex Origin();
}
