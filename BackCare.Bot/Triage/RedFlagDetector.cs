using BackCare.Bot.Triage.Understanding;

namespace BackCare.Bot.Triage;

/// <summary>
/// The safety net's reader (pure): the concept-and-context pipeline (<see cref="ConceptDetector"/>) finds
/// emergency and urgent red flags in any message and says whether each was asserted plainly (present, the
/// writer's or a partner's) or uncertainly (hedged, the writer's own past). Negated, hypothetical, resolved
/// and long-standing mentions, and someone else's past, are not red flags at all.
/// </summary>
public sealed class RedFlagDetector(ConceptDetector concepts, RedFlagSecondOpinion? secondOpinion = null)
{
    /// <summary>The rule a model-only suspicion of an emergency names (its confirming question is neutral).</summary>
    public const string SuspectedEmergency = "M-SUSPECTED-EMERGENCY";

    /// <summary>The rule a model-only suspicion of an urgent problem names.</summary>
    public const string SuspectedUrgent = "M-SUSPECTED-URGENT";

    // Button titles and one-word answers ("No", "Yesterday", "Book an assessment") are most of what
    // people send; their verdict never changes, so it is kept (content only, never free text).
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, RedFlagCheck> _known = new(StringComparer.Ordinal);
    private IReadOnlySet<string> _knownTexts = new HashSet<string>();

    public ConceptDetector Concepts => concepts;

    /// <summary>Texts whose verdict may be kept: the bot's own button titles and short standard answers.</summary>
    public void RememberVerdictsFor(IEnumerable<string> texts) =>
        _knownTexts = texts.Select(t => t.Trim().ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);

    public RedFlagCheck Check(string? message)
    {
        var key = message?.Trim().ToLowerInvariant();
        if (key is not null && _knownTexts.Contains(key))
        {
            // The bot's own button titles are read by the rules only: a statistical guess about "Carry on" or
            // "Pain got worse after massage" would only interrupt the person who tapped it.
            return _known.GetOrAdd(key, k => Evaluate(k, consultModel: false));
        }

        return Evaluate(message, consultModel: true);
    }

    private RedFlagCheck Evaluate(string? message, bool consultModel)
    {
        var reading = concepts.Read(message);
        if (consultModel && secondOpinion?.Suspect(message ?? string.Empty, reading) is { } suspicion)
        {
            // The model can only ask: one neutral question, never advice on its own.
            var rule = suspicion.Label == Dispositions.Emergency ? SuspectedEmergency : SuspectedUrgent;
            return RedFlagCheck.From([new RedFlagMatch(rule, suspicion.Label, Ambiguous: true)]) with { Mentions = reading.Mentions, Suspicion = suspicion };
        }

        if (consultModel && secondOpinion?.Escalate(message ?? string.Empty, reading) is { } escalation)
        {
            // The rules' urgent red flag stands; the model adds the emergency question before it ("no" gives the
            // urgent advice, as after any confirming question).
            return RedFlagCheck.From([.. reading.Matches, new RedFlagMatch(SuspectedEmergency, Dispositions.Emergency, Ambiguous: true)]) with { Mentions = reading.Mentions, Suspicion = escalation };
        }

        return reading.Mentions.Count == 0 ? RedFlagCheck.None : RedFlagCheck.From(reading.Matches) with { Mentions = reading.Mentions };
    }
}
