namespace BackCare.Bot.Dialogs.Booking;

/// <summary>A checked answer to one call-back field: the value to keep, or the key of the specific re-ask.</summary>
public sealed record FieldCheck(string? Value, string? RetryKey)
{
    public bool IsValid => Value is not null;

    public static FieldCheck Valid(string value) => new(value, null);

    public static FieldCheck Retry(string key) => new(null, key);

    /// <summary>True when the text has no letter or digit at all: empty, spaces, punctuation or emoji only.</summary>
    public static bool IsBlank(string? text) => string.IsNullOrWhiteSpace(text) || !text.Any(char.IsLetterOrDigit);

    /// <summary>Angle brackets, braces or backticks: markup or code, never a name, number or time.</summary>
    public static bool HasMarkup(string text) => text.IndexOfAny(['<', '>', '{', '}', '`', '[', ']', '\\', '|', '*', '_', '#', '=']) >= 0;
}
