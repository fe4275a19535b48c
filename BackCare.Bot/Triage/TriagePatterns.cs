using System.Text.RegularExpressions;

namespace BackCare.Bot.Triage;

/// <summary>
/// Compiles the content file's patterns. Every pattern runs with <see cref="RegexOptions.NonBacktracking"/>,
/// so matching takes linear time on any input: a long or hostile message can never time out and
/// hide a red flag.
/// </summary>
public static partial class TriagePatterns
{
    public static Regex Compile(IEnumerable<string> patterns, IReadOnlyDictionary<string, string> terms, string owner)
    {
        var expanded = patterns.Select(p => Expand(p, terms, owner)).ToList();
        if (expanded.Count == 0)
        {
            throw new InvalidOperationException($"triage content: '{owner}' has no patterns.");
        }

        try
        {
            return new Regex(
                string.Join("|", expanded.Select(p => $"(?:{p})")),
                RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);
        }
        catch (Exception exception) when (exception is ArgumentException or NotSupportedException)
        {
            throw new InvalidOperationException($"triage content: a pattern of '{owner}' is invalid: {exception.Message}", exception);
        }
    }

    /// <summary>Phrases (plain words, or small patterns) as one whole-word alternation.</summary>
    public static Regex? CompilePhrases(IEnumerable<string> phrases)
    {
        var list = phrases.ToList();
        return list.Count == 0
            ? null
            : new Regex($@"\b(?:{string.Join("|", list)})\b", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);
    }

    private static string Expand(string pattern, IReadOnlyDictionary<string, string> terms, string owner) =>
        Term().Replace(pattern, m => terms.TryGetValue(m.Groups[1].Value, out var term)
            ? term
            : throw new InvalidOperationException($"triage content: '{owner}' uses unknown term %{m.Groups[1].Value}%."));

    [GeneratedRegex("%([A-Z]+)%")]
    private static partial Regex Term();
}
