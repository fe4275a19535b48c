using BackCare.Bot.Framework.State;
using BackCare.Bot.Storage;

namespace BackCare.Bot.Tests.Storage;

/// <summary>The storage contract on the symptom_check_audit table (0002_audit.sql), in a shared-cache in-memory database.</summary>
public sealed class SqliteAuditTableStorageTests : StateStoreContract
{
    protected override Task<IStorage> CreateStoreAsync(TimeProvider timeProvider) => Task.FromResult<IStorage>(
        new SqliteStorage($"Data Source=audit-{Guid.NewGuid():N};Mode=Memory;Cache=Shared", timeProvider, StorageTableName.SymptomCheckAudit));
}
