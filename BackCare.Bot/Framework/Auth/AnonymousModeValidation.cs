using Microsoft.Extensions.Options;

namespace BackCare.Bot.Framework.Auth;

/// <summary>
/// Start-up checks of anonymous mode: in Production an empty MicrosoftAppId stops the bot unless
/// Bot:AllowAnonymousInProduction says anonymous use is meant, and every Bot:AnonymousServiceUrls entry must be
/// an absolute http or https URL.
/// </summary>
public sealed class AnonymousModeValidation(IHostEnvironment environment, IOptions<BotFrameworkOptions> botFramework) : IValidateOptions<AnonymousModeOptions>
{
    public ValidateOptionsResult Validate(string? name, AnonymousModeOptions options)
    {
        var problems = new List<string>();
        if (environment.IsProduction() && botFramework.Value.AuthenticationDisabled && !options.AllowAnonymousInProduction)
        {
            problems.Add(
                "MicrosoftAppId is empty in the Production environment, so authentication would be off and anyone could talk to the bot. "
                + "Set MicrosoftAppId (and its credentials), or set "
                + $"{AnonymousModeOptions.SectionName}:{nameof(AnonymousModeOptions.AllowAnonymousInProduction)}=true (environment variable "
                + $"{AnonymousModeOptions.SectionName}__{nameof(AnonymousModeOptions.AllowAnonymousInProduction)}) to run without authentication on purpose.");
        }

        foreach (var entry in AnonymousServiceUrlPolicy.Invalid(options.AnonymousServiceUrls))
        {
            problems.Add($"{AnonymousModeOptions.SectionName}:{nameof(AnonymousModeOptions.AnonymousServiceUrls)} entry \"{entry}\" is not an absolute http or https URL.");
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
