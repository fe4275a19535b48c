using System.Text.RegularExpressions;

namespace BackCare.Bot.Triage;

/// <summary>
/// The safety net's matcher (pure): finds emergency and urgent red flags in any message with the
/// content file's patterns, and decides whether each mention was plain or uncertain. A mention is
/// uncertain when a negation comes before it in its clause ("no numbness"), its clause is about the
/// past ("last year"), it is said to have passed ("…but it went away"), or the message sets it in a
/// harmless context the rule names (a bike saddle, someone else's illness).
/// </summary>
public sealed class RedFlagDetector
{
    private readonly TriageText _text;
    private readonly List<CompiledRule> _rules;

    public RedFlagDetector(TriageFile file, TriageText text)
    {
        _text = text;
        _rules = file.RedFlags.Select(rule => new CompiledRule(
            rule,
            TriagePatterns.Compile(rule.Patterns, file.Terms, rule.Id),
            rule.Requires.Select((group, i) => TriagePatterns.Compile(group, file.Terms, $"{rule.Id}.requires[{i}]")).ToList(),
            TriagePatterns.CompilePhrases(rule.AmbiguousIf.Select(Regex.Escape)))).ToList();
    }

    // Button titles and one-word answers ("No", "Yesterday", "Book an assessment") are most of what
    // people send; their verdict never changes, so it is kept (content only, never free text).
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, RedFlagCheck> _known = new(StringComparer.Ordinal);
    private IReadOnlySet<string> _knownTexts = new HashSet<string>();

    /// <summary>Texts whose verdict may be kept: the bot's own button titles and short standard answers.</summary>
    public void RememberVerdictsFor(IEnumerable<string> texts) =>
        _knownTexts = texts.Select(t => t.Trim().ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);

    public RedFlagCheck Check(string? message)
    {
        var key = message?.Trim().ToLowerInvariant();
        if (key is not null && _knownTexts.Contains(key))
        {
            return _known.GetOrAdd(key, k => Evaluate(k));
        }

        return Evaluate(message);
    }

    private RedFlagCheck Evaluate(string? message)
    {
        var prepared = _text.Prepare(message);
        if (prepared.Clauses.Count == 0)
        {
            return RedFlagCheck.None;
        }

        var matches = new List<RedFlagMatch>();
        foreach (var rule in _rules)
        {
            if (!rule.Requires.All(r => r.IsMatch(prepared.Normalized, onTimeout: true)))
            {
                continue;
            }

            bool? ambiguous = null;
            for (var i = 0; i < prepared.Clauses.Count && ambiguous != false; i++)
            {
                var clause = prepared.Clauses[i];
                foreach (var start in rule.Pattern.MatchStarts(clause))
                {
                    // A pattern that ran out of time may have matched: ask rather than stay silent.
                    var uncertain = start == PatternSet.TimedOut
                        || _text.IsNegatedAt(clause, start)
                        || _text.IsPastOrResolved(prepared.Clauses, i)
                        || (rule.Context?.IsMatch(prepared.Normalized) ?? false);
                    ambiguous = (ambiguous ?? true) && uncertain;
                    if (!uncertain)
                    {
                        break;
                    }
                }
            }

            if (ambiguous is { } isAmbiguous)
            {
                matches.Add(new RedFlagMatch(rule.Rule.Id, rule.Rule.Urgency, isAmbiguous));
            }
        }

        return RedFlagCheck.From(matches);
    }


    private sealed record CompiledRule(RedFlagRule Rule, PatternSet Pattern, List<PatternSet> Requires, Regex? Context);
}
