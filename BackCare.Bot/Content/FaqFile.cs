namespace BackCare.Bot.Content;

/// <summary>The shape of faq.en-GB.json: the FAQ topics as data.</summary>
public sealed class FaqFile
{
    public List<FaqTopic> Topics { get; init; } = [];
}

public sealed class FaqTopic
{
    /// <summary>The topic id, which is also the intent that opens it.</summary>
    public required string Id { get; init; }

    /// <summary>Response key of the menu button.</summary>
    public required string Choice { get; init; }

    public List<string> Synonyms { get; init; } = [];

    /// <summary>Response key of the answer when there is no clarifying question.</summary>
    public string? Answer { get; init; }

    /// <summary>Several response keys, sent as separate messages, when one answer is not enough.</summary>
    public List<string>? Answers { get; init; }

    /// <summary>Set when a whole dialog handles the topic instead of an answer ("symptom_check").</summary>
    public string? Dialog { get; init; }

    /// <summary>Adds the "Book online" button after the answer.</summary>
    public bool BookingCard { get; init; }

    public IEnumerable<string> AnswerKeys => Answers ?? (Answer is null ? [] : [Answer]);

    public FaqClarification? Clarify { get; init; }
}

public sealed class FaqClarification
{
    public required string Prompt { get; init; }

    public required string Retry { get; init; }

    public List<FaqClarificationChoice> Choices { get; init; } = [];
}

public sealed class FaqClarificationChoice
{
    public required string Value { get; init; }

    /// <summary>Response key of the button text.</summary>
    public required string Title { get; init; }

    public List<string> Synonyms { get; init; } = [];

    /// <summary>Response key of the answer for this choice.</summary>
    public required string Answer { get; init; }
}
