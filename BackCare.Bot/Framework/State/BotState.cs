using System.Buffers;
using System.Text;
using System.Text.Json;
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
        private List<KeyValuePair<string, JsonElement>> _raw;

        private CachedState(List<KeyValuePair<string, JsonElement>> raw, string originalJson, string? eTag)
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
            // A JsonElement (not a JsonNode tree) per property: parsed once, materialised only when read.
            var root = JsonSerializer.Deserialize<JsonElement>(item.Json, ProtocolJson.Options);
            var raw = root.ValueKind == JsonValueKind.Object ? root.EnumerateObject().Select(p => KeyValuePair.Create(p.Name, p.Value)).ToList() : [];
            return new CachedState(raw, item.Json, item.ETag);
        }

        public bool TryGet<T>(string name, out T? value)
        {
            if (Values.TryGetValue(name, out var cached))
            {
                value = (T?)cached;
                return true;
            }

            foreach (var (key, element) in _raw)
            {
                if (key == name && element.ValueKind != JsonValueKind.Null)
                {
                    value = element.Deserialize<T>(ProtocolJson.Options);
                    Values[name] = value;
                    return true;
                }
            }

            value = default;
            return false;
        }

        public void Set(string name, object? value) => Values[name] = value;

        public void Remove(string name)
        {
            Values.Remove(name);
            _raw.RemoveAll(p => p.Key == name);
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
            var buffer = new ArrayBufferWriter<byte>(OriginalJson.Length + 256);
            using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = ProtocolJson.Options.Encoder }))
            {
                writer.WriteStartObject();
                foreach (var (name, element) in _raw)
                {
                    writer.WritePropertyName(name);
                    if (Values.TryGetValue(name, out var value))
                    {
                        WriteValue(writer, value);
                    }
                    else
                    {
                        element.WriteTo(writer);
                    }
                }

                foreach (var (name, value) in Values)
                {
                    if (!_raw.Exists(p => p.Key == name))
                    {
                        writer.WritePropertyName(name);
                        WriteValue(writer, value);
                    }
                }

                writer.WriteEndObject();
            }

            return Encoding.UTF8.GetString(buffer.WrittenSpan);
        }

        public void MarkSaved(string json, string eTag)
        {
            OriginalJson = json;
            ETag = eTag;
            Deleted = false;
        }

        private static void WriteValue(Utf8JsonWriter writer, object? value)
        {
            if (value is null)
            {
                writer.WriteNullValue();
            }
            else
            {
                JsonSerializer.Serialize(writer, value, value.GetType(), ProtocolJson.Options);
            }
        }
    }
}
