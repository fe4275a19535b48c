namespace BackCare.Bot.Framework.Prompts;

/// <summary>One option of a choice prompt: the value returned, the button title, and other words for it.</summary>
public sealed class Choice
{
    public required string Value { get; init; }

    /// <summary>The button text; the value when null.</summary>
    public string? Title { get; init; }

    public List<string>? Synonyms { get; init; }

    public string DisplayText => Title ?? Value;
}
