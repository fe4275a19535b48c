using System.Text.Json.Nodes;

namespace BackCare.Bot.Framework.Schema;

/// <summary>A button (protocol.md R1.17, R1.18).</summary>
public sealed class CardAction
{
    public string? Type { get; set; }
    public string? Title { get; set; }
    public string? Image { get; set; }
    public string? Text { get; set; }
    public string? DisplayText { get; set; }
    public JsonNode? Value { get; set; }
    public JsonNode? ChannelData { get; set; }

    /// <summary>An imBack button whose title and value are the same text (protocol.md R1.18 impl note).</summary>
    public static CardAction ImBack(string title) => new() { Type = ActionTypes.ImBack, Title = title, Value = title };

    public static CardAction OpenUrl(string title, string url) => new() { Type = ActionTypes.OpenUrl, Title = title, Value = url };
}
