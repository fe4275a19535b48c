using System.Text.Json;
using System.Text.Json.Nodes;
using BackCare.Bot.Framework.Schema;

namespace BackCare.Bot.Framework.Dialogs;

/// <summary>Typed reads and writes of stored dialog values, so nothing comes back as a JsonElement.</summary>
public static class JsonObjectExtensions
{
    public static T? Get<T>(this JsonObject values, string key) =>
        values.TryGetPropertyValue(key, out var node) && node is not null
            ? node.Deserialize<T>(ProtocolJson.Options)
            : default;

    public static void Set<T>(this JsonObject values, string key, T value) =>
        values[key] = JsonSerializer.SerializeToNode(value, ProtocolJson.Options);
}
