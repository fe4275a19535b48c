using BackCare.Bot.Framework.Turns;
using BackCare.Bot.Triage;

namespace BackCare.Bot.Dialogs.Triage;

/// <summary>Writes the audit record of a symptom check (or of a safety-net escalation): codes only, a hashed conversation id.</summary>
public sealed class SymptomCheckAuditor(ISymptomCheckAuditLog log, TimeProvider timeProvider, TriageContent triage)
{
    public const string Completed = "completed";
    public const string Interrupted = "interrupted";
    public const string Declined = "declined";

    /// <summary>A red flag acted on outside a symptom check (menu, FAQ, free text).</summary>
    public const string SafetyNet = "safety_net";

    public Task WriteAsync(ITurnContext turnContext, string outcome, SymptomCheckProgress? progress, TriageDecision? decision, CancellationToken cancellationToken) =>
        log.WriteAsync(
            new SymptomCheckAuditRecord(
                timeProvider.GetUtcNow(),
                AuditHash.ForConversation(turnContext.Activity.Conversation?.Id ?? string.Empty),
                triage.Version,
                outcome,
                progress?.Asked.ToList() ?? [],
                AnswersOf(progress),
                decision?.Rules.ToList() ?? [],
                decision?.Disposition)
            {
                EventId = turnContext.Activity is { Id: { Length: > 0 } activityId, Conversation.Id: { Length: > 0 } conversationId }
                    ? AuditHash.ForEvent(conversationId, activityId, outcome)
                    : null,
            },
            cancellationToken);

    /// <summary>The answer codes, with each group asked as one question ("emergency_signs": "none").</summary>
    private static Dictionary<string, string> AnswersOf(SymptomCheckProgress? progress)
    {
        var answers = new Dictionary<string, string>(progress?.Answers ?? [], StringComparer.Ordinal);
        foreach (var (group, answer) in progress?.Groups ?? [])
        {
            answers[group] = answer;
        }

        return answers;
    }
}
