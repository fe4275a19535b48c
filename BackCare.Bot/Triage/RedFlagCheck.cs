using System.Text.Json.Nodes;

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

    /// <summary>The most urgent rules that were mentioned plainly (what stands if the user says "no" to the confirming question).</summary>
    public RedFlagCheck WithoutAmbiguous()
    {
        var plain = Matches.Where(m => !m.Ambiguous).ToList();
        return From(plain);
    }

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

    /// <summary>The Emulator trace value: {"urgency", "rules", "ambiguous"}.</summary>
    public JsonObject ToTraceValue() => new()
    {
        ["urgency"] = Urgency,
        ["rules"] = new JsonArray(Rules.Select(r => (JsonNode?)JsonValue.Create(r)).ToArray()),
        ["ambiguous"] = Ambiguous,
    };
}
