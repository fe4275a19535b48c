using BackCare.Bot.Classification;
using BackCare.Bot.Content;

namespace BackCare.Bot.Triage.Understanding;

/// <summary>The shape of red-flag-examples.en-GB.json.</summary>
public sealed record RedFlagExampleFile
{
    public required string Version { get; init; }

    /// <summary>Probability of emergency + urgent at which the model asks, when the rules found nothing.</summary>
    public double Threshold { get; init; } = 0.6;

    /// <summary>
    /// Probability of emergency at which the model asks the emergency question about a message the rules read as
    /// urgent ("my leg is weak, and worse than this morning" read only as one weak leg); null: never.
    /// </summary>
    public double? EscalationThreshold { get; init; }

    public List<LabelledExample> Examples { get; init; } = [];

    /// <summary>
    /// More harmless messages, labelled <see cref="RedFlagSecondOpinion.Other"/>: a snapshot of the intent model's
    /// utterances taken when the file is written (FAQ questions, "my back hurts more since the massage", small talk),
    /// so that ordinary soreness questions are not mistaken for red flags, and so that changing the intent model does
    /// not retrain this one (docs/red-flag-understanding.md).
    /// </summary>
    public List<string> Everyday { get; init; } = [];

    public sealed class LabelledExample
    {
        public required string Label { get; init; }

        public required string Text { get; init; }
    }
}

/// <summary>
/// The safety net's statistical second opinion: an ML.NET text classifier trained on labelled red-flag and
/// harmless messages. It can only raise a suspicion, never lower what the rules found, and a suspicion only ever
/// asks one neutral confirming question, never gives advice by itself. It is consulted when the concept rules
/// found nothing in a message of a few words or more in which nothing was set aside, or a symptom or an event is
/// still asserted beside what was ("no numbness, but my bum feels like it belongs to someone else"); and, when the
/// rules found only an urgent red flag, on whether it may be an emergency. Trained once per process (a few seconds,
/// at start-up), with a fixed seed. The way it is consulted was chosen on text the rules and the model had never
/// seen (docs/red-flag-understanding.md).
/// </summary>
public sealed class RedFlagSecondOpinion
{
    public const string FileName = "red-flag-examples.en-GB.json";
    public const string Other = "other";

    private static readonly Lazy<RedFlagSecondOpinion> Shared = new(() => new RedFlagSecondOpinion(
        EmbeddedContent.Load<RedFlagExampleFile>(FileName)));

    private readonly Lazy<TextClassifier> _model;

    /// <param name="file">The labelled red-flag and harmless messages, their everyday harmless messages, and the thresholds.</param>
    public RedFlagSecondOpinion(RedFlagExampleFile file)
    {
        Threshold = file.Threshold;
        EscalationThreshold = file.EscalationThreshold;
        Version = file.Version;
        var examples = file.Examples.Select(e => new LabelledText(e.Label, e.Text))
            .Concat(file.Everyday.Select(text => new LabelledText(Other, text)))
            .ToList();
        _model = new Lazy<TextClassifier>(() => TextClassifier.Train(examples));
    }

    /// <summary>The embedded examples' model, trained once per process.</summary>
    public static RedFlagSecondOpinion Embedded => Shared.Value;

    public double Threshold { get; }

    public double? EscalationThreshold { get; }

    public string Version { get; }

    /// <summary>Trains the model now (the start-up warm-up), so no user waits for it.</summary>
    public void WarmUp() => _ = _model.Value;

    /// <summary>A reply of fewer words than this ("the injury one", "yes, the left") gives the model too little to go on.</summary>
    public const int MinimumWords = 4;

    /// <summary>What the model suspects of a message the rules found nothing in, or null.</summary>
    public ModelSuspicion? Suspect(string text, ConceptReading reading)
    {
        if (reading.Matches.Count > 0 || string.IsNullOrWhiteSpace(text) || text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length < MinimumWords)
        {
            return null;
        }

        // A denial or a harmless context ("my left leg is fine, neither foot is numb") is respected unless a
        // symptom or an event is still asserted beside it ("no numbness, but my bum feels like someone else's").
        if (reading.Mentions.Any(m => m.Assertion == Assertion.Discarded)
            && !reading.Mentions.Any(m => m.Kind is ConceptKinds.Symptom or ConceptKinds.Event && m.Assertion != Assertion.Discarded))
        {
            return null;
        }

        var scores = _model.Value.Predict(text);
        var red = scores.Where(s => s.Label != Other).ToList();
        var probability = red.Sum(s => s.Score);
        return probability >= Threshold ? new ModelSuspicion(red[0].Label, probability) : null;
    }

    /// <summary>
    /// Whether a message the rules read as urgent, and as nothing more, may be an emergency: a suspicion of
    /// emergency, or null.
    /// </summary>
    public ModelSuspicion? Escalate(string text, ConceptReading reading)
    {
        if (EscalationThreshold is not { } threshold || reading.Matches.Count == 0
            || reading.Matches.Any(m => m.Urgency != Dispositions.Urgent) || string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var emergency = _model.Value.Predict(text).Where(s => s.Label == Dispositions.Emergency).Select(s => s.Score).FirstOrDefault();
        return emergency >= threshold ? new ModelSuspicion(Dispositions.Emergency, emergency) : null;
    }
}
