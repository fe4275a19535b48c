using BackCare.Bot.Triage;

namespace BackCare.Bot.Tests.Triage;

/// <summary>Audit records with every field set, as a completed symptom check writes them.</summary>
internal static class SampleAuditRecords
{
    public static readonly DateTimeOffset Timestamp = new(2026, 1, 5, 9, 0, 0, 123, TimeSpan.Zero);

    public static SymptomCheckAuditRecord For(string conversationId, DateTimeOffset? timestamp = null, string? disposition = "assess") => new(
        timestamp ?? Timestamp,
        AuditHash.ForConversation(conversationId),
        "2026-01-02",
        "completed",
        ["saddle_numbness", "bladder_bowel", "pain_score", "onset"],
        new Dictionary<string, string>
        {
            ["saddle_numbness"] = "no",
            ["bladder_bowel"] = "no",
            ["pain_score"] = "7",
            ["onset"] = "yesterday",
        },
        ["pain_score_high"],
        disposition);
}
