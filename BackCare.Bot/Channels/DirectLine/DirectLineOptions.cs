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

    /// <summary>Origins sent with the token request, so Direct Line accepts the token only from the clinic's pages.</summary>
    public List<string> TrustedOrigins { get; set; } = [];

    /// <summary>Token requests allowed per client IP address in each <see cref="TokenRequestWindow"/>.</summary>
    [Range(1, 10_000)]
    public int TokenRequestsPerWindow { get; set; } = 10;

    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan TokenRequestWindow { get; set; } = TimeSpan.FromMinutes(1);

    public LocalDirectLineOptions Local { get; set; } = new();

    /// <summary>The Direct Line domain the page passes to createDirectLine (with the /v3/directline suffix).</summary>
    public string ServiceDomain => BaseUrl.TrimEnd('/') + LocalDirectLineRoutes.Prefix;
}
