using BackCare.Bot.Content;
using Microsoft.Extensions.Options;

namespace BackCare.Bot.Channels.WebChat;

/// <summary>
/// Start-up checks of what the chat page takes from configuration: readable brand colours (WCAG 1.4.3), an
/// avatar on this site or over https, and origins that can be written into the Content-Security-Policy.
/// </summary>
public sealed class WebChatSettingsValidation : IValidateOptions<ClinicOptions>, IValidateOptions<WebChatOptions>
{
    private const string White = "#FFFFFF";

    public ValidateOptionsResult Validate(string? name, ClinicOptions options) => Result(Check(options));

    public ValidateOptionsResult Validate(string? name, WebChatOptions options) => Result(Check(options));

    public static IReadOnlyList<string> Check(ClinicOptions options)
    {
        var problems = new List<string>();
        if (IsColour(options.BrandColor) && IsColour(options.BrandTextColor))
        {
            var onBrand = ColourContrast.Ratio(options.BrandTextColor, options.BrandColor);
            if (onBrand < ColourContrast.MinimumForText)
            {
                problems.Add($"Clinic:BrandTextColor {options.BrandTextColor} on Clinic:BrandColor {options.BrandColor} has a contrast of {onBrand:F2}:1; text needs at least 4.5:1.");
            }

            var onWhite = ColourContrast.Ratio(options.BrandColor, White);
            if (onWhite < ColourContrast.MinimumForText)
            {
                problems.Add($"Clinic:BrandColor {options.BrandColor} on white has a contrast of {onWhite:F2}:1; the chat's buttons and links need at least 4.5:1, so choose a darker colour.");
            }
        }

        var avatar = options.AvatarUrl;
        var sitePath = avatar.StartsWith('/') && !avatar.StartsWith("//", StringComparison.Ordinal);
        var https = Uri.TryCreate(avatar, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps;
        if (!sitePath && !https)
        {
            problems.Add($"Clinic:AvatarUrl '{avatar}' must be a path on this site (starting with /) or an https URL.");
        }

        return problems;
    }

    public static IReadOnlyList<string> Check(WebChatOptions options)
    {
        var problems = new List<string>();
        foreach (var origin in options.FrameAncestors.Where(o => !CspSource.IsOrigin(o)))
        {
            problems.Add($"WebChat:FrameAncestors entry '{origin}' is not an origin such as https://www.example.com.");
        }

        foreach (var origin in options.ConnectSources.Where(o => !CspSource.IsOrigin(o)))
        {
            problems.Add($"WebChat:ConnectSources entry '{origin}' is not an origin such as https://europe.directline.botframework.com.");
        }

        var token = options.TokenUrl;
        if (!token.StartsWith('/') || token.StartsWith("//", StringComparison.Ordinal))
        {
            problems.Add($"WebChat:TokenUrl '{token}' must be a path on this site (starting with /).");
        }

        return problems;
    }

    private static bool IsColour(string value) => value is ['#', _, _, _, _, _, _] && value[1..].All(char.IsAsciiHexDigit);

    private static ValidateOptionsResult Result(IReadOnlyList<string> problems) =>
        problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
}
