using System.ComponentModel.DataAnnotations;

namespace BackCare.Bot.Hosting;

/// <summary>Limits of the /api/messages endpoint. Section "BotEndpoint".</summary>
public sealed class BotEndpointOptions
{
    public const string SectionName = "BotEndpoint";

    /// <summary>Bodies larger than this are refused with 413.</summary>
    [Range(1024, 16 * 1024 * 1024)]
    public int MaxRequestBodyBytes { get; set; } = 256 * 1024;
}
