using System.Globalization;
using System.Text.Json;
using BackCare.Bot.Framework.Schema;
using BackCare.Bot.Framework.State;

namespace BackCare.Bot.Triage;

/// <summary>
/// The audit log over its own <see cref="IStorage"/> (the symptom_check_audit table, never bot_state), so the
/// state retention sweep cannot delete it. One JSON document per check, created once and never updated, under
/// <c>audit/{conversationHash}/event-{eventId}</c> (or <c>{yyyyMMddHHmmssfff}-{id}</c> when the activity had no id):
/// erasing a conversation is one prefix delete.
/// </summary>
public sealed class StorageSymptomCheckAuditLog : ISymptomCheckAuditLog
{
    /// <summary>The service key of the audit <see cref="IStorage"/>; the unkeyed IStorage is conversation state.</summary>
    public const string StorageServiceKey = "symptom-check-audit";

    private readonly IStorage _storage;
    private readonly Func<Guid> _newId;

    public StorageSymptomCheckAuditLog([FromKeyedServices(StorageServiceKey)] IStorage storage)
        : this(storage, Guid.NewGuid)
    {
    }

    /// <summary>For tests that need to know the key a record is written under.</summary>
    internal StorageSymptomCheckAuditLog(IStorage storage, Func<Guid> newId)
    {
        _storage = storage;
        _newId = newId;
    }

    public static string PrefixFor(string conversationHash) => $"audit/{conversationHash}/";

    public static string KeyFor(string conversationHash, DateTimeOffset timestamp, Guid id) =>
        PrefixFor(conversationHash) + timestamp.UtcDateTime.ToString("yyyyMMddHHmmssfff", CultureInfo.InvariantCulture) + "-" + id.ToString("N");

    public async Task WriteAsync(SymptomCheckAuditRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);

        // A raw conversation id here would be stored and, in the key, break erasure by prefix.
        if (!AuditHash.IsHash(record.ConversationHash))
        {
            throw new ArgumentException(
                "ConversationHash must be AuditHash.ForConversation(conversationId), never the conversation id itself.", nameof(record));
        }

        // One key per event: a turn replayed after an eTag conflict writes to the same key, and a create never
        // overwrites, so the record is kept exactly once.
        var key = record.EventId is { } eventId && AuditHash.IsHash(eventId)
            ? PrefixFor(record.ConversationHash) + "event-" + eventId
            : KeyFor(record.ConversationHash, record.Timestamp, _newId());
        var json = JsonSerializer.Serialize(record, ProtocolJson.Options);

        // A null eTag creates: an audit record is never overwritten. A conflict on an event's key means the
        // same event was already recorded (the first attempt of a replayed turn): nothing more to write.
        try
        {
            await _storage.WriteAsync(new Dictionary<string, StoreItem> { [key] = new(json, null) }, cancellationToken);
        }
        catch (EtagConflictException) when (record.EventId is not null)
        {
        }
    }

    public Task<int> EraseConversationAsync(string conversationId, CancellationToken cancellationToken) =>
        EraseAsync(_storage, conversationId, cancellationToken);

    internal static Task<int> EraseAsync(IStorage storage, string conversationId, CancellationToken cancellationToken) =>
        storage.DeleteByPrefixAsync(PrefixFor(AuditHash.ForConversation(conversationId)), cancellationToken);
}
