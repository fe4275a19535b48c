using System.Text.Json.Nodes;
using BackCare.Bot.Triage.Understanding;

namespace BackCare.Bot.Triage;

/// <summary>One safety-net rule found in a message, and whether the mention was uncertain.</summary>
public sealed record RedFlagMatch(string RuleId, string Urgency, bool Ambiguous);

/// <summary>
/// The safety net's verdict on one message: the most urgent red flag mentioned, the rules that
/// fired, and whether every mention at that urgency was uncertain (negated, in the past, or in a
/// harmless context), in which case the bot gives the advice and asks one confirming question.
/// </summary>
public sealed record RedFlagCheck(string Urgency, IReadOnlyList<string> Rules, bool Ambiguous, IReadOnlyList<RedFlagMatch> Matches)
{
    public const string TraceName = "RedFlagCheck";

    public static RedFlagCheck None { get; } = new(Dispositions.None, [], false, []);

    public bool IsRedFlag => Urgency != Dispositions.None;

    /// <summary>The concepts read in the message, with their context (for the trace).</summary>
    public IReadOnlyList<ConceptMention> Mentions { get; init; } = [];

    /// <summary>When the rules found nothing: the statistical second opinion's suspicion, if any.</summary>
    public ModelSuspicion? Suspicion { get; init; }

    /// <summary>The most urgent rules that were mentioned plainly (what stands if the user says "no" to the confirming question).</summary>
    public RedFlagCheck WithoutAmbiguous()
    {
        var plain = Matches.Where(m => !m.Ambiguous).ToList();
        return From(plain) with { Mentions = Mentions };
    }

    /// <summary>What the rules found, without the statistical second opinion's suspicion (which can only ask).</summary>
    public RedFlagCheck WithoutSuspicion() =>
        From(Matches.Where(m => m.RuleId is not (RedFlagDetector.SuspectedEmergency or RedFlagDetector.SuspectedUrgent)).ToList()) with { Mentions = Mentions };

    public static RedFlagCheck From(IReadOnlyList<RedFlagMatch> matches)
    {
        if (matches.Count == 0)
        {
            return None;
        }

        var top = matches.Max(m => Dispositions.Rank(m.Urgency));
        var atTop = matches.Where(m => Dispositions.Rank(m.Urgency) == top).ToList();
        var urgency = atTop[0].Urgency;
        return new RedFlagCheck(urgency, atTop.Select(m => m.RuleId).ToList(), atTop.All(m => m.Ambiguous), matches);
    }

    /// <summary>
    /// The Emulator trace value: {"urgency", "rules", "ambiguous", "concepts", "matches", "model"}. Concepts are
    /// named with their context, never with the words typed (privacy).
    /// </summary>
    public JsonObject ToTraceValue()
    {
        var value = new JsonObject
        {
            ["urgency"] = Urgency,
            ["rules"] = new JsonArray(Rules.Select(r => (JsonNode?)JsonValue.Create(r)).ToArray()),
            ["ambiguous"] = Ambiguous,
            ["concepts"] = new JsonArray(Mentions.Select(m => (JsonNode?)new JsonObject
            {
                ["concept"] = m.Concept,
                ["kind"] = m.Kind,
                ["sentence"] = m.Sentence,
                ["assertion"] = m.Assertion switch { Assertion.Present => "present", Assertion.Uncertain => "uncertain", _ => "discarded" },
                ["modifiers"] = new JsonArray(m.Modifiers.Order(StringComparer.Ordinal).Select(c => (JsonNode?)JsonValue.Create(c)).ToArray()),
            }).ToArray()),
            ["matches"] = new JsonArray(Matches.Select(m => (JsonNode?)new JsonObject
            {
                ["rule"] = m.RuleId,
                ["urgency"] = m.Urgency,
                ["assertion"] = m.Ambiguous ? "uncertain" : "present",
            }).ToArray()),
        };
        if (Suspicion is { } suspicion)
        {
            value["model"] = new JsonObject { ["label"] = suspicion.Label, ["score"] = Math.Round(suspicion.Score, 3) };
        }

        return value;
    }
}

/// <summary>The statistical second opinion: the red-flag class a trained model suspects, and its score.</summary>
public sealed record ModelSuspicion(string Label, double Score);
