using BackCare.Bot.Triage;

namespace BackCare.Bot.Tests.Support;

/// <summary>
/// An <see cref="ISymptomCheckAuditLog"/> that keeps records in memory for conversation tests to assert on.
/// Register it in place of the real one:
/// <c>services.RemoveAll&lt;ISymptomCheckAuditLog&gt;(); services.AddSingleton&lt;ISymptomCheckAuditLog&gt;(log);</c>
/// Like the real log, it refuses a record whose ConversationHash is not <see cref="AuditHash.ForConversation"/>'s
/// shape, so a dialog that passes the raw conversation id fails here too.
/// </summary>
public sealed class RecordingAuditLog : ISymptomCheckAuditLog
{
    private readonly Lock _gate = new();
    private readonly List<SymptomCheckAuditRecord> _records = [];

    /// <summary>A snapshot of the records kept, in the order they were written.</summary>
    public IReadOnlyList<SymptomCheckAuditRecord> Records
    {
        get
        {
            lock (_gate)
            {
                return _records.ToList();
            }
        }
    }

    /// <summary>The records of one conversation, found by its hash as erasure does.</summary>
    public IReadOnlyList<SymptomCheckAuditRecord> ForConversation(string conversationId)
    {
        var hash = AuditHash.ForConversation(conversationId);
        return Records.Where(r => r.ConversationHash == hash).ToList();
    }

    public Task WriteAsync(SymptomCheckAuditRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (!AuditHash.IsHash(record.ConversationHash))
        {
            throw new ArgumentException("ConversationHash must be AuditHash.ForConversation(conversationId).", nameof(record));
        }

        lock (_gate)
        {
            _records.Add(record);
        }

        return Task.CompletedTask;
    }

    public Task<int> EraseConversationAsync(string conversationId, CancellationToken cancellationToken)
    {
        var hash = AuditHash.ForConversation(conversationId);
        lock (_gate)
        {
            return Task.FromResult(_records.RemoveAll(r => r.ConversationHash == hash));
        }
    }
}
