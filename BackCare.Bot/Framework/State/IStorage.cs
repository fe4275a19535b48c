namespace BackCare.Bot.Framework.State;

/// <summary>
/// Key/JSON storage with optimistic concurrency, after Bot Builder's IStorage.
/// Write rules (the eTag contract, tested once for every backend by StorageContract):
/// an item with a null eTag is created and conflicts if the key exists; a matching eTag
/// replaces and yields a new eTag; a stale eTag throws <see cref="EtagConflictException"/>;
/// "*" writes unconditionally. A write of several keys is all-or-nothing.
/// </summary>
public interface IStorage
{
    Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken);

    /// <returns>The new eTag of every key written.</returns>
    Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyDictionary<string, StoreItem> changes, CancellationToken cancellationToken);

    Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken);

    /// <summary>Deletes every item not written since <paramref name="cutoff"/> (retention); returns how many.</summary>
    Task<int> DeleteOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken);

    /// <summary>
    /// Every item whose key starts with <paramref name="prefix"/> (taken literally, no wildcards), with its eTag,
    /// in ordinal key order. For small key spaces that are listed whole, such as an outbox.
    /// </summary>
    Task<IReadOnlyList<KeyValuePair<string, StoreItem>>> ReadByPrefixAsync(string prefix, CancellationToken cancellationToken);

    /// <summary>Deletes every item whose key starts with <paramref name="prefix"/> (erasure); returns how many.</summary>
    Task<int> DeleteByPrefixAsync(string prefix, CancellationToken cancellationToken);
}
