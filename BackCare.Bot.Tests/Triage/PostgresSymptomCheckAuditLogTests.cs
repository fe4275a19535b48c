using BackCare.Bot.Framework.State;
using BackCare.Bot.Storage;
using BackCare.Bot.Tests.Storage;

namespace BackCare.Bot.Tests.Triage;

/// <summary>
/// The audit log on PostgreSQL, sharing the state database as deployed. Each test works in a schema of its
/// own (through Search Path), dropped afterwards.
/// </summary>
[RequiresEnvironmentVariable(PostgresTestSchema.Variable, PostgresTestSchema.HowToSet)]
public sealed class PostgresSymptomCheckAuditLogTests : SharedDatabaseAuditLogContract
{
    private readonly PostgresTestSchema _schema = new();

    protected override async Task<(IStorage State, IStorage Audit)> CreateStoragesAsync(TimeProvider timeProvider)
    {
        await _schema.CreateAsync();
        return (new PostgresStorage(_schema.ConnectionString, timeProvider),
            new PostgresStorage(_schema.ConnectionString, timeProvider, StorageTableName.SymptomCheckAudit));
    }

    protected override Task CleanUpAsync() => _schema.DropAsync();

    protected override Task<List<string>> KeysAsync(string table) => _schema.KeysAsync(table);
}
