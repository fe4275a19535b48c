using BackCare.Bot.Channels.DirectLine;
using BackCare.Bot.Content;
using Microsoft.Extensions.Options;

namespace BackCare.Bot.Channels.WebChat;

/// <summary>
/// The Content-Security-Policy of the chat page and everything else the bot serves (docs/website-chat.md
/// "Security headers"). No inline script anywhere: scripts come from this site only. Web Chat writes its styles
/// into &lt;style&gt; elements (emotion), which the page allows by a per-response nonce handed to Web Chat's
/// <c>nonce</c> prop, never by 'unsafe-inline'. One of its libraries (react-scroll-to-bottom) is not given that
/// nonce in Web Chat 4.18.1 and inserts an empty &lt;style&gt; element whose rules it then adds through the CSSOM,
/// which CSP does not govern; the hash of the empty string admits exactly that empty element and no content. The page may connect to this site (its token endpoint and the
/// local Direct Line, incl. WebSockets, which 'self' covers in CSP Level 3) and to the configured Direct Line
/// hosts; it may be framed by this site and the configured clinic sites.
/// </summary>
public sealed class ContentSecurityPolicy
{
    private readonly string _beforeStyle;
    private readonly string _afterStyle;

    public ContentSecurityPolicy(IOptions<WebChatOptions> webChat, IOptions<ClinicOptions> clinic, IOptions<DirectLineOptions> directLine)
        : this(webChat.Value, clinic.Value, DirectLineOrigins(directLine.Value))
    {
    }

    public ContentSecurityPolicy(WebChatOptions webChat, ClinicOptions clinic, IEnumerable<string> directLineOrigins)
    {
        var connect = webChat.ConnectSources.Concat(directLineOrigins)
            .SelectMany(origin => new[] { origin, CspSource.WebSocketTwin(origin) })
            .Distinct(StringComparer.OrdinalIgnoreCase);
        var images = CspSource.OriginOf(clinic.AvatarUrl) is { } avatarOrigin ? $" {avatarOrigin}" : string.Empty;

        _beforeStyle = $"default-src 'none'; script-src 'self'; style-src 'self' '{EmptyStyleHash}'";
        _afterStyle = $"; img-src 'self' data: blob:{images}"
            + $"; connect-src {string.Join(' ', new[] { "'self'" }.Concat(connect))}"
            + $"; frame-ancestors {string.Join(' ', new[] { "'self'" }.Concat(webChat.FrameAncestors))}"
            + "; base-uri 'none'; form-action 'self'; object-src 'none'";
        Value = _beforeStyle + _afterStyle;
    }

    /// <summary>The CSP hash of an empty &lt;style&gt; element (SHA-256 of no bytes).</summary>
    public const string EmptyStyleHash = "sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=";

    /// <summary>The policy for every response that runs no Web Chat (assets, APIs, errors).</summary>
    public string Value { get; }

    /// <summary>With a Direct Line secret the page talks to the Direct Line service (the token endpoint's domain).</summary>
    public static IEnumerable<string> DirectLineOrigins(DirectLineOptions directLine) =>
        !string.IsNullOrWhiteSpace(directLine.Secret) && CspSource.OriginOf(directLine.BaseUrl) is { } origin ? [origin] : [];

    /// <summary>The page's policy: the same, with Web Chat's style elements allowed by <paramref name="nonce"/>.</summary>
    public string WithNonce(string nonce) => $"{_beforeStyle} 'nonce-{nonce}'{_afterStyle}";
}
