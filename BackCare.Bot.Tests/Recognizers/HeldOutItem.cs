namespace BackCare.Bot.Tests.Recognizers;

/// <summary>One message of intents-heldout.yaml: its expected label and any other acceptable ones.</summary>
public sealed class HeldOutItem
{
    public string Id { get; init; } = string.Empty;

    public string Text { get; init; } = string.Empty;

    public string Expected { get; init; } = string.Empty;

    public List<string> AlsoOk { get; init; } = [];

    public string? Note { get; init; }

    public bool Accepts(string intent) =>
        HeldOutSet.ToIntent(Expected) == intent || AlsoOk.Select(HeldOutSet.ToIntent).Contains(intent);
}
