namespace BackCare.Bot.Framework.Prompts;

/// <summary>The choice a user's answer matched, with how it matched.</summary>
public sealed record FoundChoice(string Value, int Index, double Score, string MatchedBy);
