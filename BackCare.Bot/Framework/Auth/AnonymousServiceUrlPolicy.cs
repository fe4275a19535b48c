using System.Net;
using BackCare.Bot.Framework.Schema;
using Microsoft.Extensions.Options;

namespace BackCare.Bot.Framework.Auth;

/// <summary>
/// Where replies may go while authentication is off. With an app id the channel's token names the serviceUrl
/// (protocol.md R3.5, R4.4), so this policy allows everything; without one, a reply goes only to a loopback
/// serviceUrl (localhost, 127.0.0.0/8, ::1) or one listed in Bot:AnonymousServiceUrls. An expectReplies
/// activity is always allowed: its replies come back in the response body and nothing is posted anywhere.
/// </summary>
public sealed class AnonymousServiceUrlPolicy(IOptions<BotFrameworkOptions> botFramework, IOptions<AnonymousModeOptions> anonymousMode)
{
    private readonly bool _authenticationDisabled = botFramework.Value.AuthenticationDisabled;
    private readonly IReadOnlyList<Uri> _allowed = ParseAll(anonymousMode.Value.AnonymousServiceUrls);

    /// <summary>Null when the activity's replies may be delivered; otherwise why not, as a sentence for the caller.</summary>
    public string? Refusal(Activity activity)
    {
        if (!_authenticationDisabled || activity.DeliveryMode == DeliveryModes.ExpectReplies || string.IsNullOrEmpty(activity.ServiceUrl))
        {
            return null;
        }

        if (Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out var serviceUrl) && (IsLoopback(serviceUrl) || _allowed.Any(a => IsUnder(serviceUrl, a))))
        {
            return null;
        }

        return "Authentication is off (no MicrosoftAppId), so replies are posted only to a loopback serviceUrl "
            + $"(localhost, 127.0.0.0/8, ::1) or one listed in {AnonymousModeOptions.SectionName}:{nameof(AnonymousModeOptions.AnonymousServiceUrls)}; "
            + "this activity's serviceUrl is neither, so nothing was run or sent. "
            + "Send it with deliveryMode \"expectReplies\", or configure MicrosoftAppId.";
    }

    /// <summary>localhost, or a literal loopback address; a name that merely contains "localhost" or 127 is not.</summary>
    public static bool IsLoopback(Uri uri)
    {
        var host = uri.IdnHost.TrimEnd('.');
        if (string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return IPAddress.TryParse(host.Trim('[', ']'), out var address)
            && (IPAddress.IsLoopback(address) || (address.IsIPv4MappedToIPv6 && IPAddress.IsLoopback(address.MapToIPv4())));
    }

    /// <summary>The allowlist entries that are not absolute http or https URLs (reported at start-up).</summary>
    public static IReadOnlyList<string> Invalid(IEnumerable<string> entries) =>
        entries.Where(e => TryParse(e) is null).ToList();

    private static bool IsUnder(Uri serviceUrl, Uri allowed)
    {
        if (Uri.Compare(serviceUrl, allowed, UriComponents.SchemeAndServer, UriFormat.SafeUnescaped, StringComparison.OrdinalIgnoreCase) != 0)
        {
            return false;
        }

        var root = allowed.AbsolutePath.EndsWith('/') ? allowed.AbsolutePath : allowed.AbsolutePath + "/";
        var path = serviceUrl.AbsolutePath.EndsWith('/') ? serviceUrl.AbsolutePath : serviceUrl.AbsolutePath + "/";
        return path.StartsWith(root, StringComparison.OrdinalIgnoreCase);
    }

    private static List<Uri> ParseAll(IEnumerable<string> entries) =>
        entries.Select(TryParse).OfType<Uri>().ToList();

    private static Uri? TryParse(string? entry) =>
        Uri.TryCreate(entry?.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) && string.IsNullOrEmpty(uri.UserInfo)
            ? uri
            : null;
}
