using Microsoft.Extensions.Options;

namespace BackCare.Bot.Framework.Auth;

/// <summary>
/// Start-up checks of the Bot Framework settings (protocol.md R3.13): a configured app must have what
/// its MicrosoftAppType needs, and every endpoint override must be an absolute URL.
/// </summary>
public sealed class BotFrameworkOptionsValidation : IValidateOptions<BotFrameworkOptions>
{
    public ValidateOptionsResult Validate(string? name, BotFrameworkOptions options)
    {
        var problems = Check(options);
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }

    public static IReadOnlyList<string> Check(BotFrameworkOptions options)
    {
        var problems = new List<string>();
        RequireAbsoluteUrl(problems, nameof(options.ToBotFromChannelOpenIdMetadataUrl), options.ToBotFromChannelOpenIdMetadataUrl);
        RequireAbsoluteUrl(problems, nameof(options.ToBotFromEmulatorOpenIdMetadataUrl), options.ToBotFromEmulatorOpenIdMetadataUrl);
        RequireAbsoluteUrl(problems, nameof(options.ToChannelFromBotOAuthScope), options.ToChannelFromBotOAuthScope);
        if (!string.IsNullOrWhiteSpace(options.ToChannelFromBotLoginUrl))
        {
            RequireAbsoluteUrl(problems, nameof(options.ToChannelFromBotLoginUrl), options.ToChannelFromBotLoginUrl);
        }

        if (string.IsNullOrWhiteSpace(options.ToBotFromChannelTokenIssuer))
        {
            problems.Add("ToBotFromChannelTokenIssuer must not be empty.");
        }

        if (options.AuthenticationDisabled)
        {
            return problems;
        }

        var hasPassword = !string.IsNullOrEmpty(options.MicrosoftAppPassword);
        switch (BotAppTypes.Parse(options.MicrosoftAppType))
        {
            case BotAppType.MultiTenant when !hasPassword:
                problems.Add("MicrosoftAppType MultiTenant needs MicrosoftAppPassword when MicrosoftAppId is set.");
                break;
            case BotAppType.SingleTenant:
                if (!hasPassword)
                {
                    problems.Add("MicrosoftAppType SingleTenant needs MicrosoftAppPassword.");
                }

                if (string.IsNullOrWhiteSpace(options.MicrosoftAppTenantId))
                {
                    problems.Add("MicrosoftAppType SingleTenant needs MicrosoftAppTenantId.");
                }

                break;
            case BotAppType.UserAssignedMsi when hasPassword:
                problems.Add("MicrosoftAppType UserAssignedMSI must not have a MicrosoftAppPassword; the managed identity replaces it.");
                break;
        }

        return problems;
    }

    private static void RequireAbsoluteUrl(List<string> problems, string name, string? value)
    {
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            problems.Add($"{name} must be an absolute http or https URL.");
        }
    }
}
