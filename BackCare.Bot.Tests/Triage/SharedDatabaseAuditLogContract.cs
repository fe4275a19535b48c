using BackCare.Bot.Framework.State;
using BackCare.Bot.Storage;
using BackCare.Bot.Tests.Storage;
using BackCare.Bot.Triage;

namespace BackCare.Bot.Tests.Triage;

/// <summary>
/// The audit log where it shares a database with conversation state (a SQLite file, a PostgreSQL
/// database): audit records are rows of their own table, and state stays in bot_state.
/// </summary>
public abstract class SharedDatabaseAuditLogContract : SymptomCheckAuditLogContract
{
    [StoreFact]
    public async Task AuditRecordsAreRowsOfTheAuditTableAndStateStaysInBotState()
    {
        var log = new StorageSymptomCheckAuditLog(AuditStorage);
        await log.WriteAsync(SampleAuditRecords.For("conversation-a"), CancellationToken.None);
        await log.WriteAsync(SampleAuditRecords.For("conversation-b"), CancellationToken.None);
        await StateStorage.WriteAsync(new Dictionary<string, StoreItem> { ["webchat/conversations/a"] = new("{}", null) }, CancellationToken.None);

        var auditKeys = await KeysAsync(StorageTableName.SymptomCheckAudit);
        var stateKeys = await KeysAsync(StorageTableName.State);

        Assert.Equal(2, auditKeys.Count);
        Assert.All(auditKeys, k => Assert.StartsWith("audit/", k, StringComparison.Ordinal));
        Assert.Equal(["webchat/conversations/a"], stateKeys);
    }

    /// <summary>Every key stored in <paramref name="table"/>, in order, read with the database's own client.</summary>
    protected abstract Task<List<string>> KeysAsync(string table);
}
