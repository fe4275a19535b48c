using System.Text.RegularExpressions;

namespace BackCare.Bot.Triage;

/// <summary>
/// Compiles the content files' patterns. Every pattern runs with <see cref="RegexOptions.NonBacktracking"/>,
/// so matching takes linear time on any input: a long or hostile message can never time out and
/// hide a red flag. A pattern too large for that engine is a content error found at start-up.
/// </summary>
public static partial class TriagePatterns
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.NonBacktracking;

    // Building a non-backtracking automaton costs milliseconds; Regex is thread-safe and the content
    // is immutable, so each distinct pattern is built once per process.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Regex> Cache = new(StringComparer.Ordinal);

    public static PatternSet Compile(IEnumerable<string> patterns, IReadOnlyDictionary<string, string> terms, string owner)
    {
        var compiled = new List<Regex>();
        foreach (var pattern in patterns)
        {
            var expanded = Expand(pattern, terms, owner);
            try
            {
                compiled.Add(Cache.GetOrAdd(expanded, static p => new Regex(p, Options)));
            }
            catch (Exception exception) when (exception is ArgumentException or NotSupportedException)
            {
                throw new InvalidOperationException($"triage content: pattern \"{pattern}\" of '{owner}' is invalid: {exception.Message}", exception);
            }
        }

        return compiled.Count == 0
            ? throw new InvalidOperationException($"triage content: '{owner}' has no patterns.")
            : new PatternSet(compiled);
    }

    /// <summary>Phrases (plain words, or small patterns) as one whole-word alternation.</summary>
    public static Regex? CompilePhrases(IEnumerable<string> phrases)
    {
        var list = phrases.ToList();
        return list.Count == 0 ? null : Cache.GetOrAdd($@"\b(?:{string.Join("|", list)})\b", static p => new Regex(p, Options));
    }

    private static string Expand(string pattern, IReadOnlyDictionary<string, string> terms, string owner) =>
        Term().Replace(pattern, m => terms.TryGetValue(m.Groups[1].Value, out var term)
            ? term
            : throw new InvalidOperationException($"triage content: '{owner}' uses unknown term %{m.Groups[1].Value}%."));

    [GeneratedRegex("%([A-Z]+)%")]
    private static partial Regex Term();
}

/// <summary>The patterns of one rule or answer, tried one after another.</summary>
public sealed class PatternSet(IReadOnlyList<Regex> patterns)
{
    public bool IsMatch(string text) => patterns.Any(p => p.IsMatch(text));

    /// <summary>The first match of the first pattern that matches, or <see cref="Match.Empty"/>.</summary>
    public Match Match(string text)
    {
        foreach (var pattern in patterns)
        {
            var match = pattern.Match(text);
            if (match.Success)
            {
                return match;
            }
        }

        return System.Text.RegularExpressions.Match.Empty;
    }

    /// <summary>Where every match of every pattern starts.</summary>
    public List<int> MatchStarts(string text)
    {
        var starts = new List<int>();
        foreach (var pattern in patterns)
        {
            foreach (var match in pattern.EnumerateMatches(text))
            {
                starts.Add(match.Index);
            }
        }

        return starts;
    }
}
