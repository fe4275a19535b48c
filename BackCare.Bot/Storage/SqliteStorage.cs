using BackCare.Bot.Framework.State;
using Microsoft.Data.Sqlite;

namespace BackCare.Bot.Storage;

/// <summary>
/// The default durable store: a local SQLite file in WAL mode, so a restart loses nothing.
/// SQLite allows one writer at a time; rather than let concurrent turns collide and sleep in
/// SQLite's busy handler, this process uses one connection and takes turns on it (each operation
/// is microseconds). Conditional writes are single UPDATE … WHERE etag = @etag statements inside
/// one transaction, so a stale eTag is detected by the database, not by a read-then-write race;
/// other processes sharing the file are still safe through SQLite's own locking.
/// </summary>
public sealed class SqliteStorage : IStorage, IDisposable
{
    private readonly TimeProvider _timeProvider;
    private readonly SqliteConnection _connection;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly SqliteCommand _read;
    private readonly SqliteCommand _insert;
    private readonly SqliteCommand _upsert;
    private readonly SqliteCommand _update;
    private readonly string _deleteKey;
    private readonly string _deleteOlderThan;
    private readonly string _deleteByPrefix;
    private readonly string _readByPrefix;

    /// <param name="connectionString">The SQLite connection string; the file's folder is created.</param>
    /// <param name="timeProvider">The clock for updated_at (retention).</param>
    /// <param name="tableName">
    /// The table of this instance: <see cref="StorageTableName.State"/> or another created by Storage/Schema/sqlite
    /// (e.g. <see cref="StorageTableName.SymptomCheckAudit"/>). Code-supplied, validated, never user input.
    /// </param>
    public SqliteStorage(string connectionString, TimeProvider timeProvider, string tableName = StorageTableName.State)
    {
        var table = StorageTableName.Validate(tableName);
        _timeProvider = timeProvider;
        var builder = new SqliteConnectionStringBuilder(connectionString);
        var inMemory = builder.Mode == SqliteOpenMode.Memory || builder.DataSource == ":memory:";
        if (inMemory)
        {
            builder.Cache = SqliteCacheMode.Shared;
        }
        else
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }
        }

        _connection = new SqliteConnection(builder.ToString());
        _connection.Open();
        // WAL with synchronous=NORMAL survives a crash or restart of the process; busy_timeout covers
        // another process writing the same file.
        Execute(inMemory ? "PRAGMA busy_timeout = 5000;" : "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 5000;");
        foreach (var script in SchemaScripts.Read("sqlite"))
        {
            Execute(script);
        }

        // Prepared once and reused under the gate: parsing SQL on every turn costs more than running it.
        // The table name is interpolated here, once; values are always parameters.
        _read = Prepare($"SELECT json, etag FROM {table} WHERE key = $key");
        _insert = Prepare($"INSERT INTO {table} (key, json, etag, updated_at) VALUES ($key, $json, $etag, $now) ON CONFLICT(key) DO NOTHING");
        _upsert = Prepare($"INSERT INTO {table} (key, json, etag, updated_at) VALUES ($key, $json, $etag, $now) " +
                          "ON CONFLICT(key) DO UPDATE SET json = excluded.json, etag = excluded.etag, updated_at = excluded.updated_at");
        _update = Prepare($"UPDATE {table} SET json = $json, etag = $etag, updated_at = $now WHERE key = $key AND etag = $expected");
        _deleteKey = $"DELETE FROM {table} WHERE key = $value";
        _deleteOlderThan = $"DELETE FROM {table} WHERE updated_at < $value";
        _deleteByPrefix = $"DELETE FROM {table} WHERE substr(key, 1, length($value)) = $value";
        // SQLite's default BINARY collation compares UTF-8 bytes: the same order as ordinal UTF-16 for every
        // character outside the surrogate range, which keys here never need.
        _readByPrefix = $"SELECT key, json, etag FROM {table} WHERE substr(key, 1, length($value)) = $value ORDER BY key";
    }

    public async Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        var result = new Dictionary<string, StoreItem>(StringComparer.Ordinal);
        await _gate.WaitAsync(cancellationToken);
        try
        {
            foreach (var k in keys)
            {
                _read.Parameters["$key"].Value = k;
                using var reader = _read.ExecuteReader();
                if (reader.Read())
                {
                    result[k] = new StoreItem(reader.GetString(0), reader.GetString(1));
                }
            }
        }
        finally
        {
            _gate.Release();
        }

        return result;
    }

    public async Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyDictionary<string, StoreItem> changes, CancellationToken cancellationToken)
    {
        var etags = new Dictionary<string, string>(StringComparer.Ordinal);
        var now = _timeProvider.GetUtcNow().ToUnixTimeMilliseconds();
        await _gate.WaitAsync(cancellationToken);
        try
        {
            using var transaction = _connection.BeginTransaction(deferred: false);
            foreach (var (key, change) in changes)
            {
                var etag = Guid.NewGuid().ToString("N");
                var command = change.ETag switch
                {
                    null => _insert,
                    StoreItem.AnyETag => _upsert,
                    _ => _update,
                };
                command.Transaction = transaction;
                command.Parameters["$key"].Value = key;
                command.Parameters["$json"].Value = change.Json;
                command.Parameters["$etag"].Value = etag;
                command.Parameters["$now"].Value = now;
                if (command == _update)
                {
                    command.Parameters["$expected"].Value = change.ETag;
                }

                if (command.ExecuteNonQuery() != 1)
                {
                    // Disposing the transaction without committing rolls every key back.
                    throw new EtagConflictException(key);
                }

                etags[key] = etag;
            }

            transaction.Commit();
        }
        finally
        {
            _gate.Release();
        }

        return etags;
    }

    public async Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        foreach (var key in keys)
        {
            await ExecuteAsync(_deleteKey, key, cancellationToken);
        }
    }

    public Task<int> DeleteOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken) =>
        ExecuteAsync(_deleteOlderThan, cutoff.ToUnixTimeMilliseconds(), cancellationToken);

    public async Task<IReadOnlyList<KeyValuePair<string, StoreItem>>> ReadByPrefixAsync(string prefix, CancellationToken cancellationToken)
    {
        var result = new List<KeyValuePair<string, StoreItem>>();
        await _gate.WaitAsync(cancellationToken);
        try
        {
            using var command = _connection.CreateCommand();
            command.CommandText = _readByPrefix;
            command.Parameters.AddWithValue("$value", prefix);
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                result.Add(KeyValuePair.Create(reader.GetString(0), new StoreItem(reader.GetString(1), reader.GetString(2))));
            }
        }
        finally
        {
            _gate.Release();
        }

        return result;
    }

    public Task<int> DeleteByPrefixAsync(string prefix, CancellationToken cancellationToken) =>
        ExecuteAsync(_deleteByPrefix, prefix, cancellationToken);

    public void Dispose()
    {
        foreach (var command in new[] { _read, _insert, _upsert, _update })
        {
            command.Dispose();
        }

        _connection.Dispose();
        _gate.Dispose();
    }

    private async Task<int> ExecuteAsync(string sql, object value, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            using var command = _connection.CreateCommand();
            command.CommandText = sql;
            command.Parameters.AddWithValue("$value", value);
            return command.ExecuteNonQuery();
        }
        finally
        {
            _gate.Release();
        }
    }

    private SqliteCommand Prepare(string sql)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        foreach (var name in new[] { "$key", "$json", "$etag", "$now", "$expected" })
        {
            if (sql.Contains(name, StringComparison.Ordinal))
            {
                command.Parameters.Add(new SqliteParameter(name, null));
            }
        }

        command.Prepare();
        return command;
    }

    private void Execute(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
