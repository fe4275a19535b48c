using System.Reflection;
using System.Text.Json;
using BackCare.Bot.Framework.Schema;

namespace BackCare.Bot.Content;

/// <summary>Reads the JSON content files embedded in this assembly (never from the working directory).</summary>
public static class EmbeddedContent
{
    private static readonly JsonSerializerOptions Options = new(ProtocolJson.Options)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public static T Load<T>(string fileName)
    {
        var assembly = Assembly.GetExecutingAssembly();
        var resource = $"{typeof(EmbeddedContent).Namespace}.{fileName}";
        using var stream = assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Content file '{fileName}' is not embedded (expected resource '{resource}').");
        return JsonSerializer.Deserialize<T>(stream, Options)
            ?? throw new InvalidOperationException($"Content file '{fileName}' is empty.");
    }
}
