using BackCare.Bot.Framework.State;

namespace BackCare.Bot.Triage;

/// <summary>
/// Audit:Enabled is false: nothing is written. Erasure still reaches the audit storage, because records
/// kept while the log was on must remain erasable (and <see cref="AuditRetentionService"/> still expires them).
/// </summary>
public sealed class DisabledSymptomCheckAuditLog([FromKeyedServices(StorageSymptomCheckAuditLog.StorageServiceKey)] IStorage storage)
    : ISymptomCheckAuditLog
{
    public Task WriteAsync(SymptomCheckAuditRecord record, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<int> EraseConversationAsync(string conversationId, CancellationToken cancellationToken) =>
        StorageSymptomCheckAuditLog.EraseAsync(storage, conversationId, cancellationToken);
}
