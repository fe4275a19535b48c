using System.Net.Mail;
using BackCare.Bot.Content;

namespace BackCare.Bot.Dialogs.Booking;

/// <summary>An email address: one bare address (no display name) that System.Net.Mail parses, with a dotted domain.</summary>
public static class EmailField
{
    public const int MaxLength = 254;

    public static FieldCheck Check(string? text)
    {
        if (FieldCheck.IsBlank(text))
        {
            return FieldCheck.Retry(BookingTextKeys.RetryEmailEmpty);
        }

        var candidate = text!.Trim();
        if (candidate.Length > MaxLength
            || candidate.Any(c => char.IsWhiteSpace(c) || c is '<' or '>' or '(' or ')' or ',' or ';' or '"' or '\\' or '[' or ']')
            || !MailAddress.TryCreate(candidate, out var address)
            || address.Address != candidate
            || !IsDottedDomain(address.Host))
        {
            return FieldCheck.Retry(BookingTextKeys.RetryEmailInvalid);
        }

        return FieldCheck.Valid(candidate);
    }

    private static bool IsDottedDomain(string host) =>
        host.Contains('.') && !host.StartsWith('.') && !host.EndsWith('.') && !host.Contains("..", StringComparison.Ordinal)
        && host.Split('.').All(label => label.Length > 0 && label.All(c => char.IsLetterOrDigit(c) || c == '-'));
}
