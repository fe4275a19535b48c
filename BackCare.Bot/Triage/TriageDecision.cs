using System.Text.Json.Nodes;

namespace BackCare.Bot.Triage;

/// <summary>The one disposition a check reached, the rules that decided it, and the content version behind them.</summary>
public sealed record TriageDecision(string Disposition, IReadOnlyList<string> Rules, string ContentVersion)
{
    public const string TraceName = "TriageDisposition";

    /// <summary>The Emulator trace value: {"disposition", "rules", "contentVersion"}.</summary>
    public JsonObject ToTraceValue() => new()
    {
        ["disposition"] = Disposition,
        ["rules"] = new JsonArray(Rules.Select(r => (JsonNode?)JsonValue.Create(r)).ToArray()),
        ["contentVersion"] = ContentVersion,
    };
}
