using System.Reflection;

namespace BackCare.Bot.Storage;

/// <summary>The numbered SQL scripts embedded under Storage/Schema/{provider}/, in order.</summary>
internal static class SchemaScripts
{
    public static IEnumerable<string> Read(string provider)
    {
        var assembly = Assembly.GetExecutingAssembly();
        var folder = $".Storage.Schema.{provider}.";
        foreach (var name in assembly.GetManifestResourceNames()
                     .Where(n => n.Contains(folder, StringComparison.Ordinal))
                     .Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            yield return reader.ReadToEnd();
        }
    }
}
