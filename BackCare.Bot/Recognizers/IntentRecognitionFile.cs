namespace BackCare.Bot.Recognizers;

/// <summary>The shape of intent-recognition.en-GB.json: thresholds and the exact whole-message commands.</summary>
public sealed class IntentRecognitionFile
{
    public required string Version { get; init; }

    public required IntentThresholds Thresholds { get; init; }

    public Dictionary<string, List<string>> Commands { get; init; } = [];
}
