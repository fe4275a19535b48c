using BackCare.Bot.Framework.Schema;
using BackCare.Bot.Framework.State;
using BackCare.Bot.Framework.Turns;
using BackCare.Bot.Storage;
using Microsoft.Extensions.Logging.Abstractions;

namespace BackCare.Bot.Tests.Framework.Turns;

/// <summary>Two messages of one conversation arriving at once must neither lose nor corrupt state.</summary>
public sealed class CloudAdapterConcurrencyTests
{
    [Fact]
    public async Task SimultaneousTurnsInOneProcessLoseNoUpdate()
    {
        var storage = new InMemoryStorage();
        var (adapter, bot) = CreateAdapter(storage, new ConversationLocks());

        await Task.WhenAll(Enumerable.Range(0, 40).Select(i => Task.Run(() => adapter.ProcessActivityAsync(Message($"m{i}"), bot, CancellationToken.None))));

        Assert.Equal(40, await ReadCounterAsync(storage));
    }

    [Fact]
    public async Task SimultaneousTurnsOnTwoInstancesSharingStorageLoseNoUpdate()
    {
        // Two adapters with their own locks stand for two scaled-out instances: only the eTag protects the state.
        var storage = new InMemoryStorage();
        var (first, bot1) = CreateAdapter(storage, new ConversationLocks(), yieldInsideTurn: true);
        var (second, bot2) = CreateAdapter(storage, new ConversationLocks(), yieldInsideTurn: true);

        var turns = Enumerable.Range(0, 10).SelectMany(i => new[]
        {
            Task.Run(() => first.ProcessActivityAsync(Message($"a{i}"), bot1, CancellationToken.None)),
            Task.Run(() => second.ProcessActivityAsync(Message($"b{i}"), bot2, CancellationToken.None)),
        });
        var outcomes = await Task.WhenAll(turns);

        var counter = await ReadCounterAsync(storage);
        var apologies = outcomes.Count(o => o.ExpectedReplies!.Any(r => r.Text == "sorry"));
        Assert.Equal(20, counter + apologies);
        Assert.All(outcomes, o => Assert.NotEmpty(o.ExpectedReplies!));
    }

    [Fact]
    public async Task RepliesOfAReplayedTurnAreSentOnce()
    {
        var storage = new ConflictOnceStorage(new InMemoryStorage());
        var (adapter, bot) = CreateAdapter(storage, new ConversationLocks());

        var outcome = await adapter.ProcessActivityAsync(Message("hi"), bot, CancellationToken.None);

        Assert.Equal(["count 1"], outcome.ExpectedReplies!.Select(r => r.Text));
        Assert.Equal(1, await ReadCounterAsync(storage));
    }

    private static (CloudAdapter Adapter, IBot Bot) CreateAdapter(IStorage storage, ConversationLocks locks, bool yieldInsideTurn = false)
    {
        var state = new ConversationState(storage);
        var adapter = new CloudAdapter(
            new Mock<IConnectorClient>(MockBehavior.Strict).Object,
            new BotStateSet([state]),
            locks,
            new ApologisingErrorHandler(),
            NullLogger<CloudAdapter>.Instance);
        return (adapter, new CountingBot(state, yieldInsideTurn));
    }

    private static Activity Message(string text) => new()
    {
        Type = ActivityTypes.Message,
        Text = text,
        Id = Guid.NewGuid().ToString("N"),
        ChannelId = ChannelIds.Test,
        DeliveryMode = DeliveryModes.ExpectReplies,
        Conversation = new ConversationAccount { Id = "shared-conversation" },
        From = new ChannelAccount { Id = "user" },
        Recipient = new ChannelAccount { Id = "bot" },
    };

    private static async Task<int> ReadCounterAsync(IStorage storage)
    {
        var items = await storage.ReadAsync(["test/conversations/shared-conversation"], CancellationToken.None);
        var json = System.Text.Json.Nodes.JsonNode.Parse(items.Values.Single().Json)!;
        return json["counter"]!["value"]!.GetValue<int>();
    }

    private sealed class Counter
    {
        public int Value { get; set; }
    }

    private sealed class CountingBot(ConversationState state, bool yieldInsideTurn) : IBot
    {
        private readonly IStatePropertyAccessor<Counter> _counter = state.CreateProperty<Counter>("counter");

        public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
        {
            var counter = await _counter.GetAsync(turnContext, () => new Counter(), cancellationToken);
            if (yieldInsideTurn)
            {
                await Task.Yield();
            }

            counter.Value++;
            await turnContext.SendActivityAsync($"count {counter.Value}", cancellationToken);
        }
    }

    private sealed class ApologisingErrorHandler : ITurnErrorHandler
    {
        public Task OnTurnErrorAsync(ITurnContext turnContext, Exception exception, CancellationToken cancellationToken) =>
            turnContext.SendActivityAsync("sorry", cancellationToken);
    }

    /// <summary>Fails the first write with a conflict, as if another instance had written in between.</summary>
    private sealed class ConflictOnceStorage(IStorage inner) : IStorage
    {
        private int _writes;

        public Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken) => inner.ReadAsync(keys, cancellationToken);

        public Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyDictionary<string, StoreItem> changes, CancellationToken cancellationToken) =>
            Interlocked.Increment(ref _writes) == 1
                ? throw new EtagConflictException(changes.Keys.First())
                : inner.WriteAsync(changes, cancellationToken);

        public Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken) => inner.DeleteAsync(keys, cancellationToken);

        public Task<int> DeleteOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken) => inner.DeleteOlderThanAsync(cutoff, cancellationToken);

        public Task<IReadOnlyList<KeyValuePair<string, StoreItem>>> ReadByPrefixAsync(string prefix, CancellationToken cancellationToken) =>
            inner.ReadByPrefixAsync(prefix, cancellationToken);

        public Task<int> DeleteByPrefixAsync(string prefix, CancellationToken cancellationToken) => inner.DeleteByPrefixAsync(prefix, cancellationToken);
    }
}
