using BackCare.Bot.Framework.State;
using BackCare.Bot.Storage;
using BackCare.Bot.Tests.Storage;
using BackCare.Bot.Triage;
using Npgsql;

namespace BackCare.Bot.Tests.Triage;

/// <summary>
/// The audit log on PostgreSQL, sharing the state database as deployed. Each test works in a schema of its
/// own (through Search Path), dropped afterwards.
/// </summary>
[RequiresEnvironmentVariable(ConnectionStringVariable, "Run scripts/start-postgres.sh and export the line it prints.")]
public sealed class PostgresSymptomCheckAuditLogTests : SymptomCheckAuditLogContract
{
    private const string ConnectionStringVariable = "BACKCARE_TEST_POSTGRES";

    private readonly string _schema = $"test_{Guid.NewGuid():N}";

    private static string ServerConnectionString =>
        Environment.GetEnvironmentVariable(ConnectionStringVariable)
        ?? throw new InvalidOperationException($"{ConnectionStringVariable} is not set.");

    private string SchemaConnectionString => new NpgsqlConnectionStringBuilder(ServerConnectionString) { SearchPath = _schema }.ToString();

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

    protected override async Task<(IStorage State, IStorage Audit)> CreateStoragesAsync(TimeProvider timeProvider)
    {
        await ExecuteOnServerAsync($"CREATE SCHEMA {_schema}");
        return (new PostgresStorage(SchemaConnectionString, timeProvider),
            new PostgresStorage(SchemaConnectionString, timeProvider, StorageTableName.SymptomCheckAudit));
    }

    protected override Task CleanUpAsync() => ExecuteOnServerAsync($"DROP SCHEMA IF EXISTS {_schema} CASCADE");

    private static async Task ExecuteOnServerAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ServerConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private async Task<List<string>> KeysAsync(string table)
    {
        await using var connection = new NpgsqlConnection(SchemaConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"SELECT key FROM {table} ORDER BY key", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var keys = new List<string>();
        while (await reader.ReadAsync())
        {
            keys.Add(reader.GetString(0));
        }

        return keys;
    }
}
