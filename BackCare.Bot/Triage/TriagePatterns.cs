using System.Text.RegularExpressions;

namespace BackCare.Bot.Triage;

/// <summary>
/// Compiles the symptom check's answer patterns (regular expressions, built once per process). Every match
/// has a time limit; a pattern that runs out of time on a hostile message counts as whatever the caller
/// names (<see cref="PatternSet.IsMatch"/>), or as no answer read, so the question is asked. (The
/// non-backtracking engine would need no limit, but its automata took about 650 MB; see docs/adr/0003.)
/// </summary>
public static partial class TriagePatterns
{
    public static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(250);

    // The interpreter, not RegexOptions.Compiled: on .NET 10.0 the compiled form of some of these
    // patterns threw IndexOutOfRangeException and OverflowException (in RegexRunner.Capture) on
    // ordinary messages. ExplicitCapture: groups are for alternation only, which saves the capture work.
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    // Compiling a pattern costs about a millisecond; Regex is thread-safe and the content is
    // immutable, so each distinct pattern is built once per process.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Regex> Cache = new(StringComparer.Ordinal);

    /// <param name="captures">Keep numbered groups (patterns whose first group is the value, such as "7/10").</param>
    public static PatternSet Compile(IEnumerable<string> patterns, IReadOnlyDictionary<string, string> terms, string owner, bool captures = false)
    {
        var options = captures ? Options & ~RegexOptions.ExplicitCapture : Options;
        var compiled = new List<Regex>();
        foreach (var pattern in patterns)
        {
            var expanded = Expand(pattern, terms, owner);
            try
            {
                compiled.Add(Cache.GetOrAdd($"{(int)options}:{expanded}", _ => new Regex(expanded, options, MatchTimeout)));
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
        return list.Count == 0 ? null : Cache.GetOrAdd($@"\b(?:{string.Join("|", list)})\b", static p => new Regex(p, Options, MatchTimeout));
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
    /// <param name="onTimeout">What a pattern that runs out of time counts as.</param>
    public bool IsMatch(string text, bool onTimeout = false)
    {
        foreach (var pattern in patterns)
        {
            try
            {
                if (pattern.IsMatch(text))
                {
                    return true;
                }
            }
            catch (RegexMatchTimeoutException)
            {
                if (onTimeout)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The first match of the first pattern that matches, or <see cref="Match.Empty"/> (also when out of time).</summary>
    public Match Match(string text)
    {
        foreach (var pattern in patterns)
        {
            try
            {
                var match = pattern.Match(text);
                if (match.Success)
                {
                    return match;
                }
            }
            catch (RegexMatchTimeoutException)
            {
                // An answer that cannot be read in time is simply not read; the question is asked.
            }
        }

        return System.Text.RegularExpressions.Match.Empty;
    }
}
