using System.Security.Cryptography;

namespace BackCare.Bot.Booking;

/// <summary>
/// The short reference a person and the clinic quote for a call-back request, for example "CB-7K3QX": "CB-" and five
/// characters from an alphabet without look-alikes (no 0/O, 1/I/L, U), about 24 million values. Random, so it says
/// nothing about how many requests there are; unique because the store refuses to create a key twice.
/// </summary>
public static class CallbackReference
{
    public const string Prefix = "CB-";

    public const string Alphabet = "23456789ABCDEFGHJKMNPQRSTVWXYZ";

    public const int RandomLength = 5;

    public static string New() => Prefix + RandomNumberGenerator.GetString(Alphabet, RandomLength);

    /// <summary>
    /// The reference as stored when <paramref name="value"/> is one (case and surrounding spaces do not matter, as a
    /// receptionist may type it), otherwise null.
    /// </summary>
    public static string? Normalize(string? value)
    {
        var candidate = value?.Trim().ToUpperInvariant();
        return candidate is { Length: 3 + RandomLength }
               && candidate.StartsWith(Prefix, StringComparison.Ordinal)
               && candidate.AsSpan(Prefix.Length).IndexOfAnyExcept(Alphabet) < 0
            ? candidate
            : null;
    }
}
