using System.Text.Json;
using System.Text.Json.Nodes;
using BackCare.Bot.Framework.Schema;
using BackCare.Bot.Framework.Turns;

namespace BackCare.Bot.Framework.State;

/// <summary>
/// A bag of named properties persisted as one JSON document per key (conversation or user),
/// loaded once per turn and saved with its eTag (STYLE convention 8).
/// Property values are materialised as typed objects for the turn and serialised back on save,
/// so stored state is always typed JSON, never an object bag.
/// </summary>
public abstract class BotState(IStorage storage, string name)
{
    private readonly string _cacheKey = $"BotState:{name}";

    public string Name { get; } = name;

    protected IStorage Storage { get; } = storage;

    /// <summary>The storage key for this turn, or null when the activity lacks the ids it needs.</summary>
    public abstract string? GetStorageKey(ITurnContext turnContext);

    public IStatePropertyAccessor<T> CreateProperty<T>(string propertyName) => new StatePropertyAccessor<T>(this, propertyName);

    public async Task LoadAsync(ITurnContext turnContext, bool force, CancellationToken cancellationToken)
    {
        var key = GetStorageKey(turnContext);
        if (key is null || (!force && turnContext.TurnState.ContainsKey(_cacheKey)))
        {
            return;
        }

        var items = await Storage.ReadAsync([key], cancellationToken);
        turnContext.TurnState[_cacheKey] = items.TryGetValue(key, out var item)
            ? CachedState.From(item)
            : CachedState.Empty();
    }

    public async Task SaveChangesAsync(ITurnContext turnContext, bool force, CancellationToken cancellationToken)
    {
        var key = GetStorageKey(turnContext);
        if (key is null || !turnContext.TurnState.TryGetValue(_cacheKey, out var value) || value is not CachedState cached)
        {
            return;
        }

        var json = cached.Serialize();
        if (!force && json == cached.OriginalJson)
        {
            return;
        }

        if (cached.Deleted && cached.Values.Count == 0 && cached.ETag is not null)
        {
            await Storage.DeleteAsync([key], cancellationToken);
            turnContext.TurnState.Remove(_cacheKey);
            return;
        }

        var etags = await Storage.WriteAsync(
            new Dictionary<string, StoreItem> { [key] = new StoreItem(json, force ? StoreItem.AnyETag : cached.ETag) },
            cancellationToken);
        cached.MarkSaved(json, etags[key]);
    }

    /// <summary>Empties the state for this turn; the next save deletes the stored document.</summary>
    public Task ClearStateAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        if (turnContext.TurnState.TryGetValue(_cacheKey, out var value) && value is CachedState cached)
        {
            cached.Clear();
        }
        else
        {
            var empty = CachedState.Empty();
            empty.Clear();
            turnContext.TurnState[_cacheKey] = empty;
        }

        return Task.CompletedTask;
    }

    /// <summary>Deletes the stored document at once (erasure).</summary>
    public async Task DeleteAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        turnContext.TurnState.Remove(_cacheKey);
        var key = GetStorageKey(turnContext);
        if (key is not null)
        {
            await Storage.DeleteAsync([key], cancellationToken);
        }
    }

    internal async Task<CachedState> GetCacheAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        if (!turnContext.TurnState.TryGetValue(_cacheKey, out var value))
        {
            await LoadAsync(turnContext, force: false, cancellationToken);
            if (!turnContext.TurnState.TryGetValue(_cacheKey, out value))
            {
                value = CachedState.Empty();
                turnContext.TurnState[_cacheKey] = value;
            }
        }

        return (CachedState)value;
    }

    internal sealed class CachedState
    {
        private JsonObject _raw;

        private CachedState(JsonObject raw, string originalJson, string? eTag)
        {
            _raw = raw;
            OriginalJson = originalJson;
            ETag = eTag;
        }

        public Dictionary<string, object?> Values { get; } = new(StringComparer.Ordinal);

        public string OriginalJson { get; private set; }

        public string? ETag { get; private set; }

        public bool Deleted { get; private set; }

        public static CachedState Empty() => new([], "{}", null);

        public static CachedState From(StoreItem item)
        {
            var node = JsonNode.Parse(item.Json) as JsonObject ?? [];
            return new CachedState(node, item.Json, item.ETag);
        }

        public bool TryGet<T>(string name, out T? value)
        {
            if (Values.TryGetValue(name, out var cached))
            {
                value = (T?)cached;
                return true;
            }

            if (_raw.TryGetPropertyValue(name, out var node) && node is not null)
            {
                value = node.Deserialize<T>(ProtocolJson.Options);
                Values[name] = value;
                return true;
            }

            value = default;
            return false;
        }

        public void Set(string name, object? value) => Values[name] = value;

        public void Remove(string name)
        {
            Values.Remove(name);
            _raw.Remove(name);
        }

        public void Clear()
        {
            Values.Clear();
            _raw = [];
            Deleted = true;
        }

        public string Serialize()
        {
            // Keep the stored property order: a property that was read but not changed must leave the JSON
            // identical to OriginalJson, or SaveChangesAsync writes (and can eTag-conflict) on read-only turns.
            var result = new JsonObject();
            foreach (var (name, node) in _raw)
            {
                result[name] = Values.TryGetValue(name, out var value) ? ToNode(value) : node?.DeepClone();
            }

            foreach (var (name, value) in Values)
            {
                if (!_raw.ContainsKey(name))
                {
                    result[name] = ToNode(value);
                }
            }

            return result.ToJsonString(ProtocolJson.Options);
        }

        private static JsonNode? ToNode(object? value) =>
            value is null ? null : JsonSerializer.SerializeToNode(value, value.GetType(), ProtocolJson.Options);

        public void MarkSaved(string json, string eTag)
        {
            OriginalJson = json;
            ETag = eTag;
            Deleted = false;
        }
    }
}
