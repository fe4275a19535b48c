using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using BackCare.Bot.Framework.Schema;

namespace BackCare.Bot.Tests.Support;

/// <summary>
/// Writes a played conversation as a Bot Framework Emulator <c>.transcript</c>: a flat JSON array of every activity
/// sent and received, indented by two spaces, as the Emulator's "Save transcript" writes it (File &gt; Open transcript
/// reads it back; https://learn.microsoft.com/azure/bot-service/bot-builder-debug-transcript; the format is
/// https://github.com/microsoft/botframework-sdk/blob/main/specs/transcript/transcript.md, and the Emulator maps
/// users and bots by role when it opens one, see packages/app/main/src/server/state/conversation.ts in
/// https://github.com/microsoft/BotFramework-Emulator). The Emulator stamps
/// each activity with an id and a timestamp and needs <c>from</c> and <c>recipient</c> with an id and a role; here
/// ids are the conversation's own (the user's turn numbers, the bot's "turn.n"), timestamps count one second per
/// activity from a fixed start, and decimals in trace values are rounded to two places, so a file changes only
/// when the conversation does.
/// </summary>
public static class EmulatorTranscript
{
    private static readonly DateTimeOffset Start = new(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);

    private static readonly JsonSerializerOptions Indented = new(ProtocolJson.Options) { WriteIndented = true, NewLine = "\n" };

    public static string Write(IReadOnlyList<Activity> history, string userId, string botId)
    {
        var activities = new JsonArray();
        for (var index = 0; index < history.Count; index++)
        {
            var node = JsonSerializer.SerializeToNode(history[index], ProtocolJson.Options)!.AsObject();
            node.Remove("deliveryMode");
            node["id"] ??= $"activity-{index + 1}";
            node["timestamp"] = Start.AddSeconds(index).ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
            SetRole(node["from"], userId, botId);
            SetRole(node["recipient"], userId, botId);
            if (node["value"] is { } value && history[index].IsType(ActivityTypes.Trace))
            {
                node["value"] = Round(value.DeepClone());
            }

            activities.Add(Order(node));
        }

        return activities.ToJsonString(Indented) + "\n";
    }

    /// <summary>What the Emulator needs to open a transcript; null when <paramref name="json"/> has it all.</summary>
    public static string? Problem(string json)
    {
        if (JsonNode.Parse(json) is not JsonArray activities || activities.Count == 0)
        {
            return "a transcript is a non-empty JSON array of activities";
        }

        foreach (var (activity, index) in activities.Select((a, i) => (a, i)))
        {
            string[] required = ["type", "id", "timestamp", "channelId"];
            if (required.FirstOrDefault(f => string.IsNullOrEmpty(activity?[f]?.GetValue<string>())) is { } missing)
            {
                return $"activity {index} has no {missing}";
            }

            if (string.IsNullOrEmpty(activity?["conversation"]?["id"]?.GetValue<string>()))
            {
                return $"activity {index} has no conversation.id";
            }

            foreach (var end in new[] { "from", "recipient" })
            {
                if (string.IsNullOrEmpty(activity?[end]?["id"]?.GetValue<string>()) || activity?[end]?["role"]?.GetValue<string>() is not ("user" or "bot"))
                {
                    return $"activity {index} has no {end} with an id and a role of user or bot";
                }
            }
        }

        return activities.Any(a => a?["type"]?.GetValue<string>() == ActivityTypes.Message && a["from"]?["role"]?.GetValue<string>() == "bot")
            ? null
            : "the bot sends no message";
    }

    private static void SetRole(JsonNode? account, string userId, string botId)
    {
        var id = account?["id"]?.GetValue<string>();
        if (account is JsonObject target && (id == userId || id == botId))
        {
            target["role"] = id == userId ? "user" : "bot";
        }
    }

    /// <summary>type, id and timestamp first, as the Emulator writes them, then the rest in the schema's order.</summary>
    private static JsonObject Order(JsonObject node)
    {
        var ordered = new JsonObject();
        foreach (var name in new[] { "type", "id", "timestamp" })
        {
            if (node[name] is { } value)
            {
                node.Remove(name);
                ordered[name] = value;
            }
        }

        foreach (var (name, value) in node.ToList())
        {
            node.Remove(name);
            ordered[name] = value;
        }

        return ordered;
    }

    private static JsonNode? Round(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, value) in obj.ToList())
                {
                    obj[name] = Round(value?.DeepClone());
                }

                return obj;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    array[i] = Round(array[i]?.DeepClone());
                }

                return array;
            case JsonValue value when value.GetValueKind() == JsonValueKind.Number && value.TryGetValue<double>(out var number) && number != Math.Floor(number):
                return JsonValue.Create(Math.Round(number, 2, MidpointRounding.AwayFromZero));
            default:
                return node;
        }
    }
}
