using System.Text;
using System.Text.RegularExpressions;
using BackCare.Bot.Framework.Prompts;

namespace BackCare.Bot.Triage;

/// <summary>
/// Prepares what someone typed for the triage patterns: split into sentences and clauses, folded
/// (lower case, apostrophes dropped, punctuation as spaces), negative contractions joined
/// ("can not" → "cant") and known misspellings corrected word by word ("numbnes" → "numbness").
/// Deterministic, so every match can be explained.
/// </summary>
public sealed class TriageText
{
    /// <summary>
    /// Longer messages keep their first and last halves of this; the patterns run in linear time, this
    /// only bounds the work (a request body is at most 256 KB, far beyond anything typed in a chat).
    /// </summary>
    public const int MaxLength = 20000;

    private static readonly (string From, string To)[] Joins =
    [
        ("can not", "cant"), ("cannot", "cant"), ("do not", "dont"), ("does not", "doesnt"), ("did not", "didnt"),
        ("could not", "couldnt"), ("will not", "wont"), ("would not", "wouldnt"), ("is not", "isnt"), ("are not", "arent"),
        ("was not", "wasnt"), ("were not", "werent"), ("has not", "hasnt"), ("have not", "havent"), ("had not", "hadnt"),
    ];

    private static readonly Regex SentenceBreak = new(@"[.!?;:\r\n]+|\s-\s|,\s*(?=but\b|however\b|although\b|though\b)", RegexOptions.CultureInvariant);

    private readonly Dictionary<string, string> _corrections;
    private readonly Regex _clauseBreak;
    private readonly Regex? _harmless;

    public TriageText(TriageFile file)
    {
        _corrections = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (correct, misspellings) in file.Spelling)
        {
            foreach (var wrong in misspellings)
            {
                _corrections[wrong] = correct;
            }
        }

        _harmless = TriagePatterns.CompilePhrases(file.Negation.HarmlessPhrases);
        Negation = TriagePatterns.CompilePhrases(file.Negation.Cues.Select(Regex.Escape));
        Past = TriagePatterns.CompilePhrases(file.Negation.PastCues);
        Resolved = TriagePatterns.CompilePhrases(file.Negation.ResolvedCues.Select(Regex.Escape));
        _clauseBreak = new Regex(
            $@"\b(?:{string.Join("|", file.Negation.ClauseBreaks.Select(Regex.Escape))})\b",
            RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);
    }

    /// <summary>Negation cues ("no", "dont", "what if"), matched before a mention in its clause.</summary>
    public Regex? Negation { get; }

    /// <summary>Past-time cues ("last year", "years ago"), matched anywhere in the mention's clause.</summary>
    public Regex? Past { get; }

    /// <summary>"It has passed" cues ("went away", "fine now"), in the mention's clause or the next.</summary>
    public Regex? Resolved { get; }

    /// <summary>True when the clause (or the next one) says the thing is past or has gone ("last year", "went away").</summary>
    public bool IsPastOrResolved(IReadOnlyList<string> clauses, int index) =>
        (Past?.IsMatch(clauses[index]) ?? false)
        || (Resolved is { } resolved && (resolved.IsMatch(clauses[index]) || (index + 1 < clauses.Count && resolved.IsMatch(clauses[index + 1]))));

    /// <summary>True when a negation cue comes before <paramref name="index"/> in <paramref name="clause"/>.</summary>
    public bool IsNegatedAt(string clause, int index) =>
        Negation is not null && index > 0 && Negation.IsMatch(clause.AsSpan(0, index));

    public PreparedText Prepare(string? raw)
    {
        var text = raw ?? string.Empty;
        if (text.Length > MaxLength)
        {
            // Keep the start and the end: a red flag is often in the last sentence of a long message.
            text = string.Concat(text.AsSpan(0, MaxLength / 2), "\n", text.AsSpan(text.Length - (MaxLength / 2)));
        }

        var clauses = new List<string>();
        foreach (var sentence in SentenceBreak.Split(text))
        {
            var folded = Fold(sentence);
            if (_harmless is not null)
            {
                folded = _harmless.Replace(folded, "_");
            }

            if (folded.Length == 0)
            {
                continue;
            }

            foreach (var clause in _clauseBreak.Split(folded))
            {
                var trimmed = clause.Trim();
                if (trimmed.Length > 0)
                {
                    clauses.Add(trimmed);
                }
            }
        }

        return new PreparedText(Fold(text), clauses);
    }

    /// <summary>Normalises one piece of text: folded, contractions joined, misspellings corrected.</summary>
    public string Fold(string? text)
    {
        var normalized = TextNormalizer.Normalize(text);
        if (normalized.Length == 0)
        {
            return normalized;
        }

        var words = normalized.Split(' ');
        var builder = new StringBuilder(normalized.Length + 8);
        for (var i = 0; i < words.Length; i++)
        {
            var word = words[i];
            if (i + 1 < words.Length && TryJoin(word, words[i + 1], out var joined))
            {
                word = joined;
                i++;
            }

            if (builder.Length > 0)
            {
                builder.Append(' ');
            }

            builder.Append(_corrections.TryGetValue(word, out var correct) ? correct : word);
        }

        return builder.ToString();
    }

    private static bool TryJoin(string first, string second, out string joined)
    {
        foreach (var (from, to) in Joins)
        {
            var space = from.IndexOf(' ');
            if (space > 0 && from.AsSpan(0, space).SequenceEqual(first) && from.AsSpan(space + 1).SequenceEqual(second))
            {
                joined = to;
                return true;
            }
        }

        joined = first;
        return false;
    }
}

/// <summary>A message ready for matching: the whole text folded, and its clauses in order.</summary>
public sealed record PreparedText(string Normalized, IReadOnlyList<string> Clauses);
