using BackCare.Bot.Framework.State;
using BackCare.Bot.Storage;
using BackCare.Bot.Tests.Storage;
using Microsoft.Data.Sqlite;

namespace BackCare.Bot.Tests.Triage;

/// <summary>The audit log on a SQLite file shared with state, as deployed: one file, two tables.</summary>
public sealed class SqliteSymptomCheckAuditLogTests : SharedDatabaseAuditLogContract
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"backcare-audit-{Guid.NewGuid():N}");

    private string ConnectionString => $"Data Source={Path.Combine(_folder, "backcare.db")}";

    protected override Task<(IStorage State, IStorage Audit)> CreateStoragesAsync(TimeProvider timeProvider) =>
        Task.FromResult<(IStorage, IStorage)>((
            new SqliteStorage(ConnectionString, timeProvider),
            new SqliteStorage(ConnectionString, timeProvider, StorageTableName.SymptomCheckAudit)));

    protected override Task CleanUpAsync()
    {
        // Pooled connections keep the file open; close them before deleting it.
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }

    protected override async Task<List<string>> KeysAsync(string table)
    {
        await using var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT key FROM {table} ORDER BY key";
        await using var reader = await command.ExecuteReaderAsync();
        var keys = new List<string>();
        while (await reader.ReadAsync())
        {
            keys.Add(reader.GetString(0));
        }

        return keys;
    }
}
