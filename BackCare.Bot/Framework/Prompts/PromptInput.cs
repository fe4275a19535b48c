using System.Text.Json.Nodes;
using BackCare.Bot.Framework.Schema;

namespace BackCare.Bot.Framework.Prompts;

/// <summary>
/// The answer text of a message: its text, or for a card button press with no text
/// (Teams messageBack, Adaptive Action.Submit) a string value or the value's "text"/"choice" field.
/// </summary>
public static class PromptInput
{
    public static string? GetText(Activity activity)
    {
        if (!string.IsNullOrWhiteSpace(activity.Text))
        {
            return activity.Text;
        }

        return activity.Value switch
        {
            JsonValue value when value.TryGetValue<string>(out var s) => s,
            JsonObject obj => (obj["text"] ?? obj["choice"] ?? obj["value"]) is JsonValue inner && inner.TryGetValue<string>(out var t) ? t : null,
            _ => null,
        };
    }
}
