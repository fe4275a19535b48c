using System.Text.Json.Nodes;

namespace BackCare.Bot.Tests.Deployment;

/// <summary>
/// Turns the bot's appsettings.json into the App Service setting names that override each value
/// (nested sections joined with "__", as environment variables).
/// </summary>
internal static class AppSettingsKeys
{
    /// <summary>Sections the host configures itself; they are not bot settings.</summary>
    private static readonly HashSet<string> HostSections = new(StringComparer.OrdinalIgnoreCase) { "Logging", "AllowedHosts" };

    public static IReadOnlyList<string> Read(string appSettingsPath)
    {
        var root = JsonNode.Parse(File.ReadAllText(appSettingsPath))?.AsObject()
            ?? throw new InvalidOperationException($"{appSettingsPath} is not a JSON object.");
        var keys = new List<string>();
        foreach (var (name, value) in root)
        {
            if (!HostSections.Contains(name))
            {
                Flatten(name, value, keys);
            }
        }

        return keys;
    }

    private static void Flatten(string prefix, JsonNode? node, List<string> keys)
    {
        switch (node)
        {
            case JsonObject section when section.Count > 0:
                foreach (var (name, value) in section)
                {
                    Flatten($"{prefix}__{name}", value, keys);
                }

                break;
            case JsonArray array when array.Count > 0:
                for (var i = 0; i < array.Count; i++)
                {
                    Flatten($"{prefix}__{i}", array[i], keys);
                }

                break;
            default:
                keys.Add(prefix);
                break;
        }
    }
}
