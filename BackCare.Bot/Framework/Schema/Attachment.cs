using System.Text.Json.Nodes;

namespace BackCare.Bot.Framework.Schema;

/// <summary>An attachment or card (protocol.md R1.13–R1.15).</summary>
public sealed class Attachment
{
    public string? ContentType { get; set; }
    public string? ContentUrl { get; set; }
    public JsonNode? Content { get; set; }
    public string? Name { get; set; }
    public string? ThumbnailUrl { get; set; }
}
