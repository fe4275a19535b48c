namespace BackCare.Bot.Content;

/// <summary>The shape of booking.en-GB.json: the booking conversation's texts and the words it reads.</summary>
public sealed class BookingFile
{
    public required string Locale { get; init; }

    public required string Version { get; init; }

    public string? ReviewedBy { get; init; }

    public DateOnly ReviewedOn { get; init; }

    public DateOnly NextReviewDue { get; init; }

    public Dictionary<string, ResponseEntry> Texts { get; init; } = [];

    /// <summary>Named word lists (manage, callback, massage, times): phrases matched as whole words.</summary>
    public Dictionary<string, List<string>> Vocabulary { get; init; } = [];
}
