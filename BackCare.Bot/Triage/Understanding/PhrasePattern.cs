namespace BackCare.Bot.Triage.Understanding;

/// <summary>
/// One phrase of the content, compiled for matching word by word. Syntax, per word: "a|b" alternatives,
/// "numb*" any word that starts "numb", "[my|his]" an optional word, ".." up to 3 words of any kind,
/// "..." up to 6. A phrase never matches across a sentence break.
/// </summary>
public sealed class PhrasePattern
{
    private readonly Element[] _elements;

    private PhrasePattern(string source, Element[] elements)
    {
        Source = source;
        _elements = elements;
    }

    public string Source { get; }

    /// <summary>The literal words this phrase can start with (empty when it starts with a prefix, an option or a gap).</summary>
    public IReadOnlyCollection<string> FirstWords => _elements[0] is { Optional: false, Gap: 0, Prefixes.Length: 0 } first ? first.Words : [];

    /// <summary>
    /// The first two letters every word this phrase can start with begins with, when it starts with a required
    /// word (literal or prefix); null when it starts with an option or a gap and so can start anywhere.
    /// </summary>
    public IReadOnlyCollection<string>? FirstLetters => _elements[0] is { Optional: false, Gap: 0 } first
        ? first.Words.Concat(first.Prefixes).Select(w => w.Length >= 2 ? w[..2] : w).Distinct(StringComparer.Ordinal).ToList()
        : null;

    /// <summary>
    /// The phrase's spellings, one per alternative of each required word with every other word in its first
    /// alternative (options and gaps left out): "back|get to normal before" → "back to normal before", "get to normal
    /// before". The first is the phrase's first spelling.
    /// </summary>
    public IEnumerable<IReadOnlyList<string>> Spellings()
    {
        var slots = Source.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(part => !(part.StartsWith('[') || part is ".." or "..."))
            .Select(part => part.Split('|').Select(word => word.TrimEnd('*')).ToArray())
            .ToArray();
        var first = slots.Select(alternatives => alternatives[0]).ToArray();
        yield return first;
        for (var i = 0; i < slots.Length; i++)
        {
            for (var k = 1; k < slots[i].Length; k++)
            {
                var spelling = (string[])first.Clone();
                spelling[i] = slots[i][k];
                yield return spelling;
            }
        }
    }

    /// <summary>Every literal word and prefix stem in the phrase (for tolerant spelling).</summary>
    public IEnumerable<string> Vocabulary => _elements.SelectMany(e => e.Words.Concat(e.Prefixes));

    public static PhrasePattern Parse(string phrase, string owner)
    {
        var parts = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0)
        {
            throw new InvalidOperationException($"red-flag concepts: an empty phrase in {owner}.");
        }

        var elements = new Element[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            var part = parts[i];
            if (part is ".." or "...")
            {
                elements[i] = new Element([], [], false, part.Length == 2 ? 3 : 6);
                continue;
            }

            var optional = part.StartsWith('[') && part.EndsWith(']');
            var body = optional ? part[1..^1] : part;
            var alternatives = body.Split('|', StringSplitOptions.RemoveEmptyEntries);
            if (alternatives.Length == 0 || alternatives.Any(a => a.Any(c => !(char.IsLetterOrDigit(c) || c is '*' or '/')) || a.IndexOf('*') is > -1 and var star && star != a.Length - 1))
            {
                throw new InvalidOperationException($"red-flag concepts: phrase \"{phrase}\" of {owner} has an invalid word \"{part}\".");
            }

            var prefixes = alternatives.Where(a => a.EndsWith('*')).Select(a => a[..^1]).ToArray();
            if (prefixes.Any(p => p.Length < 2))
            {
                throw new InvalidOperationException($"red-flag concepts: phrase \"{phrase}\" of {owner} has a prefix shorter than 2 letters.");
            }

            elements[i] = new Element(alternatives.Where(a => !a.EndsWith('*')).ToHashSet(StringComparer.Ordinal), prefixes, optional, 0);
        }

        if (elements.All(e => e.Optional || e.Gap > 0))
        {
            throw new InvalidOperationException($"red-flag concepts: phrase \"{phrase}\" of {owner} needs at least one required word.");
        }

        return new PhrasePattern(phrase, elements);
    }

    /// <summary>The end (exclusive) of the longest match starting at <paramref name="start"/>, or -1.</summary>
    public int MatchAt(IReadOnlyList<Token> tokens, int start) => Match(tokens, start, 0, tokens[start].Sentence);

    private int Match(IReadOnlyList<Token> tokens, int position, int element, int sentence)
    {
        if (element == _elements.Length)
        {
            return position;
        }

        var e = _elements[element];
        if (e.Gap > 0)
        {
            var best = -1;
            for (var skip = 0; skip <= e.Gap; skip++)
            {
                var at = position + skip;
                if (skip > 0 && (at - 1 >= tokens.Count || tokens[at - 1].Sentence != sentence))
                {
                    break;
                }

                best = Math.Max(best, Match(tokens, at, element + 1, sentence));
            }

            return best;
        }

        var result = -1;
        if (position < tokens.Count && tokens[position].Sentence == sentence && e.Accepts(tokens[position].Text))
        {
            result = Match(tokens, position + 1, element + 1, sentence);
        }

        if (e.Optional)
        {
            result = Math.Max(result, Match(tokens, position, element + 1, sentence));
        }

        return result;
    }

    private sealed record Element(HashSet<string> Words, string[] Prefixes, bool Optional, int Gap)
    {
        public bool Accepts(string word)
        {
            if (Words.Contains(word))
            {
                return true;
            }

            foreach (var prefix in Prefixes)
            {
                if (word.StartsWith(prefix, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }
    }
}

/// <summary>Many phrases, indexed by their first word so a message is scanned once.</summary>
public sealed class PhraseIndex<T>
{
    private readonly Dictionary<string, List<(PhrasePattern Pattern, T Value)>> _byFirstWord = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<(PhrasePattern Pattern, T Value)>> _byFirstLetters = new(StringComparer.Ordinal);
    private readonly List<(PhrasePattern Pattern, T Value)> _unindexed = [];

    public void Add(PhrasePattern pattern, T value)
    {
        if (pattern.FirstWords.Count == 0)
        {
            // A phrase starting with a prefix ("numb*") is tried only at words with its first letters.
            if (pattern.FirstLetters is { } letters && letters.All(l => l.Length == 2))
            {
                foreach (var key in letters)
                {
                    (_byFirstLetters.TryGetValue(key, out var list) ? list : _byFirstLetters[key] = []).Add((pattern, value));
                }

                return;
            }

            _unindexed.Add((pattern, value));
            return;
        }

        foreach (var word in pattern.FirstWords)
        {
            (_byFirstWord.TryGetValue(word, out var list) ? list : _byFirstWord[word] = []).Add((pattern, value));
        }
    }

    /// <summary>Every match: (value, start, end exclusive), the longest per phrase and start.</summary>
    public IEnumerable<(T Value, int Start, int End)> Matches(IReadOnlyList<Token> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            foreach (var candidates in CandidatesAt(tokens[i].Text))
            {
                foreach (var (pattern, value) in candidates)
                {
                    var end = pattern.MatchAt(tokens, i);
                    if (end > i)
                    {
                        yield return (value, i, end);
                    }
                }
            }
        }
    }

    /// <summary>The phrases that can start at this word: by the word itself, by its first two letters, and those that can start anywhere.</summary>
    private IEnumerable<List<(PhrasePattern Pattern, T Value)>> CandidatesAt(string word)
    {
        if (_byFirstWord.TryGetValue(word, out var byWord))
        {
            yield return byWord;
        }

        if (word.Length >= 2 && _byFirstLetters.TryGetValue(word[..2], out var byLetters))
        {
            yield return byLetters;
        }

        yield return _unindexed;
    }
}
