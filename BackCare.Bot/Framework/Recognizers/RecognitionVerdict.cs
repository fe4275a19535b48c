namespace BackCare.Bot.Framework.Recognizers;

/// <summary>
/// What to do with a recognised message: act on one intent (<see cref="Confident"/>), ask "Did you mean …?"
/// with a few candidates (<see cref="Unsure"/>), or say it was not understood (<see cref="NotUnderstood"/>).
/// </summary>
public abstract record RecognitionVerdict
{
    private RecognitionVerdict()
    {
    }

    public static RecognitionVerdict From(RecognizerResult result, RecognitionThresholds thresholds)
    {
        var ranked = result.Intents.OrderByDescending(i => i.Value).ToList();
        if (ranked.Count == 0)
        {
            return new NotUnderstood();
        }

        var (topIntent, topScore) = ranked[0];
        var second = ranked.Count > 1 ? ranked[1].Value : 0;
        if (topScore >= thresholds.Confident && topScore - second >= thresholds.Margin)
        {
            return topIntent == RecognizerResult.NoneIntent ? new NotUnderstood() : new Confident(topIntent, topScore);
        }

        var candidates = ranked
            .Where(i => i.Key != RecognizerResult.NoneIntent && i.Value >= thresholds.Candidate)
            .Take(thresholds.MaxCandidates)
            .ToList();
        return candidates.Count == 0 ? new NotUnderstood() : new Unsure(candidates);
    }

    /// <summary>One intent, clearly ahead: act on it.</summary>
    public sealed record Confident(string Intent, double Score) : RecognitionVerdict;

    /// <summary>Plausible intents, best first (none excluded): offer them as "Did you mean …?".</summary>
    public sealed record Unsure(IReadOnlyList<KeyValuePair<string, double>> Candidates) : RecognitionVerdict;

    /// <summary>Out of scope, or nothing plausible.</summary>
    public sealed record NotUnderstood : RecognitionVerdict;
}
