using BackCare.Bot.Content;
using PhoneNumbers;

namespace BackCare.Bot.Dialogs.Booking;

/// <summary>
/// A UK mobile or landline, as people type it ("07700 900123", "+44 (0)20 7946 0000", "0044 7700 900123"),
/// validated with libphonenumber and normalised to E.164 ("+447700900123"). Premium-rate, shared-cost and
/// other non-personal numbers are not accepted.
/// </summary>
public static class PhoneField
{
    private const int MaxLength = 30;
    private const string Region = "GB";
    private const int UkCountryCode = 44;
    private static readonly PhoneNumberUtil Numbers = PhoneNumberUtil.GetInstance();

    private static readonly HashSet<PhoneNumberType> Accepted =
        [PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE, PhoneNumberType.FIXED_LINE_OR_MOBILE, PhoneNumberType.UAN, PhoneNumberType.VOIP, PhoneNumberType.PERSONAL_NUMBER];

    public static FieldCheck Check(string? text)
    {
        if (FieldCheck.IsBlank(text))
        {
            return FieldCheck.Retry(BookingTextKeys.RetryPhoneEmpty);
        }

        return ToE164(text!) is { } e164 ? FieldCheck.Valid(e164) : FieldCheck.Retry(BookingTextKeys.RetryPhoneInvalid);
    }

    /// <summary>The number in E.164, or null when it is not a valid UK mobile or landline.</summary>
    public static string? ToE164(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length > MaxLength || !trimmed.All(c => char.IsAsciiDigit(c) || c is ' ' or '+' or '-' or '(' or ')' or '.'))
        {
            return null;
        }

        // "+44 (0)20 …": the bracketed trunk zero is not dialled after +44.
        trimmed = trimmed.Replace("(0)", string.Empty, StringComparison.Ordinal);
        try
        {
            var number = Numbers.Parse(trimmed, Region);
            // +44 numbers, including those libphonenumber files under Jersey, Guernsey or the Isle of Man.
            return number.CountryCode == UkCountryCode && Numbers.IsValidNumber(number) && Accepted.Contains(Numbers.GetNumberType(number))
                ? Numbers.Format(number, PhoneNumberFormat.E164)
                : null;
        }
        catch (NumberParseException)
        {
            return null;
        }
    }

    /// <summary>The E.164 number written the UK way for the summary ("07700 900123").</summary>
    public static string Display(string e164)
    {
        try
        {
            return Numbers.Format(Numbers.Parse(e164, Region), PhoneNumberFormat.NATIONAL);
        }
        catch (NumberParseException)
        {
            return e164;
        }
    }
}
