using Npgsql;

namespace BackCare.Bot.Tests.Storage;

/// <summary>
/// A schema of its own on the test PostgreSQL server (BACKCARE_TEST_POSTGRES, started by
/// scripts/start-postgres.sh), reached through Search Path, created and dropped per test.
/// </summary>
public sealed class PostgresTestSchema
{
    public const string Variable = "BACKCARE_TEST_POSTGRES";
    public const string HowToSet = "Run scripts/start-postgres.sh and export the line it prints.";

    public string Name { get; } = $"test_{Guid.NewGuid():N}";

    /// <summary>The connection string that works in this schema.</summary>
    public string ConnectionString => new NpgsqlConnectionStringBuilder(ServerConnectionString) { SearchPath = Name }.ToString();

    private static string ServerConnectionString =>
        Environment.GetEnvironmentVariable(Variable)
        ?? throw new InvalidOperationException($"{Variable} is not set.");

    public Task CreateAsync() => ExecuteOnServerAsync($"CREATE SCHEMA {Name}");

    public Task DropAsync() => ExecuteOnServerAsync($"DROP SCHEMA IF EXISTS {Name} CASCADE");

    /// <summary>Every key stored in <paramref name="table"/> of this schema, in order.</summary>
    public async Task<List<string>> KeysAsync(string table)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
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

    private static async Task ExecuteOnServerAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ServerConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
