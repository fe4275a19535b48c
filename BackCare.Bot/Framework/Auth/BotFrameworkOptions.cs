namespace BackCare.Bot.Framework.Auth;

/// <summary>
/// The Bot Framework's own setting names, read from the configuration root as every Bot Builder
/// sample does (protocol.md R3.13). An empty MicrosoftAppId turns authentication off, which is
/// what the Emulator needs locally (R3.1, R5.7). The To… keys are the SDK's override names
/// (R3.15); their defaults are the public-cloud endpoints, and tests point them at local fakes.
/// </summary>
public sealed class BotFrameworkOptions
{
    public string MicrosoftAppType { get; set; } = "MultiTenant";

    public string? MicrosoftAppId { get; set; }

    public string? MicrosoftAppPassword { get; set; }

    public string? MicrosoftAppTenantId { get; set; }

    /// <summary>OpenID metadata whose keys sign Bot Connector tokens (R3.4).</summary>
    public string ToBotFromChannelOpenIdMetadataUrl { get; set; } = "https://login.botframework.com/v1/.well-known/openidconfiguration";

    /// <summary>OpenID metadata whose keys sign Emulator (Azure AD) tokens (R3.11).</summary>
    public string ToBotFromEmulatorOpenIdMetadataUrl { get; set; } = "https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration";

    /// <summary>The only issuer accepted on Bot Connector tokens (R3.5 step 2).</summary>
    public string ToBotFromChannelTokenIssuer { get; set; } = "https://api.botframework.com";

    /// <summary>
    /// Authority for outbound tokens (R4.1). Unset: https://login.microsoftonline.com/ plus the tenant
    /// (botframework.com, or MicrosoftAppTenantId for SingleTenant). A bare origin gets the tenant
    /// appended the same way; a URL that already has a path is used as the whole authority, as the SDK does.
    /// </summary>
    public string? ToChannelFromBotLoginUrl { get; set; }

    /// <summary>Resource of outbound tokens; "/.default" is appended for the client-credentials scope (R4.1).</summary>
    public string ToChannelFromBotOAuthScope { get; set; } = "https://api.botframework.com";

    public bool AuthenticationDisabled => string.IsNullOrWhiteSpace(MicrosoftAppId);
}
