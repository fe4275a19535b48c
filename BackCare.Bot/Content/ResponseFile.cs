namespace BackCare.Bot.Content;

/// <summary>The shape of responses.en-GB.json.</summary>
public sealed class ResponseFile
{
    public required string Locale { get; init; }

    public required string Version { get; init; }

    public string? ReviewedBy { get; init; }

    public DateOnly ReviewedOn { get; init; }

    public DateOnly NextReviewDue { get; init; }

    public Dictionary<string, ResponseEntry> Responses { get; init; } = [];
}

public sealed class ResponseEntry
{
    public required string Text { get; init; }

    /// <summary>Channel-specific wording, keyed by channel id; the default text is always required beside it.</summary>
    public Dictionary<string, string>? Channels { get; init; }

    public string? Source { get; init; }

    /// <summary>For a button's title: what a person may type for the button besides its title ("nope", "none of them").</summary>
    public List<string>? Synonyms { get; init; }
}
