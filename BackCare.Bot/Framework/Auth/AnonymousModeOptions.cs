namespace BackCare.Bot.Framework.Auth;

/// <summary>
/// What the bot may do while authentication is off (no MicrosoftAppId). Section "Bot".
/// With authentication off nobody vouches for an activity's serviceUrl, so replies would go wherever the
/// caller says: an open relay. Replies therefore go only to loopback service URLs or to
/// <see cref="AnonymousServiceUrls"/>, and Production refuses to start anonymously unless
/// <see cref="AllowAnonymousInProduction"/> says it is meant.
/// </summary>
public sealed class AnonymousModeOptions
{
    public const string SectionName = "Bot";

    /// <summary>Start in the Production environment with no MicrosoftAppId. Off by default: a forgotten app id stops the bot.</summary>
    public bool AllowAnonymousInProduction { get; set; }

    /// <summary>
    /// Service URLs, besides loopback, that replies may be posted to while authentication is off. An entry allows
    /// its scheme, host and port, and every path under its own path.
    /// </summary>
    public List<string> AnonymousServiceUrls { get; set; } = [];
}
