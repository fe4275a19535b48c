using BackCare.Bot.Framework.Schema;
using BackCare.Bot.Framework.State;
using BackCare.Bot.Framework.Turns;
using BackCare.Bot.Storage;

namespace BackCare.Bot.Tests.Framework.State;

public sealed class BotStateTests
{
    private const string Key = "test/conversations/conversation-1";

    private readonly CountingStorage _storage = new(new InMemoryStorage());

    private static TurnContext NewTurn(string conversationId = "conversation-1", string userId = "user-1") => new(new Activity
    {
        Type = ActivityTypes.Message,
        ChannelId = ChannelIds.Test,
        Conversation = new ConversationAccount { Id = conversationId },
        From = new ChannelAccount { Id = userId },
        Text = "hi",
    });

    private async Task<TurnContext> LoadedTurnAsync(BotState state)
    {
        var turn = NewTurn();
        await state.LoadAsync(turn, force: true, CancellationToken.None);
        return turn;
    }

    private async Task RunTurnAsync(BotState state, Func<ITurnContext, Task> act)
    {
        var turn = await LoadedTurnAsync(state);
        await act(turn);
        await state.SaveChangesAsync(turn, force: false, CancellationToken.None);
    }

    [Fact]
    public async Task GetAsyncCreatesTheDefaultOnceAndReturnsTheSameObjectAfterwards()
    {
        var state = new ConversationState(_storage);
        var accessor = state.CreateProperty<Answers>("answers");
        var turn = await LoadedTurnAsync(state);
        var calls = 0;

        var first = await accessor.GetAsync(turn, () => { calls++; return new Answers(); }, CancellationToken.None);
        var second = await accessor.GetAsync(turn, () => { calls++; return new Answers(); }, CancellationToken.None);

        Assert.Equal(1, calls);
        Assert.Same(first, second);
    }

    [Fact]
    public async Task TheDefaultIsSavedAndReadBackNextTurnWithoutCallingTheFactory()
    {
        var state = new ConversationState(_storage);
        var accessor = state.CreateProperty<Answers>("answers");
        await RunTurnAsync(state, turn => accessor.GetAsync(turn, () => new Answers { PainScore = 3 }, CancellationToken.None));

        Answers? read = null;
        await RunTurnAsync(state, async turn => read = await accessor.GetAsync(turn, () => throw new InvalidOperationException("factory called"), CancellationToken.None));

        Assert.Equal(3, read!.PainScore);
    }

    [Fact]
    public async Task SetValuesAreReadBackTypedNextTurn()
    {
        var state = new ConversationState(_storage);
        var answers = state.CreateProperty<Answers>("answers");
        var count = state.CreateProperty<int>("count");
        var seen = state.CreateProperty<DateTimeOffset>("seen");
        var when = new DateTimeOffset(2025, 3, 4, 5, 6, 7, TimeSpan.FromHours(1));
        await RunTurnAsync(state, async turn =>
        {
            await answers.SetAsync(turn, new Answers { PainScore = 8, Areas = ["neck", "shoulder"] }, CancellationToken.None);
            await count.SetAsync(turn, 41, CancellationToken.None);
            await seen.SetAsync(turn, when, CancellationToken.None);
        });

        Answers? readAnswers = null;
        var readCount = 0;
        var readSeen = default(DateTimeOffset);
        await RunTurnAsync(state, async turn =>
        {
            readAnswers = await answers.GetOrDefaultAsync(turn, CancellationToken.None);
            readCount = await count.GetAsync(turn, () => -1, CancellationToken.None);
            readSeen = await seen.GetOrDefaultAsync(turn, CancellationToken.None);
        });

        Assert.Equal(8, readAnswers!.PainScore);
        Assert.Equal(["neck", "shoulder"], readAnswers.Areas);
        Assert.Equal(41, readCount);
        Assert.Equal(when, readSeen);
    }

    [Fact]
    public async Task DeleteAsyncRemovesThePropertyButKeepsTheOthers()
    {
        var state = new ConversationState(_storage);
        var answers = state.CreateProperty<Answers>("answers");
        var name = state.CreateProperty<string>("name");
        await RunTurnAsync(state, async turn =>
        {
            await answers.SetAsync(turn, new Answers { PainScore = 2 }, CancellationToken.None);
            await name.SetAsync(turn, "Ana", CancellationToken.None);
        });

        await RunTurnAsync(state, turn => answers.DeleteAsync(turn, CancellationToken.None));
        Answers? readAnswers = new();
        string? readName = null;
        await RunTurnAsync(state, async turn =>
        {
            readAnswers = await answers.GetOrDefaultAsync(turn, CancellationToken.None);
            readName = await name.GetOrDefaultAsync(turn, CancellationToken.None);
        });

        Assert.Null(readAnswers);
        Assert.Equal("Ana", readName);
        Assert.Equal(2, _storage.Writes.Count);
    }

    [Fact]
    public async Task GetOrDefaultAsyncOnAMissingPropertyWritesNothing()
    {
        var state = new ConversationState(_storage);
        var accessor = state.CreateProperty<Answers>("answers");
        Answers? read = new();

        await RunTurnAsync(state, async turn => read = await accessor.GetOrDefaultAsync(turn, CancellationToken.None));

        Assert.Null(read);
        Assert.Empty(_storage.Writes);
    }

    [Fact]
    public async Task UnchangedStateIsNotWritten()
    {
        var state = new ConversationState(_storage);
        var answers = state.CreateProperty<Answers>("answers");
        await RunTurnAsync(state, turn => answers.SetAsync(turn, new Answers { PainScore = 5, Areas = ["back"] }, CancellationToken.None));

        await RunTurnAsync(state, turn => answers.GetAsync(turn, () => new Answers(), CancellationToken.None));
        await RunTurnAsync(state, _ => Task.CompletedTask);

        Assert.Single(_storage.Writes);
    }

    [Fact]
    public async Task ReadingOnlySomePropertiesDoesNotWriteUnchangedState()
    {
        var state = new ConversationState(_storage);
        var first = state.CreateProperty<Answers>("first");
        var second = state.CreateProperty<Answers>("second");
        await RunTurnAsync(state, async turn =>
        {
            await first.SetAsync(turn, new Answers { PainScore = 1 }, CancellationToken.None);
            await second.SetAsync(turn, new Answers { PainScore = 2 }, CancellationToken.None);
        });

        await RunTurnAsync(state, turn => first.GetAsync(turn, () => new Answers(), CancellationToken.None));

        Assert.Single(_storage.Writes);
    }

    [Fact]
    public async Task ChangedStateIsWrittenWithTheETagItWasReadWith()
    {
        var state = new ConversationState(_storage);
        var answers = state.CreateProperty<Answers>("answers");
        await RunTurnAsync(state, turn => answers.SetAsync(turn, new Answers { PainScore = 5 }, CancellationToken.None));
        var created = _storage.Writes.Single();

        await RunTurnAsync(state, async turn =>
        {
            var read = await answers.GetAsync(turn, () => new Answers(), CancellationToken.None);
            read.PainScore = 6;
        });

        Assert.Null(created.ETag);
        Assert.Equal(2, _storage.Writes.Count);
        Assert.Equal(_storage.ReturnedETags[0], _storage.Writes[1].ETag);
        Assert.Contains("\"painScore\":6", _storage.Writes[1].Json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SavingTwiceInOneTurnUsesTheNewETag()
    {
        var state = new ConversationState(_storage);
        var count = state.CreateProperty<int>("count");
        var turn = await LoadedTurnAsync(state);

        await count.SetAsync(turn, 1, CancellationToken.None);
        await state.SaveChangesAsync(turn, force: false, CancellationToken.None);
        await count.SetAsync(turn, 2, CancellationToken.None);
        await state.SaveChangesAsync(turn, force: false, CancellationToken.None);

        Assert.Equal(2, _storage.Writes.Count);
        Assert.Equal(_storage.ReturnedETags[0], _storage.Writes[1].ETag);
    }

    [Fact]
    public async Task ForcedSaveWritesUnconditionally()
    {
        var state = new ConversationState(_storage);
        var count = state.CreateProperty<int>("count");
        await RunTurnAsync(state, turn => count.SetAsync(turn, 1, CancellationToken.None));
        var turn = await LoadedTurnAsync(state);

        await state.SaveChangesAsync(turn, force: true, CancellationToken.None);

        Assert.Equal(2, _storage.Writes.Count);
        Assert.Equal(StoreItem.AnyETag, _storage.Writes[1].ETag);
    }

    [Fact]
    public async Task ClearStateAsyncDeletesTheStoredDocumentOnSave()
    {
        var state = new ConversationState(_storage);
        var answers = state.CreateProperty<Answers>("answers");
        await RunTurnAsync(state, turn => answers.SetAsync(turn, new Answers { PainScore = 5 }, CancellationToken.None));
        var turn = await LoadedTurnAsync(state);

        await state.ClearStateAsync(turn, CancellationToken.None);
        var storedBeforeSave = (await _storage.ReadAsync([Key], CancellationToken.None)).Count;
        var readAfterClear = await answers.GetOrDefaultAsync(turn, CancellationToken.None);
        await state.SaveChangesAsync(turn, force: false, CancellationToken.None);

        Assert.Equal(1, storedBeforeSave);
        Assert.Null(readAfterClear);
        Assert.Equal([Key], _storage.Deletes);
        Assert.Empty(await _storage.ReadAsync([Key], CancellationToken.None));
    }

    [Fact]
    public async Task ClearStateAsyncThenSetKeepsOnlyTheNewValues()
    {
        var state = new ConversationState(_storage);
        var answers = state.CreateProperty<Answers>("answers");
        var name = state.CreateProperty<string>("name");
        await RunTurnAsync(state, async turn =>
        {
            await answers.SetAsync(turn, new Answers { PainScore = 5 }, CancellationToken.None);
            await name.SetAsync(turn, "Ana", CancellationToken.None);
        });

        await RunTurnAsync(state, async turn =>
        {
            await state.ClearStateAsync(turn, CancellationToken.None);
            await name.SetAsync(turn, "Ben", CancellationToken.None);
        });
        var stored = (await _storage.ReadAsync([Key], CancellationToken.None))[Key].Json;

        Assert.Equal("""{"name":"Ben"}""", stored);
        Assert.Empty(_storage.Deletes);
    }

    [Fact]
    public async Task ClearingStateThatWasNeverSavedWritesAndDeletesNothing()
    {
        var state = new ConversationState(_storage);

        await RunTurnAsync(state, turn => state.ClearStateAsync(turn, CancellationToken.None));

        Assert.Empty(_storage.Writes);
        Assert.Empty(_storage.Deletes);
    }

    [Fact]
    public async Task DeleteAsyncErasesTheStoredDocumentAtOnce()
    {
        var state = new ConversationState(_storage);
        var name = state.CreateProperty<string>("name");
        await RunTurnAsync(state, turn => name.SetAsync(turn, "Ana", CancellationToken.None));
        var turn = await LoadedTurnAsync(state);

        await state.DeleteAsync(turn, CancellationToken.None);

        Assert.Empty(await _storage.ReadAsync([Key], CancellationToken.None));
        Assert.Null(await name.GetOrDefaultAsync(turn, CancellationToken.None));
    }

    [Fact]
    public async Task TwoTurnsSavingOverTheSameETagConflict()
    {
        var state = new ConversationState(_storage);
        var count = state.CreateProperty<int>("count");
        await RunTurnAsync(state, turn => count.SetAsync(turn, 1, CancellationToken.None));
        var first = await LoadedTurnAsync(state);
        var second = await LoadedTurnAsync(state);

        await count.SetAsync(first, 2, CancellationToken.None);
        await state.SaveChangesAsync(first, force: false, CancellationToken.None);
        await count.SetAsync(second, 3, CancellationToken.None);
        var exception = await Assert.ThrowsAsync<EtagConflictException>(() => state.SaveChangesAsync(second, force: false, CancellationToken.None));

        Assert.Equal(Key, exception.Key);
        Assert.Equal("""{"count":2}""", (await _storage.ReadAsync([Key], CancellationToken.None))[Key].Json);
    }

    [Fact]
    public async Task TwoNewConversationsCreatingTheSameKeyConflict()
    {
        var state = new ConversationState(_storage);
        var count = state.CreateProperty<int>("count");
        var first = await LoadedTurnAsync(state);
        var second = await LoadedTurnAsync(state);

        await count.SetAsync(first, 1, CancellationToken.None);
        await state.SaveChangesAsync(first, force: false, CancellationToken.None);
        await count.SetAsync(second, 2, CancellationToken.None);

        await Assert.ThrowsAsync<EtagConflictException>(() => state.SaveChangesAsync(second, force: false, CancellationToken.None));
    }

    [Fact]
    public async Task LoadWithoutForceKeepsWhatThisTurnAlreadyHas()
    {
        var state = new ConversationState(_storage);
        var count = state.CreateProperty<int>("count");
        var turn = await LoadedTurnAsync(state);
        await count.SetAsync(turn, 9, CancellationToken.None);

        await state.LoadAsync(turn, force: false, CancellationToken.None);

        Assert.Equal(9, await count.GetOrDefaultAsync(turn, CancellationToken.None));
        Assert.Equal(1, _storage.Reads);
    }

    [Fact]
    public async Task AccessorsLoadStateOnFirstUseWhenTheTurnDidNotLoadIt()
    {
        var state = new ConversationState(_storage);
        var name = state.CreateProperty<string>("name");
        await RunTurnAsync(state, turn => name.SetAsync(turn, "Ana", CancellationToken.None));

        var read = await name.GetOrDefaultAsync(NewTurn(), CancellationToken.None);

        Assert.Equal("Ana", read);
    }

    [Fact]
    public void KeysConversationAndUserStateByChannelAndId()
    {
        var turn = NewTurn("conv|1", "29:user");

        Assert.Equal("test/conversations/conv|1", new ConversationState(_storage).GetStorageKey(turn));
        Assert.Equal("test/users/29:user", new UserState(_storage).GetStorageKey(turn));
    }

    [Fact]
    public async Task StateWithoutAConversationIdIsNeitherReadNorWritten()
    {
        var state = new ConversationState(_storage);
        var name = state.CreateProperty<string>("name");
        var turn = new TurnContext(new Activity { Type = ActivityTypes.Message, ChannelId = ChannelIds.Test });

        await state.LoadAsync(turn, force: true, CancellationToken.None);
        await name.SetAsync(turn, "Ana", CancellationToken.None);
        await state.SaveChangesAsync(turn, force: false, CancellationToken.None);

        Assert.Null(state.GetStorageKey(turn));
        Assert.Equal(0, _storage.Reads);
        Assert.Empty(_storage.Writes);
    }

    [Fact]
    public async Task ConversationAndUserStateAreSeparateDocuments()
    {
        var conversation = new ConversationState(_storage);
        var user = new UserState(_storage);
        var topic = conversation.CreateProperty<string>("topic");
        var name = user.CreateProperty<string>("name");
        var turn = NewTurn();

        await topic.SetAsync(turn, "sciatica", CancellationToken.None);
        await name.SetAsync(turn, "Ana", CancellationToken.None);
        await conversation.SaveChangesAsync(turn, force: false, CancellationToken.None);
        await user.SaveChangesAsync(turn, force: false, CancellationToken.None);
        var stored = await _storage.ReadAsync([Key, "test/users/user-1"], CancellationToken.None);

        Assert.Equal("""{"topic":"sciatica"}""", stored[Key].Json);
        Assert.Equal("""{"name":"Ana"}""", stored["test/users/user-1"].Json);
    }

    private sealed class Answers
    {
        public int PainScore { get; set; }

        public List<string> Areas { get; set; } = [];
    }

    /// <summary>Passes everything to an inner storage and records the writes, their eTags and the deletes.</summary>
    private sealed class CountingStorage(IStorage inner) : IStorage
    {
        public int Reads { get; private set; }

        public List<StoreItem> Writes { get; } = [];

        public List<string> ReturnedETags { get; } = [];

        public List<string> Deletes { get; } = [];

        public Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
        {
            Reads++;
            return inner.ReadAsync(keys, cancellationToken);
        }

        public async Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyDictionary<string, StoreItem> changes, CancellationToken cancellationToken)
        {
            Writes.AddRange(changes.Values);
            var etags = await inner.WriteAsync(changes, cancellationToken);
            ReturnedETags.AddRange(etags.Values);
            return etags;
        }

        public Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
        {
            Deletes.AddRange(keys);
            return inner.DeleteAsync(keys, cancellationToken);
        }

        public Task<int> DeleteOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken) => inner.DeleteOlderThanAsync(cutoff, cancellationToken);

        public Task<IReadOnlyList<KeyValuePair<string, StoreItem>>> ReadByPrefixAsync(string prefix, CancellationToken cancellationToken) =>
            inner.ReadByPrefixAsync(prefix, cancellationToken);

        public Task<int> DeleteByPrefixAsync(string prefix, CancellationToken cancellationToken) => inner.DeleteByPrefixAsync(prefix, cancellationToken);
    }
}
