using System.Globalization;
using System.Numerics;
using System.Text.RegularExpressions;
using BackCare.Bot.Framework.Turns;

namespace BackCare.Bot.Framework.Prompts;

/// <summary>
/// Asks for a number. Understands digits ("7", "7.5", "7/10", "7 out of 10") and number words
/// up to twenty ("seven"). An answer with two different numbers ("6 or 7") is re-asked.
/// </summary>
public sealed partial class NumberPrompt<T>(string dialogId, PromptValidator<T>? validator = null) : Prompt<T>(dialogId, validator)
    where T : struct, INumber<T>
{
    private static readonly string[] Words =
    [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
    ];

    public static T? Recognize(string? utterance)
    {
        var text = (utterance ?? string.Empty).Trim().ToLowerInvariant();
        text = OutOf().Replace(text, "$1");
        var values = new List<decimal>();
        foreach (Match match in Number().Matches(text))
        {
            if (decimal.TryParse(match.Value, NumberStyles.Number, CultureInfo.InvariantCulture, out var d))
            {
                values.Add(d);
            }
        }

        foreach (var word in TextNormalizer.Normalize(text).Split(' '))
        {
            var index = Array.IndexOf(Words, word);
            if (index >= 0)
            {
                values.Add(index);
            }
        }

        var distinct = values.Distinct().ToList();
        if (distinct.Count != 1)
        {
            return null;
        }

        // CreateChecked truncates toward zero, so an integer prompt would record "6.9" as 6; re-ask instead.
        if (decimal.Truncate(distinct[0]) != distinct[0] && T.IsInteger(T.CreateTruncating(0.5m)))
        {
            return null;
        }

        try
        {
            return T.CreateChecked(distinct[0]);
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    protected override Task<PromptRecognizerResult<T>> OnRecognizeAsync(ITurnContext turnContext, PromptOptions options, CancellationToken cancellationToken)
    {
        var value = Recognize(PromptInput.GetText(turnContext.Activity));
        return Task.FromResult(value is { } v ? PromptRecognizerResult<T>.Success(v) : PromptRecognizerResult<T>.Failed);
    }

    [GeneratedRegex(@"(-?\d+(?:\.\d+)?)\s*(?:/|out of|of)\s*10\b")]
    private static partial Regex OutOf();

    [GeneratedRegex(@"-?\d+(?:\.\d+)?")]
    private static partial Regex Number();
}
