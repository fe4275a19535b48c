using BackCare.Bot.Content;

namespace BackCare.Bot.Dialogs.Booking;

/// <summary>When to call, in the person's own words ("Thursday after 5"): short plain text that names a day or time.</summary>
public static class TimesField
{
    public const int MaxLength = 100;

    public static FieldCheck Check(string? text, BookingContent content)
    {
        if (FieldCheck.IsBlank(text))
        {
            return FieldCheck.Retry(BookingTextKeys.RetryTimesEmpty);
        }

        var times = string.Join(' ', text!.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (times.Length > MaxLength || FieldCheck.HasMarkup(times) || !(content.Mentions(BookingVocabulary.Times, times) || times.Any(char.IsAsciiDigit)))
        {
            return FieldCheck.Retry(BookingTextKeys.RetryTimesInvalid);
        }

        return FieldCheck.Valid(times);
    }
}
