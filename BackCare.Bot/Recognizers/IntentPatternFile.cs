namespace BackCare.Bot.Recognizers;

/// <summary>The shape of intents.en-GB.json.</summary>
public sealed class IntentPatternFile
{
    public required string Version { get; init; }

    public List<IntentPatternGroup> Intents { get; init; } = [];
}

public sealed class IntentPatternGroup
{
    public required string Name { get; init; }

    public double Score { get; init; } = 0.9;

    /// <summary>When true every pattern must match the whole message.</summary>
    public bool Whole { get; init; }

    public List<string> Patterns { get; init; } = [];
}
