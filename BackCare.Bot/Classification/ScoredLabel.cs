namespace BackCare.Bot.Classification;

/// <summary>A label and the classifier's probability for it (the scores of one prediction sum to 1).</summary>
public readonly record struct ScoredLabel(string Label, double Score);
