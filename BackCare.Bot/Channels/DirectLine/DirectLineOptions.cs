using System.ComponentModel.DataAnnotations;

namespace BackCare.Bot.Channels.DirectLine;

/// <summary>
/// The website chat widget's Direct Line settings. Section "DirectLine". See docs/direct-line.md.
/// </summary>
public sealed class DirectLineOptions
{
    public const string SectionName = "DirectLine";

    /// <summary>
    /// The Azure Bot's Direct Line secret. When set, POST /api/directline/token exchanges it server-side for a
    /// per-visitor token. Never in appsettings.json: user secrets locally, a Key Vault reference in Azure.
    /// </summary>
    public string? Secret { get; set; }

    /// <summary>The Direct Line service the secret is exchanged with (a regional host, or a fake in tests).</summary>
    [Required]
    [Url]
    public string BaseUrl { get; set; } = "https://directline.botframework.com/";

    /// <summary>
    /// The clinic's page origins (e.g. https://www.onebodyldn.com): sent with the token request, so Direct Line
    /// accepts the token only from them, and allowed to call the token endpoint from the browser (CORS).
    /// </summary>
    /// <remarks>Comma- or space-separated, so it fits in one App Service setting.</remarks>
    public string? TrustedOrigins { get; set; }

    /// <summary>Token requests allowed per client IP address in each <see cref="TokenRequestWindow"/>.</summary>
    [Range(1, 10_000)]
    public int TokenRequestsPerWindow { get; set; } = 10;

    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan TokenRequestWindow { get; set; } = TimeSpan.FromMinutes(1);

    public LocalDirectLineOptions Local { get; set; } = new();

    /// <summary><see cref="TrustedOrigins"/> as a list.</summary>
    public IReadOnlyList<string> Origins =>
        (TrustedOrigins ?? string.Empty).Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>
    /// Whether a usable secret is configured. A Key Vault reference App Service could not resolve (the secret is not in
    /// the vault yet) arrives as the literal "@Microsoft.KeyVault(…)" text and does not count.
    /// </summary>
    public bool HasSecret =>
        !string.IsNullOrWhiteSpace(Secret) && !Secret.StartsWith("@Microsoft.KeyVault(", StringComparison.OrdinalIgnoreCase);

    /// <summary>The Direct Line domain the page passes to createDirectLine (with the /v3/directline suffix).</summary>
    public string ServiceDomain => BaseUrl.TrimEnd('/') + LocalDirectLineRoutes.Prefix;
}
