using BackCare.Bot.Tests.Support;

namespace BackCare.Bot.Tests.Triage;

/// <summary>The test double behaves like the real log where conversation tests depend on it.</summary>
public sealed class RecordingAuditLogTests
{
    [Fact]
    public async Task EraseRemovesOnlyThatConversationsRecords()
    {
        var log = new RecordingAuditLog();
        await log.WriteAsync(SampleAuditRecords.For("conversation-a"), CancellationToken.None);
        await log.WriteAsync(SampleAuditRecords.For("conversation-b"), CancellationToken.None);
        await log.WriteAsync(SampleAuditRecords.For("conversation-a", SampleAuditRecords.Timestamp.AddMinutes(1)), CancellationToken.None);

        var erased = await log.EraseConversationAsync("conversation-a", CancellationToken.None);

        Assert.Equal(2, erased);
        var left = Assert.Single(log.Records);
        Assert.Same(left, Assert.Single(log.ForConversation("conversation-b")));
    }

    [Fact]
    public async Task ConcurrentWritesAreAllKept()
    {
        var log = new RecordingAuditLog();

        await Task.WhenAll(Enumerable.Range(0, 200).Select(i =>
            Task.Run(() => log.WriteAsync(SampleAuditRecords.For($"conversation-{i % 7}"), CancellationToken.None))));

        Assert.Equal(200, log.Records.Count);
    }

    [Fact]
    public async Task RecordCarryingTheRawConversationIdIsRefused()
    {
        var log = new RecordingAuditLog();
        var record = SampleAuditRecords.For("conversation-a") with { ConversationHash = "conversation-a" };

        await Assert.ThrowsAsync<ArgumentException>(() => log.WriteAsync(record, CancellationToken.None));

        Assert.Empty(log.Records);
    }
}
