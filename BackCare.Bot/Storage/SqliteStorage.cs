using System.Reflection;
using BackCare.Bot.Framework.State;
using Microsoft.Data.Sqlite;

namespace BackCare.Bot.Storage;

/// <summary>
/// The default durable store: a local SQLite file (WAL mode), so a restart loses nothing.
/// Conditional writes are single UPDATE … WHERE etag = @etag statements inside one transaction,
/// so a stale eTag is detected by the database, not by a read-then-write race.
/// </summary>
public sealed class SqliteStorage : IStorage, IDisposable
{
    private readonly string _connectionString;
    private readonly TimeProvider _timeProvider;
    private readonly SqliteConnection? _keepAlive;

    public SqliteStorage(string connectionString, TimeProvider timeProvider)
    {
        _timeProvider = timeProvider;
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (builder.Mode != SqliteOpenMode.Memory && builder.DataSource != ":memory:")
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }
        }
        else
        {
            // An in-memory database lives only while a connection is open (TodoApi's fixture does the same).
            builder.Cache = SqliteCacheMode.Shared;
            _keepAlive = new SqliteConnection(builder.ToString());
            _keepAlive.Open();
        }

        builder.Pooling = true;
        _connectionString = builder.ToString();
        Migrate();
    }

    public async Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        var result = new Dictionary<string, StoreItem>(StringComparer.Ordinal);
        await using var connection = await OpenAsync(cancellationToken);
        foreach (var key in keys)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT json, etag FROM bot_state WHERE key = $key";
            command.Parameters.AddWithValue("$key", key);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            if (await reader.ReadAsync(cancellationToken))
            {
                result[key] = new StoreItem(reader.GetString(0), reader.GetString(1));
            }
        }

        return result;
    }

    public async Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyDictionary<string, StoreItem> changes, CancellationToken cancellationToken)
    {
        var etags = new Dictionary<string, string>(StringComparer.Ordinal);
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        var now = _timeProvider.GetUtcNow().ToUnixTimeMilliseconds();
        foreach (var (key, change) in changes)
        {
            var etag = Guid.NewGuid().ToString("N");
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = change.ETag switch
            {
                null => "INSERT INTO bot_state (key, json, etag, updated_at) VALUES ($key, $json, $etag, $now) ON CONFLICT(key) DO NOTHING",
                StoreItem.AnyETag => "INSERT INTO bot_state (key, json, etag, updated_at) VALUES ($key, $json, $etag, $now) " +
                                     "ON CONFLICT(key) DO UPDATE SET json = excluded.json, etag = excluded.etag, updated_at = excluded.updated_at",
                _ => "UPDATE bot_state SET json = $json, etag = $etag, updated_at = $now WHERE key = $key AND etag = $expected",
            };
            command.Parameters.AddWithValue("$key", key);
            command.Parameters.AddWithValue("$json", change.Json);
            command.Parameters.AddWithValue("$etag", etag);
            command.Parameters.AddWithValue("$now", now);
            command.Parameters.AddWithValue("$expected", change.ETag ?? string.Empty);
            if (await command.ExecuteNonQueryAsync(cancellationToken) != 1)
            {
                throw new EtagConflictException(key);
            }

            etags[key] = etag;
        }

        await transaction.CommitAsync(cancellationToken);
        return etags;
    }

    public async Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        foreach (var key in keys)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "DELETE FROM bot_state WHERE key = $key";
            command.Parameters.AddWithValue("$key", key);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    public async Task<int> DeleteOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM bot_state WHERE updated_at < $cutoff";
        command.Parameters.AddWithValue("$cutoff", cutoff.ToUnixTimeMilliseconds());
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<int> DeleteByPrefixAsync(string prefix, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM bot_state WHERE substr(key, 1, length($prefix)) = $prefix";
        command.Parameters.AddWithValue("$prefix", prefix);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public void Dispose() => _keepAlive?.Dispose();

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var pragma = connection.CreateCommand();
        pragma.CommandText = "PRAGMA busy_timeout = 5000;";
        await pragma.ExecuteNonQueryAsync(cancellationToken);
        return connection;
    }

    private void Migrate()
    {
        using var connection = new SqliteConnection(_connectionString);
        connection.Open();
        using (var wal = connection.CreateCommand())
        {
            wal.CommandText = "PRAGMA journal_mode = WAL;";
            wal.ExecuteNonQuery();
        }

        foreach (var script in ReadScripts())
        {
            using var command = connection.CreateCommand();
            command.CommandText = script;
            command.ExecuteNonQuery();
        }
    }

    private static IEnumerable<string> ReadScripts()
    {
        var assembly = Assembly.GetExecutingAssembly();
        foreach (var name in assembly.GetManifestResourceNames()
                     .Where(n => n.Contains(".Storage.Schema.sqlite.", StringComparison.Ordinal))
                     .Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            yield return reader.ReadToEnd();
        }
    }
}
