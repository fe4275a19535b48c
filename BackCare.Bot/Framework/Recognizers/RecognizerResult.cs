using System.Text.Json.Nodes;

namespace BackCare.Bot.Framework.Recognizers;

/// <summary>What a recognizer made of a message, in the shape of Bot Builder's RecognizerResult.</summary>
public sealed record RecognizerResult(string Text, IReadOnlyDictionary<string, double> Intents)
{
    public const string NoneIntent = "none";

    public string TopIntent =>
        Intents.Count == 0 ? NoneIntent : Intents.MaxBy(i => i.Value).Key;

    public double TopScore => Intents.Count == 0 ? 0 : Intents.Max(i => i.Value);

    public double GetScore(string intent) => Intents.GetValueOrDefault(intent);

    /// <summary>The thresholds the recognizer that produced this result uses; <see cref="RecognitionThresholds.Default"/> when it set none.</summary>
    public RecognitionThresholds Thresholds { get; init; } = RecognitionThresholds.Default;

    /// <summary>Act on one intent, offer a few, or none: <see cref="Intents"/> judged against <see cref="Thresholds"/>.</summary>
    public RecognitionVerdict Verdict => RecognitionVerdict.From(this, Thresholds);

    /// <summary>The trace value the Emulator shows: {"text", "topIntent", "intents": {"name": {"score"}}}.</summary>
    public JsonObject ToTraceValue()
    {
        var intents = new JsonObject();
        foreach (var (name, score) in Intents.OrderByDescending(i => i.Value))
        {
            intents[name] = new JsonObject { ["score"] = Math.Round(score, 4) };
        }

        return new JsonObject { ["text"] = Text, ["topIntent"] = TopIntent, ["intents"] = intents };
    }
}
