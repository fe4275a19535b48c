namespace BackCare.Bot.Triage;

/// <summary>
/// What is kept of one symptom check (clinical.md 4.4 item 5): when, which content, which questions,
/// the answers as codes, the rules that fired and the disposition. Never names, contacts or free text.
/// </summary>
/// <param name="Timestamp">When the check completed or was interrupted (UTC).</param>
/// <param name="ConversationHash">SHA-256 (hex) of the conversation id; never the id itself.</param>
/// <param name="ContentVersion">The version of the triage content file the check ran on.</param>
/// <param name="Outcome">"completed", "interrupted" (red flag, cancel, error) or "declined" (no consent).</param>
/// <param name="QuestionsAsked">Question ids in the order asked.</param>
/// <param name="Answers">Question id to answer code (e.g. "yes", "no", "yesterday", "7").</param>
/// <param name="RulesFired">Rule ids that decided the disposition.</param>
/// <param name="Disposition">"emergency", "urgent", "assess", "normal", or null when none was reached.</param>
public sealed record SymptomCheckAuditRecord(
    DateTimeOffset Timestamp,
    string ConversationHash,
    string ContentVersion,
    string Outcome,
    IReadOnlyList<string> QuestionsAsked,
    IReadOnlyDictionary<string, string> Answers,
    IReadOnlyList<string> RulesFired,
    string? Disposition)
{
    /// <summary>
    /// Names the event that wrote the record (a hash of the conversation, the activity and the outcome), so a
    /// turn replayed after an eTag conflict writes the same record again, which the log keeps once. Null when
    /// the activity has no id: the record is then written once per attempt.
    /// </summary>
    public string? EventId { get; init; }
}
