using System.Text.RegularExpressions;
using BackCare.Bot.Content;
using BackCare.Bot.Framework.Prompts;
using BackCare.Bot.Framework.Recognizers;
using BackCare.Bot.Framework.Turns;

namespace BackCare.Bot.Recognizers;

/// <summary>
/// Deterministic, explainable intent recognition from the patterns in intents.en-GB.json.
/// Scores are the pattern group's score; a message nothing matches is "none" with score 1.
/// </summary>
public sealed class PatternRecognizer : IRecognizer
{
    private readonly List<(string Intent, double Score, Regex Pattern)> _patterns;
    private readonly Dictionary<string, int> _priority;

    public PatternRecognizer()
        : this(EmbeddedContent.Load<IntentPatternFile>("intents.en-GB.json"))
    {
    }

    public PatternRecognizer(IntentPatternFile file)
    {
        var unknown = file.Intents.Select(i => i.Name).Where(n => !Intents.All.Contains(n)).ToList();
        if (unknown.Count > 0)
        {
            throw new InvalidOperationException($"intents.en-GB.json names unknown intents: {string.Join(", ", unknown)}.");
        }

        // One alternation per pattern group: a message is matched against ~20 regexes, not ~150.
        _patterns = file.Intents
            .Select(group => (
                group.Name,
                group.Score,
                new Regex(
                    string.Join("|", group.Patterns.Select(p => group.Whole ? $"^(?:{p})$" : $"(?:{p})")),
                    RegexOptions.CultureInvariant | RegexOptions.Compiled,
                    TimeSpan.FromMilliseconds(200))))
            .ToList();
        _priority = file.Intents.Select(g => g.Name).Distinct().Select((name, index) => (name, index))
            .ToDictionary(p => p.name, p => p.index, StringComparer.Ordinal);
    }

    public Task<RecognizerResult> RecognizeAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        Task.FromResult(Recognize(PromptInput.GetText(turnContext.Activity)));

    public RecognizerResult Recognize(string? text)
    {
        var raw = text ?? string.Empty;
        var normalized = TextNormalizer.Normalize(raw);
        var scores = new Dictionary<string, double>(StringComparer.Ordinal);
        if (normalized.Length == 0 && raw.Trim().Trim('?').Length == 0 && raw.Contains('?'))
        {
            scores[Intents.Help] = 1.0;
        }

        foreach (var (intent, score, pattern) in _patterns)
        {
            if (scores.GetValueOrDefault(intent) < score && IsMatch(pattern, normalized))
            {
                scores[intent] = score;
            }
        }

        if (scores.Count == 0)
        {
            scores[Intents.None] = 1.0;
        }

        return new RecognizerResult(raw, OrderByPriority(scores));
    }

    /// <summary>A pathological message that makes a pattern time out counts as no match, never as an error.</summary>
    private static bool IsMatch(Regex pattern, string text)
    {
        try
        {
            return pattern.IsMatch(text);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    /// <summary>Keeps file order for equal scores, so ties go to the intent listed first.</summary>
    private Dictionary<string, double> OrderByPriority(Dictionary<string, double> scores)
    {
        return scores
            .OrderByDescending(s => s.Value)
            .ThenBy(s => _priority.GetValueOrDefault(s.Key, int.MaxValue))
            .ToDictionary(s => s.Key, s => s.Value, StringComparer.Ordinal);
    }
}
