using BackCare.Bot.Content;

namespace BackCare.Bot.Dialogs.Booking;

/// <summary>The name to ask for: letters (any alphabet) with spaces, hyphens, apostrophes and full stops, up to 60 characters.</summary>
public static class NameField
{
    public const int MaxLength = 60;
    private const int MaxWords = 6;

    public static FieldCheck Check(string? text)
    {
        if (FieldCheck.IsBlank(text))
        {
            return FieldCheck.Retry(BookingTextKeys.RetryNameEmpty);
        }

        var name = string.Join(' ', text!.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (name.Length > MaxLength)
        {
            return FieldCheck.Retry(BookingTextKeys.RetryNameLong);
        }

        var allowed = name.All(c => char.IsLetter(c) || c is ' ' or '-' or '\'' or '’' or '.');
        if (!allowed || !name.Any(char.IsLetter) || name.Split(' ').Length > MaxWords)
        {
            return FieldCheck.Retry(BookingTextKeys.RetryNameInvalid);
        }

        return FieldCheck.Valid(name);
    }
}
