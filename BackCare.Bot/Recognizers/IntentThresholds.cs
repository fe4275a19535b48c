using BackCare.Bot.Framework.Recognizers;

namespace BackCare.Bot.Recognizers;

/// <summary>The "thresholds" of intent-recognition.en-GB.json.</summary>
public sealed class IntentThresholds
{
    public double Confident { get; init; } = RecognitionThresholds.Default.Confident;

    public double Margin { get; init; } = RecognitionThresholds.Default.Margin;

    public double Candidate { get; init; } = RecognitionThresholds.Default.Candidate;

    public int MaxCandidates { get; init; } = RecognitionThresholds.Default.MaxCandidates;

    /// <summary>How many ranked intents a result carries.</summary>
    public int MaxIntents { get; init; } = 4;

    public RecognitionThresholds ToRecognitionThresholds() => new(Confident, Margin, Candidate, MaxCandidates);
}
