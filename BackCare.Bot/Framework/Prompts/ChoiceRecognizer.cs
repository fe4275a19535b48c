using FuzzySharp;

namespace BackCare.Bot.Framework.Prompts;

/// <summary>
/// Matches what someone typed to one of a list of choices: by its number ("2", "the second one"),
/// by its text or a synonym, by a choice named inside a longer sentence, and by close misspellings.
/// Returns null when nothing matches, or when the answer names two different choices equally well.
/// </summary>
public static class ChoiceRecognizer
{
    /// <summary>How close a misspelling must be (FuzzySharp ratio, 0–100) to count.</summary>
    public const int FuzzyThreshold = 80;

    private static readonly string[] Ordinals =
        ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"];

    private static readonly string[] NumberWords =
        ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];

    private static readonly HashSet<string> Filler = new(StringComparer.Ordinal)
    {
        "the", "number", "option", "choice", "no", "one", "please", "pls", "plz", "i", "choose", "pick", "want", "ll", "take",
    };

    public static FoundChoice? Recognize(string? utterance, IReadOnlyList<Choice> choices)
    {
        var text = TextNormalizer.Normalize(utterance);
        if (text.Length == 0 || choices.Count == 0)
        {
            return null;
        }

        return MatchExact(text, choices)
            ?? MatchIndex(text, choices)
            ?? MatchContained(text, choices)
            ?? MatchFuzzy(text, choices);
    }

    private static IEnumerable<(int Index, string Term)> Terms(IReadOnlyList<Choice> choices)
    {
        for (var i = 0; i < choices.Count; i++)
        {
            var choice = choices[i];
            yield return (i, TextNormalizer.Normalize(choice.Value));
            if (choice.Title is not null)
            {
                yield return (i, TextNormalizer.Normalize(choice.Title));
            }

            foreach (var synonym in choice.Synonyms ?? [])
            {
                yield return (i, TextNormalizer.Normalize(synonym));
            }
        }
    }

    private static FoundChoice? MatchExact(string text, IReadOnlyList<Choice> choices)
    {
        foreach (var (index, term) in Terms(choices))
        {
            if (term.Length > 0 && term == text)
            {
                return new FoundChoice(choices[index].Value, index, 1.0, "exact");
            }
        }

        return null;
    }

    /// <summary>The whole answer is a position: "2", "#2", "option 2", "two", "the second one".</summary>
    private static FoundChoice? MatchIndex(string text, IReadOnlyList<Choice> choices)
    {
        var words = text.Split(' ').Where(w => !Filler.Contains(w)).ToList();
        if (words.Count != 1)
        {
            // "one" alone is a number; it was removed as filler above, so look again.
            if (!(words.Count == 0 && text.Split(' ').Contains("one")))
            {
                return null;
            }

            words = ["one"];
        }

        var word = words[0];
        int position;
        if (int.TryParse(word, out var number))
        {
            position = number;
        }
        else if (Array.IndexOf(NumberWords, word) is var n and >= 0)
        {
            position = n + 1;
        }
        else if (Array.IndexOf(Ordinals, word) is var o and >= 0)
        {
            position = o + 1;
        }
        else if (word.Length >= 3 && char.IsDigit(word[0]) && word[^2..] is "st" or "nd" or "rd" or "th"
                 && int.TryParse(word[..^2], out var ordinal))
        {
            position = ordinal;
        }
        else
        {
            return null;
        }

        return position >= 1 && position <= choices.Count
            ? new FoundChoice(choices[position - 1].Value, position - 1, 1.0, "index")
            : null;
    }

    /// <summary>A choice's words stand whole inside a longer answer ("sciatica please"); longest wins.</summary>
    private static FoundChoice? MatchContained(string text, IReadOnlyList<Choice> choices)
    {
        var padded = $" {text} ";
        var best = -1;
        var bestLength = 0;
        var tie = false;
        foreach (var (index, term) in Terms(choices))
        {
            if (term.Length < 3 || !padded.Contains($" {term} ", StringComparison.Ordinal))
            {
                continue;
            }

            if (term.Length > bestLength)
            {
                best = index;
                bestLength = term.Length;
                tie = false;
            }
            else if (term.Length == bestLength && index != best)
            {
                tie = true;
            }
        }

        return best >= 0 && !tie
            ? new FoundChoice(choices[best].Value, best, (double)bestLength / text.Length, "contained")
            : null;
    }

    /// <summary>Close misspellings of a choice, over the whole answer or a same-length run of its words.</summary>
    private static FoundChoice? MatchFuzzy(string text, IReadOnlyList<Choice> choices)
    {
        if (text.Length < 3)
        {
            return null;
        }

        var words = text.Split(' ');
        var bestIndex = -1;
        var bestScore = 0;
        var tie = false;
        foreach (var (index, term) in Terms(choices))
        {
            if (term.Length < 4)
            {
                continue;
            }

            var score = Math.Max(Fuzz.Ratio(text, term), BestWindowScore(words, term));
            if (score > bestScore)
            {
                bestScore = score;
                bestIndex = index;
                tie = false;
            }
            else if (score == bestScore && index != bestIndex)
            {
                tie = true;
            }
        }

        return bestIndex >= 0 && bestScore >= FuzzyThreshold && !tie
            ? new FoundChoice(choices[bestIndex].Value, bestIndex, bestScore / 100.0, "fuzzy")
            : null;
    }

    private static int BestWindowScore(string[] words, string term)
    {
        var termWords = term.Split(' ').Length;
        if (words.Length <= termWords)
        {
            return 0;
        }

        var best = 0;
        for (var start = 0; start + termWords <= words.Length; start++)
        {
            var window = string.Join(' ', words, start, termWords);
            best = Math.Max(best, Fuzz.Ratio(window, term));
        }

        return best;
    }
}
