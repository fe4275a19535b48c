using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using BackCare.Bot.Content;
using Microsoft.Extensions.Options;

namespace BackCare.Bot.Channels.WebChat;

/// <summary>
/// GET / (the website chat page) and GET /webchat/theme.css (the clinic's colours). The page is the embedded
/// template page.html filled with the page's words and the clinic's settings, HTML-encoded; it carries no inline
/// script: app.js reads its settings from the main element's data attributes. Each response gets a fresh CSP nonce
/// for Web Chat's style elements. Nothing secret is in it: the token comes from the token endpoint at run time.
/// </summary>
public sealed partial class WebChatPage
{
    public const string Path = "/";
    public const string ThemePath = "/webchat/theme.css";

    private readonly string _before;
    private readonly string _after;
    private readonly ContentSecurityPolicy _policy;

    public WebChatPage(WebChatPageText text, IOptions<ClinicOptions> clinic, IOptions<WebChatOptions> webChat, ContentSecurityPolicy policy)
    {
        _policy = policy;
        var settings = clinic.Value;
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["lang"] = text.Locale,
            ["title"] = text.Title,
            ["heading"] = text.Heading,
            ["phone"] = text.Phone,
            ["phoneHref"] = TelephoneHref(settings.Phone),
            ["emergencyNotice"] = text.EmergencyNotice,
            ["chatLabel"] = text.ChatLabel,
            ["connecting"] = text.Connecting,
            ["connectFailed"] = text.ConnectFailed,
            ["noScript"] = text.NoScript,
            ["botName"] = settings.BotName,
            ["brandColor"] = settings.BrandColor,
            ["brandTextColor"] = settings.BrandTextColor,
            ["avatarUrl"] = settings.AvatarUrl,
            ["tokenUrl"] = webChat.Value.TokenUrl,
        };

        // Everything but the nonce is fixed while the process runs, so the page is rendered once, in two halves.
        var rendered = Placeholder().Replace(LoadTemplate(), m => m.Groups[1].Value == "nonce"
            ? NonceMark
            : values.TryGetValue(m.Groups[1].Value, out var value)
                ? HtmlEncoder.Default.Encode(value)
                : throw new InvalidOperationException($"page.html uses unknown placeholder {{{{{m.Groups[1].Value}}}}}."));
        var mark = rendered.IndexOf(NonceMark, StringComparison.Ordinal);
        _before = rendered[..mark];
        _after = rendered[(mark + NonceMark.Length)..];
        Theme = $":root {{ --brand: {settings.BrandColor}; --brand-text: {settings.BrandTextColor}; }}\n";
    }

    /// <summary>The clinic's colours as CSS custom properties (validated #RRGGBB values, so nothing can be injected).</summary>
    public string Theme { get; }

    public static IResult Get(HttpContext context, WebChatPage page) => page.Render(context);

    public static IResult GetTheme(WebChatPage page) => Results.Text(page.Theme, "text/css; charset=utf-8");

    public IResult Render(HttpContext context)
    {
        var nonce = Convert.ToBase64String(RandomNumberGenerator.GetBytes(16));
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = _policy.WithNonce(nonce);
        headers.CacheControl = "no-store";
        return Results.Text(_before + nonce + _after, "text/html; charset=utf-8", Encoding.UTF8);
    }

    /// <summary>"020 0000 0000" → "02000000000"; "+44 (0)20 7946 0000" → "+442079460000".</summary>
    public static string TelephoneHref(string phone)
    {
        var digits = new string(phone.Replace("(0)", string.Empty, StringComparison.Ordinal).Where(char.IsAsciiDigit).ToArray());
        return phone.TrimStart().StartsWith('+') ? "+" + digits : digits;
    }

    private const string NonceMark = "\u0001nonce\u0001";

    private static string LoadTemplate()
    {
        const string resource = "BackCare.Bot.Channels.WebChat.page.html";
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The chat page template is not embedded (expected resource '{resource}').");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    [GeneratedRegex(@"\{\{([A-Za-z]+)\}\}", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();
}
