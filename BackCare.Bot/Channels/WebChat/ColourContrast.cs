using System.Globalization;

namespace BackCare.Bot.Channels.WebChat;

/// <summary>
/// WCAG 2.2 contrast ratio between two #RRGGBB colours (https://www.w3.org/TR/WCAG22/#dfn-contrast-ratio):
/// 4.5:1 is the minimum for normal text (success criterion 1.4.3).
/// </summary>
public static class ColourContrast
{
    public const double MinimumForText = 4.5;

    public static double Ratio(string first, string second)
    {
        var a = RelativeLuminance(first);
        var b = RelativeLuminance(second);
        return (Math.Max(a, b) + 0.05) / (Math.Min(a, b) + 0.05);
    }

    /// <summary>https://www.w3.org/TR/WCAG22/#dfn-relative-luminance</summary>
    public static double RelativeLuminance(string hex)
    {
        if (hex.Length != 7 || hex[0] != '#' || !int.TryParse(hex.AsSpan(1), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var rgb))
        {
            throw new FormatException($"'{hex}' is not a colour written #RRGGBB.");
        }

        return (0.2126 * Channel(rgb >> 16)) + (0.7152 * Channel(rgb >> 8)) + (0.0722 * Channel(rgb));
    }

    private static double Channel(int value)
    {
        var c = (value & 0xFF) / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
    }
}
