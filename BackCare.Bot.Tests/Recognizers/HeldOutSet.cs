using BackCare.Bot.Recognizers;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace BackCare.Bot.Tests.Recognizers;

/// <summary>
/// intents-heldout.yaml: first messages written independently of the training data, as people type them.
/// It is for measuring only: nothing in it, nor a paraphrase of it, may go into intent-utterances.en-GB.json.
/// </summary>
public sealed class HeldOutSet
{
    public List<HeldOutItem> Items { get; init; } = [];

    public static HeldOutSet Load() => Load("intents-heldout.yaml");

    /// <summary>Another independently written file in Recognizers/ (intents-fresh.yaml: written at the end of stop 3, measured once).</summary>
    public static HeldOutSet Load(string file)
    {
        var deserializer = new DeserializerBuilder()
            .WithNamingConvention(UnderscoredNamingConvention.Instance)
            .IgnoreUnmatchedProperties()
            .Build();
        var path = Path.Combine(AppContext.BaseDirectory, "Recognizers", file);
        return deserializer.Deserialize<HeldOutSet>(File.ReadAllText(path));
    }

    /// <summary>The file's label as an intent: its "out_of_scope" is the recognizer's "none".</summary>
    public static string ToIntent(string label) => label == "out_of_scope" ? Intents.None : label;
}
