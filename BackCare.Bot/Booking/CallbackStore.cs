using System.Text.Json;
using System.Text.Json.Serialization;
using BackCare.Bot.Framework.State;

namespace BackCare.Bot.Booking;

/// <summary>
/// Call-back requests over their own <see cref="IStorage"/> (the callback_requests table). Two keys per request:
/// <c>callback/{reference}</c> holds the request, and <c>callback-user/{userHash}/{reference}</c> (empty) indexes it
/// by who made it, so "delete my data" finds a user's requests without reading anyone else's. Both are created in
/// one all-or-nothing write; a create never overwrites, which is what makes references unique. Every change is a
/// read, a change and a write with the eTag, repeated on a conflict, so the outbox, other instances and staff can
/// change one request at once without losing an update.
/// </summary>
public sealed class CallbackStore([FromKeyedServices(CallbackStore.StorageServiceKey)] IStorage storage)
{
    /// <summary>The service key of the call-back <see cref="IStorage"/>; the unkeyed IStorage is conversation state.</summary>
    public const string StorageServiceKey = "callback-requests";

    public const string RequestPrefix = "callback/";

    public const string UserPrefix = "callback-user/";

    private const int ConflictRetries = 20;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static string RequestKey(string reference) => RequestPrefix + reference;

    public static string UserIndexKey(string userHash, string reference) => $"{UserPrefix}{userHash}/{reference}";

    /// <summary>Commits a new request; false when its reference is taken (the caller picks another).</summary>
    public async Task<bool> TryCreateAsync(CallbackRequest request, CancellationToken cancellationToken)
    {
        try
        {
            await storage.WriteAsync(
                new Dictionary<string, StoreItem>
                {
                    [RequestKey(request.Reference)] = new(Serialize(request), null),
                    [UserIndexKey(request.UserHash, request.Reference)] = new("{}", null),
                },
                cancellationToken);
            return true;
        }
        catch (EtagConflictException)
        {
            return false;
        }
    }

    public async Task<CallbackRequest?> ReadAsync(string reference, CancellationToken cancellationToken)
    {
        var key = RequestKey(reference);
        var items = await storage.ReadAsync([key], cancellationToken);
        return items.TryGetValue(key, out var item) ? Deserialize(item.Json) : null;
    }

    /// <summary>Every stored request, oldest first. The table holds only requests not yet past retention, so it stays small.</summary>
    public async Task<IReadOnlyList<CallbackRequest>> ListAsync(CancellationToken cancellationToken)
    {
        var items = await storage.ReadByPrefixAsync(RequestPrefix, cancellationToken);
        return items.Select(i => Deserialize(i.Value.Json)).OrderBy(r => r.SubmittedAt).ThenBy(r => r.Reference, StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// Applies <paramref name="change"/> to the stored request and writes it with its eTag, again on fresh data after a
    /// conflict. Returns what is stored afterwards, or null when there is no such request. A change that returns its
    /// input unchanged writes nothing; one that throws writes nothing and the exception propagates.
    /// </summary>
    public async Task<CallbackRequest?> UpdateAsync(string reference, Func<CallbackRequest, CallbackRequest> change, CancellationToken cancellationToken)
    {
        var key = RequestKey(reference);
        for (var attempt = 0; ; attempt++)
        {
            var items = await storage.ReadAsync([key], cancellationToken);
            if (!items.TryGetValue(key, out var item))
            {
                return null;
            }

            var current = Deserialize(item.Json);
            var changed = change(current);
            if (ReferenceEquals(changed, current))
            {
                return current;
            }

            try
            {
                await storage.WriteAsync(new Dictionary<string, StoreItem> { [key] = new(Serialize(changed), item.ETag) }, cancellationToken);
                return changed;
            }
            catch (EtagConflictException) when (attempt < ConflictRetries)
            {
                // Someone else changed it (the other channel's worker, another instance, staff): read again.
            }
        }
    }

    /// <summary>The references of this user's requests, including index keys whose request is already gone.</summary>
    public async Task<IReadOnlyList<string>> ReferencesOfUserAsync(string userHash, CancellationToken cancellationToken)
    {
        var prefix = $"{UserPrefix}{userHash}/";
        var items = await storage.ReadByPrefixAsync(prefix, cancellationToken);
        return items.Select(i => i.Key[prefix.Length..]).ToList();
    }

    /// <summary>
    /// Deletes a request and then its index key. In that order, an interrupted delete leaves at most an index key
    /// pointing at nothing (erasure deletes those too), never a request that erasure could no longer find.
    /// </summary>
    public async Task DeleteAsync(string userHash, string reference, CancellationToken cancellationToken)
    {
        await storage.DeleteAsync([RequestKey(reference)], cancellationToken);
        await storage.DeleteAsync([UserIndexKey(userHash, reference)], cancellationToken);
    }

    private static string Serialize(CallbackRequest request) => JsonSerializer.Serialize(request, Json);

    private static CallbackRequest Deserialize(string json) =>
        JsonSerializer.Deserialize<CallbackRequest>(json, Json) ?? throw new InvalidOperationException("A stored call-back request is empty.");
}
