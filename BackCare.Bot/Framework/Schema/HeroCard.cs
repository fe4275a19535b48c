using System.Text.Json;

namespace BackCare.Bot.Framework.Schema;

/// <summary>Hero card content (protocol.md R1.15).</summary>
public sealed class HeroCard
{
    public string? Title { get; set; }
    public string? Subtitle { get; set; }
    public string? Text { get; set; }
    public List<CardAction>? Buttons { get; set; }

    public Attachment ToAttachment() => new()
    {
        ContentType = AttachmentContentTypes.HeroCard,
        Content = JsonSerializer.SerializeToNode(this, ProtocolJson.Options),
    };
}
