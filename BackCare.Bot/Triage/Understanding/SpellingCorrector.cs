namespace BackCare.Bot.Triage.Understanding;

/// <summary>
/// Tolerant spelling for the concept words: a typed word of five letters or more that is not a concept word
/// and not a listed real word is corrected to the content's "fuzzy" word one edit away (two from nine
/// letters), so "numbnes", "tinglling" and "bladdder" match while "number" and "father" stay themselves.
/// A word that drops the g of a concept word's -ing ("givin", "goin") gets it back, and a word typed without its
/// vowels ("nmb", "chst") is the one concept word with those consonants.
/// Misspellings too short or far for that come from the content's spelling table.
/// </summary>
public sealed class SpellingCorrector
{
    private readonly Dictionary<string, string> _table = new(StringComparer.Ordinal);
    private readonly HashSet<string> _vocabulary = new(StringComparer.Ordinal);
    private readonly HashSet<string> _known = new(StringComparer.Ordinal);
    private readonly Dictionary<int, List<string>> _byLength = [];
    private readonly Dictionary<string, string?> _bySkeleton = new(StringComparer.Ordinal);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> _cache = new(StringComparer.Ordinal);

    /// <param name="vocabulary">Every word of the concepts: never corrected.</param>
    /// <param name="targets">The words a misspelling may be corrected to.</param>
    public SpellingCorrector(IEnumerable<string> vocabulary, IEnumerable<string> targets, IEnumerable<string> knownWords, IReadOnlyDictionary<string, List<string>> table)
    {
        foreach (var (correct, wrongs) in table)
        {
            foreach (var wrong in wrongs)
            {
                _table[wrong] = correct;
            }
        }

        _known.UnionWith(knownWords);
        _vocabulary.UnionWith(vocabulary);
        foreach (var word in targets.Where(w => w.Length >= 5).Distinct(StringComparer.Ordinal))
        {
            (_byLength.TryGetValue(word.Length, out var list) ? list : _byLength[word.Length] = []).Add(word);
        }

        // Texting without vowels ("nmb", "lgs", "chst"): a concept word is found by its consonants when no other
        // concept word has the same ones; an ambiguous skeleton ("bk": back or bike) maps to nothing.
        foreach (var word in _vocabulary.Where(w => w.Length >= 3 && w.All(char.IsAsciiLetterLower) && w.Any(IsVowel)))
        {
            var skeleton = Skeleton(word);
            if (skeleton.Length >= 3)
            {
                _bySkeleton[skeleton] = _bySkeleton.TryGetValue(skeleton, out var other) && other != word ? null : word;
            }
        }
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    private static string Skeleton(string word) => new(word.Where(c => !IsVowel(c)).ToArray());

    /// <summary>A possessive or "is" of a concept word ("calf's" → "calf", "chest's sore" → "chest"); otherwise <see cref="Correct"/>.</summary>
    public string CorrectPossessive(string folded) =>
        folded.Length >= 5 && folded[^1] == 's' && !Contractions.Contains(folded) && !_vocabulary.Contains(folded) && _vocabulary.Contains(folded[..^1]) ? folded[..^1] : Correct(folded);

    private static readonly HashSet<string> Contractions = new(StringComparer.Ordinal) { "thats", "whats", "theres", "heres", "wheres", "whos", "hows", "shes", "somebodys", "someones", "everythings", "nothings" };

    public string Correct(string word)
    {
        if (_table.TryGetValue(word, out var fixedWord))
        {
            return fixedWord;
        }

        if (_vocabulary.Contains(word) || _known.Contains(word) || word.Any(char.IsDigit))
        {
            return word;
        }

        // A dropped final g ("givin way", "goin downstairs", "tinglin") is the -ing word when that is a concept word.
        if (word.Length >= 4 && word.EndsWith("in", StringComparison.Ordinal) && _vocabulary.Contains(word + "g"))
        {
            return word + "g";
        }

        if (word.Length >= 3 && !word.Any(IsVowel) && word.All(char.IsAsciiLetterLower) && _bySkeleton.TryGetValue(word, out var whole) && whole is not null)
        {
            return whole;
        }

        if (word.Length < 5)
        {
            return word;
        }

        if (_cache.Count > 50_000)
        {
            _cache.Clear(); // bounded: typed words are few, but a hostile message could hold many
        }

        return _cache.GetOrAdd(word, Nearest);
    }

    private string Nearest(string word)
    {
        var limit = word.Length >= 9 ? 2 : 1;
        string? best = null;
        var bestDistance = int.MaxValue;
        for (var length = word.Length - limit; length <= word.Length + limit; length++)
        {
            if (!_byLength.TryGetValue(length, out var candidates))
            {
                continue;
            }

            foreach (var candidate in candidates)
            {
                // Same first letter: people rarely mistype the start of a word, and it halves false friends.
                if (candidate[0] != word[0])
                {
                    continue;
                }

                var distance = Distance(word, candidate, limit);
                if (distance < bestDistance)
                {
                    (best, bestDistance) = (candidate, distance);
                }
            }
        }

        return best is not null && bestDistance <= limit ? best : word;
    }

    /// <summary>Optimal string alignment distance (Damerau–Levenshtein with adjacent swaps), cut off above <paramref name="limit"/>.</summary>
    internal static int Distance(string a, string b, int limit)
    {
        var previous2 = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, previous2[j - 2] + 1);
                }

                current[j] = value;
                rowMin = Math.Min(rowMin, value);
            }

            if (rowMin > limit)
            {
                return limit + 1;
            }

            (previous2, previous, current) = (previous, current, previous2);
        }

        return previous[b.Length];
    }
}
