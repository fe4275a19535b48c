using BackCare.Bot.Framework.State;

namespace BackCare.Bot.Storage;

/// <summary>Process-local storage with the full eTag contract; for tests and throwaway runs.</summary>
public sealed class InMemoryStorage(TimeProvider timeProvider) : IStorage
{
    private readonly Dictionary<string, (string Json, string ETag, DateTimeOffset UpdatedAt)> _items = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private long _version;

    public InMemoryStorage()
        : this(TimeProvider.System)
    {
    }

    public Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        var result = new Dictionary<string, StoreItem>(StringComparer.Ordinal);
        lock (_gate)
        {
            foreach (var key in keys)
            {
                if (_items.TryGetValue(key, out var item))
                {
                    result[key] = new StoreItem(item.Json, item.ETag);
                }
            }
        }

        return Task.FromResult<IReadOnlyDictionary<string, StoreItem>>(result);
    }

    public Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyDictionary<string, StoreItem> changes, CancellationToken cancellationToken)
    {
        var etags = new Dictionary<string, string>(StringComparer.Ordinal);
        lock (_gate)
        {
            foreach (var (key, change) in changes)
            {
                var exists = _items.TryGetValue(key, out var current);
                if (change.ETag is null ? exists : change.ETag != StoreItem.AnyETag && (!exists || current.ETag != change.ETag))
                {
                    throw new EtagConflictException(key);
                }
            }

            var now = timeProvider.GetUtcNow();
            foreach (var (key, change) in changes)
            {
                var etag = (++_version).ToString(System.Globalization.CultureInfo.InvariantCulture);
                _items[key] = (change.Json, etag, now);
                etags[key] = etag;
            }
        }

        return Task.FromResult<IReadOnlyDictionary<string, string>>(etags);
    }

    public Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            foreach (var key in keys)
            {
                _items.Remove(key);
            }
        }

        return Task.CompletedTask;
    }

    public Task<int> DeleteOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var old = _items.Where(i => i.Value.UpdatedAt < cutoff).Select(i => i.Key).ToList();
            old.ForEach(k => _items.Remove(k));
            return Task.FromResult(old.Count);
        }
    }

    public Task<IReadOnlyList<KeyValuePair<string, StoreItem>>> ReadByPrefixAsync(string prefix, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            IReadOnlyList<KeyValuePair<string, StoreItem>> matching = _items
                .Where(i => i.Key.StartsWith(prefix, StringComparison.Ordinal))
                .OrderBy(i => i.Key, StringComparer.Ordinal)
                .Select(i => KeyValuePair.Create(i.Key, new StoreItem(i.Value.Json, i.Value.ETag)))
                .ToList();
            return Task.FromResult(matching);
        }
    }

    public Task<int> DeleteByPrefixAsync(string prefix, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var matching = _items.Keys.Where(k => k.StartsWith(prefix, StringComparison.Ordinal)).ToList();
            matching.ForEach(k => _items.Remove(k));
            return Task.FromResult(matching.Count);
        }
    }
}
