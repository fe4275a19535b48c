namespace BackCare.Bot.Framework.Recognizers;

/// <summary>Where a recognizer's scores turn into a decision (see <see cref="RecognitionVerdict"/>).</summary>
/// <param name="Confident">The top intent must score at least this to be acted on…</param>
/// <param name="Margin">…and at least this much above the second.</param>
/// <param name="Candidate">Otherwise, intents scoring at least this are offered as "Did you mean …?".</param>
/// <param name="MaxCandidates">At most this many are offered.</param>
public sealed record RecognitionThresholds(double Confident, double Margin, double Candidate, int MaxCandidates)
{
    /// <summary>Thresholds that suit probabilities summing to 1 over a dozen or more intents.</summary>
    public static RecognitionThresholds Default { get; } = new(0.5, 0.2, 0.15, 3);
}
