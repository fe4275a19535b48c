using BackCare.Bot.Framework.State;
using BackCare.Bot.Storage;
using BackCare.Bot.Triage;

namespace BackCare.Bot.Tests.Triage;

/// <summary>What the log checks and how it names records, whatever the backend (the backends run SymptomCheckAuditLogContract).</summary>
public sealed class StorageSymptomCheckAuditLogTests
{
    [Fact]
    public async Task RecordCarryingTheRawConversationIdIsRefusedAndNothingIsStored()
    {
        var storage = new Mock<IStorage>(MockBehavior.Strict);
        var log = new StorageSymptomCheckAuditLog(storage.Object);
        var record = SampleAuditRecords.For("conversation-a") with { ConversationHash = "conversation-a" };

        var error = await Assert.ThrowsAsync<ArgumentException>(() => log.WriteAsync(record, CancellationToken.None));

        Assert.Contains("AuditHash.ForConversation", error.Message, StringComparison.Ordinal);
        storage.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task RecordIsCreatedWithANullETagUnderAKeyOfHashUtcTimeAndId()
    {
        IReadOnlyDictionary<string, StoreItem>? written = null;
        var storage = new Mock<IStorage>();
        storage.Setup(s => s.WriteAsync(It.IsAny<IReadOnlyDictionary<string, StoreItem>>(), It.IsAny<CancellationToken>()))
            .Callback<IReadOnlyDictionary<string, StoreItem>, CancellationToken>((changes, _) => written = changes)
            .ReturnsAsync(new Dictionary<string, string>());
        var id = Guid.Parse("5d1e7f2a-3b4c-4d5e-8f60-718293a4b5c6");
        var log = new StorageSymptomCheckAuditLog(storage.Object, () => id);
        var inLondonSummerTime = new DateTimeOffset(2026, 7, 1, 10, 30, 15, 42, TimeSpan.FromHours(1));

        await log.WriteAsync(SampleAuditRecords.For("conversation-a", inLondonSummerTime), CancellationToken.None);

        var (key, item) = Assert.Single(written!);
        Assert.Equal($"audit/{AuditHash.ForConversation("conversation-a")}/20260701093015042-5d1e7f2a3b4c4d5e8f60718293a4b5c6", key);
        Assert.Null(item.ETag);
    }

    [Fact]
    public async Task EraseDeletesByTheConversationsHashPrefix()
    {
        var storage = new Mock<IStorage>();
        storage.Setup(s => s.DeleteByPrefixAsync(It.IsAny<string>(), It.IsAny<CancellationToken>())).ReturnsAsync(3);
        var log = new StorageSymptomCheckAuditLog(storage.Object);

        var erased = await log.EraseConversationAsync("conversation-a", CancellationToken.None);

        Assert.Equal(3, erased);
        storage.Verify(s => s.DeleteByPrefixAsync($"audit/{AuditHash.ForConversation("conversation-a")}/", It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task DisabledLogWritesNothingButStillErasesRecordsKeptBefore()
    {
        var storage = new InMemoryStorage();
        var enabled = new StorageSymptomCheckAuditLog(storage);
        var disabled = new DisabledSymptomCheckAuditLog(storage);
        await enabled.WriteAsync(SampleAuditRecords.For("conversation-a"), CancellationToken.None);

        await disabled.WriteAsync(SampleAuditRecords.For("conversation-a", SampleAuditRecords.Timestamp.AddHours(1)), CancellationToken.None);
        await disabled.WriteAsync(SampleAuditRecords.For("conversation-b"), CancellationToken.None);
        var erasedA = await disabled.EraseConversationAsync("conversation-a", CancellationToken.None);
        var erasedB = await disabled.EraseConversationAsync("conversation-b", CancellationToken.None);

        Assert.Equal(1, erasedA);
        Assert.Equal(0, erasedB);
    }
}
