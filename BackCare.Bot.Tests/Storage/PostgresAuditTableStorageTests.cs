using BackCare.Bot.Framework.State;
using BackCare.Bot.Storage;
using Npgsql;

namespace BackCare.Bot.Tests.Storage;

/// <summary>The storage contract on the symptom_check_audit table (0002_audit.sql), in a schema of its own per test.</summary>
[RequiresEnvironmentVariable(ConnectionStringVariable, "Run scripts/start-postgres.sh and export the line it prints.")]
public sealed class PostgresAuditTableStorageTests : StateStoreContract
{
    private const string ConnectionStringVariable = "BACKCARE_TEST_POSTGRES";

    private readonly string _schema = $"test_{Guid.NewGuid():N}";

    private static string ServerConnectionString =>
        Environment.GetEnvironmentVariable(ConnectionStringVariable)
        ?? throw new InvalidOperationException($"{ConnectionStringVariable} is not set.");

    protected override async Task<IStorage> CreateStoreAsync(TimeProvider timeProvider)
    {
        await ExecuteOnServerAsync($"CREATE SCHEMA {_schema}");
        var connectionString = new NpgsqlConnectionStringBuilder(ServerConnectionString) { SearchPath = _schema }.ToString();
        return new PostgresStorage(connectionString, timeProvider, StorageTableName.SymptomCheckAudit);
    }

    protected override Task CleanUpAsync() => ExecuteOnServerAsync($"DROP SCHEMA IF EXISTS {_schema} CASCADE");

    private static async Task ExecuteOnServerAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ServerConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
