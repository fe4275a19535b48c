using BackCare.Bot.Classification;
using BackCare.Bot.Content;

namespace BackCare.Bot.Triage.Understanding;

/// <summary>The shape of red-flag-examples.en-GB.json.</summary>
public sealed record RedFlagExampleFile
{
    public required string Version { get; init; }

    /// <summary>Probability of emergency + urgent at which the model asks.</summary>
    public double Threshold { get; init; } = 0.6;

    public List<LabelledExample> Examples { get; init; } = [];

    public sealed class LabelledExample
    {
        public required string Label { get; init; }

        public required string Text { get; init; }
    }
}

/// <summary>
/// The safety net's statistical second opinion: an ML.NET text classifier trained on labelled red-flag and
/// harmless messages. It is consulted only when the concept rules found nothing and no concept was set
/// aside by its context (a negation, a hypothetical), and it can only raise a suspicion: the bot then asks
/// one neutral confirming question. It never gives advice by itself and never lowers what the rules found.
/// Trained once per process (a few seconds, at start-up), with a fixed seed.
/// </summary>
public sealed class RedFlagSecondOpinion
{
    public const string FileName = "red-flag-examples.en-GB.json";
    public const string Other = "other";

    private static readonly Lazy<RedFlagSecondOpinion> Shared = new(() => new RedFlagSecondOpinion(
        EmbeddedContent.Load<RedFlagExampleFile>(FileName),
        EmbeddedContent.Load<Recognizers.IntentUtteranceFile>(Recognizers.TrainedRecognizer.UtterancesFile).Utterances.Values.SelectMany(u => u)));

    private readonly Lazy<TextClassifier> _model;

    /// <param name="file">The labelled red-flag and harmless messages, and the threshold.</param>
    /// <param name="everydayMessages">
    /// More harmless messages, labelled <see cref="Other"/>: the intent model's training utterances (FAQ
    /// questions, "my back hurts more since the massage", small talk), so that ordinary soreness questions are
    /// not mistaken for red flags.
    /// </param>
    public RedFlagSecondOpinion(RedFlagExampleFile file, IEnumerable<string>? everydayMessages = null)
    {
        Threshold = file.Threshold;
        Version = file.Version;
        var examples = file.Examples.Select(e => new LabelledText(e.Label, e.Text))
            .Concat((everydayMessages ?? []).Select(text => new LabelledText(Other, text)))
            .ToList();
        _model = new Lazy<TextClassifier>(() => TextClassifier.Train(examples));
    }

    /// <summary>The embedded examples' model, trained once per process.</summary>
    public static RedFlagSecondOpinion Embedded => Shared.Value;

    public double Threshold { get; }

    public string Version { get; }

    /// <summary>Trains the model now (the start-up warm-up), so no user waits for it.</summary>
    public void WarmUp() => _ = _model.Value;

    /// <summary>What the model suspects of a message the rules found nothing in, or null.</summary>
    public ModelSuspicion? Suspect(string text, ConceptReading reading)
    {
        if (reading.Matches.Count > 0 || reading.Mentions.Any(m => m.Assertion == Assertion.Discarded) || string.IsNullOrWhiteSpace(text)
            || !reading.Mentions.Any(m => m.Kind is not ("side" or "qualifier")))
        {
            // Nothing clinical named ("the injury one", a reply to a menu): the model has too little to go on.
            return null;
        }

        var scores = _model.Value.Predict(text);
        var red = scores.Where(s => s.Label != Other).ToList();
        var probability = red.Sum(s => s.Score);
        return probability >= Threshold ? new ModelSuspicion(red[0].Label, probability) : null;
    }
}
