using System.Text.Json;
using BackCare.Bot.Framework.Schema;
using BackCare.Bot.Framework.State;
using BackCare.Bot.Storage;
using BackCare.Bot.Tests.Storage;
using BackCare.Bot.Triage;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace BackCare.Bot.Tests.Triage;

/// <summary>
/// <see cref="StorageSymptomCheckAuditLog"/> and both retention sweeps on one backend, wired as the app wires
/// them: state and audit in the same database but different tables (Memory: two instances). Inherited once per
/// backend; xunit makes new, empty storages for every test.
/// </summary>
public abstract class SymptomCheckAuditLogContract : IAsyncLifetime
{
    private static readonly Guid RecordId = Guid.Parse("0b6c3f1e-8a52-4d2e-9d41-7c5e2a9f1b30");

    protected FakeTimeProvider Time { get; } = new(SampleAuditRecords.Timestamp);

    protected IStorage StateStorage { get; private set; } = null!;

    protected IStorage AuditStorage { get; private set; } = null!;

    public async Task InitializeAsync() => (StateStorage, AuditStorage) = await CreateStoragesAsync(Time);

    public async Task DisposeAsync()
    {
        await DisposeAsync(AuditStorage);
        await DisposeAsync(StateStorage);
        await CleanUpAsync();
    }

    /// <summary>The state storage and the audit storage (table symptom_check_audit) of one new, empty database.</summary>
    protected abstract Task<(IStorage State, IStorage Audit)> CreateStoragesAsync(TimeProvider timeProvider);

    protected virtual Task CleanUpAsync() => Task.CompletedTask;

    [StoreFact]
    public async Task AnEventWrittenAgainByAReplayedTurnIsKeptOnce()
    {
        var log = new StorageSymptomCheckAuditLog(AuditStorage);
        var eventId = AuditHash.ForEvent("webchat-conversation-1", "activity-7", "completed");
        var first = SampleAuditRecords.For("webchat-conversation-1") with { EventId = eventId };
        var replayed = first with { Timestamp = first.Timestamp.AddMilliseconds(40) };
        var another = first with { EventId = AuditHash.ForEvent("webchat-conversation-1", "activity-9", "completed") };

        await log.WriteAsync(first, CancellationToken.None);
        await log.WriteAsync(replayed, CancellationToken.None);
        await log.WriteAsync(another, CancellationToken.None);

        Assert.Equal(2, await log.EraseConversationAsync("webchat-conversation-1", CancellationToken.None));
    }

    [StoreFact]
    public async Task WrittenRecordReadsBackUnderItsKeyWithEveryField()
    {
        var log = new StorageSymptomCheckAuditLog(AuditStorage, () => RecordId);
        var record = SampleAuditRecords.For("webchat-conversation-1");

        await log.WriteAsync(record, CancellationToken.None);

        var key = $"audit/{AuditHash.ForConversation("webchat-conversation-1")}/20260105090000123-0b6c3f1e8a524d2e9d417c5e2a9f1b30";
        var item = Assert.Single(await AuditStorage.ReadAsync([key], CancellationToken.None)).Value;
        Assert.False(string.IsNullOrEmpty(item.ETag));
        var read = JsonSerializer.Deserialize<SymptomCheckAuditRecord>(item.Json, ProtocolJson.Options)!;
        Assert.Equal(record.Timestamp, read.Timestamp);
        Assert.Equal(record.ConversationHash, read.ConversationHash);
        Assert.Equal("2026-01-02", read.ContentVersion);
        Assert.Equal("completed", read.Outcome);
        Assert.Equal(["saddle_numbness", "bladder_bowel", "pain_score", "onset"], read.QuestionsAsked);
        Assert.Equal(record.Answers.OrderBy(a => a.Key, StringComparer.Ordinal), read.Answers.OrderBy(a => a.Key, StringComparer.Ordinal));
        Assert.Equal(["pain_score_high"], read.RulesFired);
        Assert.Equal("assess", read.Disposition);
    }

    [StoreFact]
    public async Task StoredJsonHoldsTheHashAndNeverTheConversationId()
    {
        const string conversationId = "8fLq2Zx9-teams-conversation";
        var log = new StorageSymptomCheckAuditLog(AuditStorage, () => RecordId);

        await log.WriteAsync(SampleAuditRecords.For(conversationId, disposition: null), CancellationToken.None);

        var hash = AuditHash.ForConversation(conversationId);
        var key = StorageSymptomCheckAuditLog.KeyFor(hash, SampleAuditRecords.Timestamp, RecordId);
        var json = (await AuditStorage.ReadAsync([key], CancellationToken.None))[key].Json;
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        Assert.Equal(hash, root.GetProperty("conversationHash").GetString());
        Assert.Equal("7", root.GetProperty("answers").GetProperty("pain_score").GetString());
        Assert.Equal(JsonValueKind.Array, root.GetProperty("questionsAsked").ValueKind);
        Assert.Equal(JsonValueKind.Array, root.GetProperty("rulesFired").ValueKind);
        Assert.False(root.TryGetProperty("disposition", out _));
        Assert.DoesNotContain(conversationId, json, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(conversationId, key, StringComparison.OrdinalIgnoreCase);
    }

    [StoreFact]
    public async Task AuditRecordsAreNotWrittenToTheStateStorage()
    {
        var log = new StorageSymptomCheckAuditLog(AuditStorage, () => RecordId);

        await log.WriteAsync(SampleAuditRecords.For("conversation-a"), CancellationToken.None);

        var key = StorageSymptomCheckAuditLog.KeyFor(AuditHash.ForConversation("conversation-a"), SampleAuditRecords.Timestamp, RecordId);
        Assert.Single(await AuditStorage.ReadAsync([key], CancellationToken.None));
        Assert.Empty(await StateStorage.ReadAsync([key], CancellationToken.None));
    }

    [StoreFact]
    public async Task EraseRemovesOnlyThatConversationsRecords()
    {
        var ids = new Queue<Guid>(Enumerable.Range(1, 4).Select(i => new Guid(i, 0, 0, new byte[8])));
        var log = new StorageSymptomCheckAuditLog(AuditStorage, ids.Dequeue);
        var later = SampleAuditRecords.Timestamp.AddMinutes(5);
        await log.WriteAsync(SampleAuditRecords.For("conversation-a"), CancellationToken.None);
        await log.WriteAsync(SampleAuditRecords.For("conversation-a", later), CancellationToken.None);
        await log.WriteAsync(SampleAuditRecords.For("conversation-b"), CancellationToken.None);
        await log.WriteAsync(SampleAuditRecords.For("conversation-a-2"), CancellationToken.None);
        await WriteStateAsync("webchat/conversations/conversation-a");

        var erased = await log.EraseConversationAsync("conversation-a", CancellationToken.None);
        var erasedAgain = await log.EraseConversationAsync("conversation-a", CancellationToken.None);

        Assert.Equal(2, erased);
        Assert.Equal(0, erasedAgain);
        var keys = new[]
        {
            KeyOf("conversation-a", SampleAuditRecords.Timestamp, 1),
            KeyOf("conversation-a", later, 2),
            KeyOf("conversation-b", SampleAuditRecords.Timestamp, 3),
            KeyOf("conversation-a-2", SampleAuditRecords.Timestamp, 4),
        };
        var left = await AuditStorage.ReadAsync(keys, CancellationToken.None);
        Assert.Equal(new[] { keys[2], keys[3] }.Order(StringComparer.Ordinal), left.Keys.Order(StringComparer.Ordinal));
        Assert.Single(await StateStorage.ReadAsync(["webchat/conversations/conversation-a"], CancellationToken.None));

        static string KeyOf(string conversationId, DateTimeOffset at, int id) =>
            StorageSymptomCheckAuditLog.KeyFor(AuditHash.ForConversation(conversationId), at, new Guid(id, 0, 0, new byte[8]));
    }

    [StoreFact]
    public async Task StateRetentionSweepLeavesAuditRecordsAlone()
    {
        var log = new StorageSymptomCheckAuditLog(AuditStorage, () => RecordId);
        await log.WriteAsync(SampleAuditRecords.For("conversation-a"), CancellationToken.None);
        await WriteStateAsync("webchat/conversations/conversation-a");
        Time.Advance(TimeSpan.FromDays(31));

        var deleted = await StateSweep().SweepOnceAsync(CancellationToken.None);

        Assert.Equal(1, deleted);
        Assert.Empty(await StateStorage.ReadAsync(["webchat/conversations/conversation-a"], CancellationToken.None));
        var key = StorageSymptomCheckAuditLog.KeyFor(AuditHash.ForConversation("conversation-a"), SampleAuditRecords.Timestamp, RecordId);
        Assert.Single(await AuditStorage.ReadAsync([key], CancellationToken.None));
    }

    [StoreFact]
    public async Task AuditSweepDeletesRecordsOlderThanAuditRetentionAndLeavesStateAlone()
    {
        var oldId = Guid.Parse("00000000-0000-0000-0000-000000000001");
        var recentId = Guid.Parse("00000000-0000-0000-0000-000000000002");
        var ids = new Queue<Guid>([oldId, recentId]);
        var log = new StorageSymptomCheckAuditLog(AuditStorage, ids.Dequeue);
        await log.WriteAsync(SampleAuditRecords.For("conversation-old"), CancellationToken.None);
        await WriteStateAsync("webchat/conversations/conversation-old");
        Time.Advance(TimeSpan.FromDays(60));
        await log.WriteAsync(SampleAuditRecords.For("conversation-recent", Time.GetUtcNow()), CancellationToken.None);
        Time.Advance(TimeSpan.FromDays(31));

        var deleted = await AuditSweep(TimeSpan.FromDays(90)).SweepOnceAsync(CancellationToken.None);

        Assert.Equal(1, deleted);
        var old = StorageSymptomCheckAuditLog.KeyFor(AuditHash.ForConversation("conversation-old"), SampleAuditRecords.Timestamp, oldId);
        var recent = StorageSymptomCheckAuditLog.KeyFor(AuditHash.ForConversation("conversation-recent"), SampleAuditRecords.Timestamp.AddDays(60), recentId);
        var left = await AuditStorage.ReadAsync([old, recent], CancellationToken.None);
        Assert.Equal([recent], left.Keys);

        // Written 91 days ago, far past the audit cutoff: the audit sweep must not have seen it.
        Assert.Single(await StateStorage.ReadAsync(["webchat/conversations/conversation-old"], CancellationToken.None));
    }

    [StoreFact]
    public async Task AuditRecordsAreKeptForTheDefaultYearAndNoLonger()
    {
        var log = new StorageSymptomCheckAuditLog(AuditStorage, () => RecordId);
        await log.WriteAsync(SampleAuditRecords.For("conversation-a"), CancellationToken.None);
        var sweep = AuditSweep(new AuditOptions().Retention);

        Time.Advance(TimeSpan.FromDays(364));
        var withinTheYear = await sweep.SweepOnceAsync(CancellationToken.None);
        Time.Advance(TimeSpan.FromDays(2));
        var afterTheYear = await sweep.SweepOnceAsync(CancellationToken.None);

        Assert.Equal(0, withinTheYear);
        Assert.Equal(1, afterTheYear);
    }

    private static async Task DisposeAsync(IStorage? storage)
    {
        switch (storage)
        {
            case IAsyncDisposable asyncDisposable:
                await asyncDisposable.DisposeAsync();
                break;
            case IDisposable disposable:
                disposable.Dispose();
                break;
        }
    }

    private Task WriteStateAsync(string key) =>
        StateStorage.WriteAsync(new Dictionary<string, StoreItem> { [key] = new("""{"dialogStack":[]}""", null) }, CancellationToken.None);

    private RetentionService StateSweep() =>
        new(StateStorage, Options.Create(new StorageOptions()), Time, NullLogger<RetentionService>.Instance);

    private AuditRetentionService AuditSweep(TimeSpan retention) => new(
        AuditStorage,
        Options.Create(new AuditOptions { Retention = retention }),
        Options.Create(new StorageOptions()),
        Time,
        NullLogger<AuditRetentionService>.Instance);
}
