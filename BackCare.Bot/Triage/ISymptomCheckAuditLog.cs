namespace BackCare.Bot.Triage;

/// <summary>Where symptom-check audit records go; kept for the configured retention, erasable per conversation.</summary>
public interface ISymptomCheckAuditLog
{
    Task WriteAsync(SymptomCheckAuditRecord record, CancellationToken cancellationToken);

    /// <summary>Deletes every record of one conversation (erasure); returns how many.</summary>
    Task<int> EraseConversationAsync(string conversationId, CancellationToken cancellationToken);
}
