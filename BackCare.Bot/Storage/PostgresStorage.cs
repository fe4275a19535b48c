using BackCare.Bot.Framework.State;
using Npgsql;

namespace BackCare.Bot.Storage;

/// <summary>
/// Shared state for scale-out: several bot instances behind a load balancer use one PostgreSQL database.
/// A write is one transaction of conditional statements (INSERT … ON CONFLICT DO NOTHING for creates,
/// UPDATE … WHERE etag = @expected for replaces), so the database decides every eTag race: under
/// READ COMMITTED a concurrent writer waits for the row lock, re-checks the eTag and updates no row.
/// The table is <paramref name="tableName"/>: <see cref="StorageTableName.State"/> by default, or another created by
/// Storage/Schema/postgres (e.g. <see cref="StorageTableName.SymptomCheckAudit"/>); code-supplied and validated.
/// </summary>
public sealed class PostgresStorage(string connectionString, TimeProvider timeProvider, string tableName = StorageTableName.State)
    : IStorage, IDisposable, IAsyncDisposable
{
    // Serialises schema scripts across bot instances starting together; CREATE … IF NOT EXISTS alone can still race.
    private const long SchemaLockId = 0x4261_636B_4361_7265; // "BackCare"

    // Declared before the data source, so an invalid name throws before anything is opened.
    private readonly Statements _sql = new(StorageTableName.Validate(tableName));
    private readonly NpgsqlDataSource _dataSource = NpgsqlDataSource.Create(connectionString);
    private readonly SemaphoreSlim _schemaGate = new(1, 1);
    private volatile bool _schemaReady;

    public async Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        var result = new Dictionary<string, StoreItem>(StringComparer.Ordinal);
        if (keys.Count == 0)
        {
            return result;
        }

        await EnsureSchemaAsync(cancellationToken);
        await using var command = _dataSource.CreateCommand(_sql.Read);
        command.Parameters.Add(new NpgsqlParameter { Value = keys.ToArray() });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            result[reader.GetString(0)] = new StoreItem(reader.GetString(1), reader.GetString(2));
        }

        return result;
    }

    public async Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyDictionary<string, StoreItem> changes, CancellationToken cancellationToken)
    {
        var etags = new Dictionary<string, string>(StringComparer.Ordinal);
        if (changes.Count == 0)
        {
            return etags;
        }

        await EnsureSchemaAsync(cancellationToken);

        // Rows are locked in key order, so two multi-key writers cannot deadlock each other.
        var ordered = changes.OrderBy(c => c.Key, StringComparer.Ordinal).ToList();
        var now = timeProvider.GetUtcNow().ToUniversalTime();
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using var batch = new NpgsqlBatch(connection, transaction);
        foreach (var (key, change) in ordered)
        {
            var etag = Guid.NewGuid().ToString("N");
            etags[key] = etag;
            var command = new NpgsqlBatchCommand(change.ETag switch
            {
                null => _sql.Insert,
                StoreItem.AnyETag => _sql.Upsert,
                _ => _sql.Update,
            });
            command.Parameters.Add(new NpgsqlParameter { Value = key });
            command.Parameters.Add(new NpgsqlParameter { Value = change.Json });
            command.Parameters.Add(new NpgsqlParameter { Value = etag });
            command.Parameters.Add(new NpgsqlParameter { Value = now });
            if (change.ETag is not null and not StoreItem.AnyETag)
            {
                command.Parameters.Add(new NpgsqlParameter { Value = change.ETag });
            }

            batch.BatchCommands.Add(command);
        }

        await batch.ExecuteNonQueryAsync(cancellationToken);
        for (var i = 0; i < ordered.Count; i++)
        {
            if (batch.BatchCommands[i].RecordsAffected != 1)
            {
                // Disposing the uncommitted transaction rolls back the keys already written: all or nothing.
                throw new EtagConflictException(ordered[i].Key);
            }
        }

        await transaction.CommitAsync(cancellationToken);
        return etags;
    }

    public async Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        if (keys.Count == 0)
        {
            return;
        }

        await EnsureSchemaAsync(cancellationToken);
        await using var command = _dataSource.CreateCommand(_sql.DeleteKeys);
        command.Parameters.Add(new NpgsqlParameter { Value = keys.ToArray() });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<int> DeleteOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        await EnsureSchemaAsync(cancellationToken);
        await using var command = _dataSource.CreateCommand(_sql.DeleteOlderThan);
        command.Parameters.Add(new NpgsqlParameter { Value = cutoff.ToUniversalTime() });
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<KeyValuePair<string, StoreItem>>> ReadByPrefixAsync(string prefix, CancellationToken cancellationToken)
    {
        await EnsureSchemaAsync(cancellationToken);
        await using var command = _dataSource.CreateCommand(_sql.ReadByPrefix);
        command.Parameters.Add(new NpgsqlParameter { Value = prefix });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var result = new List<KeyValuePair<string, StoreItem>>();
        while (await reader.ReadAsync(cancellationToken))
        {
            result.Add(KeyValuePair.Create(reader.GetString(0), new StoreItem(reader.GetString(1), reader.GetString(2))));
        }

        return result;
    }

    public async Task<int> DeleteByPrefixAsync(string prefix, CancellationToken cancellationToken)
    {
        await EnsureSchemaAsync(cancellationToken);
        await using var command = _dataSource.CreateCommand(_sql.DeleteByPrefix);
        command.Parameters.Add(new NpgsqlParameter { Value = prefix });
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public void Dispose()
    {
        _dataSource.Dispose();
        _schemaGate.Dispose();
    }

    public async ValueTask DisposeAsync()
    {
        await _dataSource.DisposeAsync();
        _schemaGate.Dispose();
    }

    // The schema is applied on first use rather than in the constructor, so resolving IStorage never blocks
    // on the network; a failed attempt is retried by the next call.
    private async Task EnsureSchemaAsync(CancellationToken cancellationToken)
    {
        if (_schemaReady)
        {
            return;
        }

        await _schemaGate.WaitAsync(cancellationToken);
        try
        {
            if (!_schemaReady)
            {
                await MigrateAsync(cancellationToken);
                _schemaReady = true;
            }
        }
        finally
        {
            _schemaGate.Release();
        }
    }

    private async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var lockCommand = new NpgsqlCommand("SELECT pg_advisory_xact_lock($1)", connection, transaction))
        {
            lockCommand.Parameters.Add(new NpgsqlParameter { Value = SchemaLockId });
            await lockCommand.ExecuteNonQueryAsync(cancellationToken);
        }

        foreach (var script in SchemaScripts.Read("postgres"))
        {
            await using var command = new NpgsqlCommand(script, connection, transaction);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>The SQL of one table, built once; the table name is interpolated, values are always parameters.</summary>
    private sealed class Statements(string table)
    {
        public string Read { get; } = $"SELECT key, json, etag FROM {table} WHERE key = ANY($1)";

        public string Insert { get; } = $"INSERT INTO {table} (key, json, etag, updated_at) VALUES ($1, $2, $3, $4) ON CONFLICT (key) DO NOTHING";

        public string Upsert { get; } = $"INSERT INTO {table} (key, json, etag, updated_at) VALUES ($1, $2, $3, $4) " +
                                        "ON CONFLICT (key) DO UPDATE SET json = excluded.json, etag = excluded.etag, updated_at = excluded.updated_at";

        public string Update { get; } = $"UPDATE {table} SET json = $2, etag = $3, updated_at = $4 WHERE key = $1 AND etag = $5";

        // COLLATE "C" sorts by code point, as StringComparer.Ordinal does (the database's collation may not).
        public string ReadByPrefix { get; } = $"SELECT key, json, etag FROM {table} WHERE starts_with(key, $1) ORDER BY key COLLATE \"C\"";

        public string DeleteKeys { get; } = $"DELETE FROM {table} WHERE key = ANY($1)";

        public string DeleteOlderThan { get; } = $"DELETE FROM {table} WHERE updated_at < $1";

        public string DeleteByPrefix { get; } = $"DELETE FROM {table} WHERE starts_with(key, $1)";
    }
}
