namespace BackCare.Bot.Recognizers;

/// <summary>The shape of intent-utterances.en-GB.json: training examples per intent.</summary>
public sealed class IntentUtteranceFile
{
    public required string Version { get; init; }

    public Dictionary<string, List<string>> Utterances { get; init; } = [];
}
