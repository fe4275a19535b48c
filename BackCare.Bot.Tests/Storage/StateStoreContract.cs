using System.Text;
using System.Text.Json;
using BackCare.Bot.Framework.State;
using Microsoft.Extensions.Time.Testing;

namespace BackCare.Bot.Tests.Storage;

/// <summary>
/// The <see cref="IStorage"/> contract, run once for every backend by inheriting this class (the idea of
/// Bot Builder's StorageBaseTests). xunit makes a new instance, and so a new empty store, for every test.
/// </summary>
public abstract class StateStoreContract : IAsyncLifetime
{
    private static readonly DateTimeOffset Start = new(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);

    protected FakeTimeProvider Time { get; } = new(Start);

    protected IStorage Store { get; private set; } = null!;

    public async Task InitializeAsync() => Store = await CreateStoreAsync(Time);

    public async Task DisposeAsync()
    {
        await DisposeStoreAsync(Store);
        await CleanUpAsync();
    }

    /// <summary>A new, empty store. Called once per test; the store is disposed after it.</summary>
    protected abstract Task<IStorage> CreateStoreAsync(TimeProvider timeProvider);

    /// <summary>Runs after the store is disposed, for temp files or schemas.</summary>
    protected virtual Task CleanUpAsync() => Task.CompletedTask;

    protected static async Task DisposeStoreAsync(IStorage store)
    {
        switch (store)
        {
            case IAsyncDisposable asyncDisposable:
                await asyncDisposable.DisposeAsync();
                break;
            case IDisposable disposable:
                disposable.Dispose();
                break;
        }
    }

    [StoreFact]
    public async Task CreatedItemReadsBackWithTheETagTheWriteReturned()
    {
        var etags = await WriteAsync("conversation/1", """{"step":1}""", eTag: null);

        var item = await ReadAsync("conversation/1");

        Assert.NotNull(item);
        Assert.Equal("""{"step":1}""", item.Json);
        Assert.False(string.IsNullOrEmpty(etags["conversation/1"]));
        Assert.Equal(etags["conversation/1"], item.ETag);
    }

    [StoreFact]
    public async Task ReadReturnsOnlyTheKeysThatExist()
    {
        await WriteAsync("conversation/1", "{}", eTag: null);

        var items = await Store.ReadAsync(["conversation/1", "conversation/missing"], CancellationToken.None);
        var none = await Store.ReadAsync([], CancellationToken.None);

        Assert.Equal(["conversation/1"], items.Keys);
        Assert.Empty(none);
    }

    [StoreFact]
    public async Task CreateConflictsWhenTheKeyExistsAndKeepsTheStoredValue()
    {
        var etags = await WriteAsync("user/1", """{"name":"first"}""", eTag: null);

        var conflict = await Assert.ThrowsAsync<EtagConflictException>(() => WriteAsync("user/1", """{"name":"second"}""", eTag: null));

        Assert.Equal("user/1", conflict.Key);
        Assert.Equal(new StoreItem("""{"name":"first"}""", etags["user/1"]), await ReadAsync("user/1"));
    }

    [StoreFact]
    public async Task MatchingETagReplacesTheItemAndReturnsANewETag()
    {
        var created = await WriteAsync("user/1", """{"v":1}""", eTag: null);

        var replaced = await WriteAsync("user/1", """{"v":2}""", created["user/1"]);

        Assert.NotEqual(created["user/1"], replaced["user/1"]);
        Assert.Equal(new StoreItem("""{"v":2}""", replaced["user/1"]), await ReadAsync("user/1"));
    }

    [StoreFact]
    public async Task StaleETagThrowsAndLeavesTheStoredValueUntouched()
    {
        var created = await WriteAsync("user/1", """{"v":1}""", eTag: null);
        var current = await WriteAsync("user/1", """{"v":2}""", created["user/1"]);

        var conflict = await Assert.ThrowsAsync<EtagConflictException>(() => WriteAsync("user/1", """{"v":"lost"}""", created["user/1"]));

        Assert.Equal("user/1", conflict.Key);
        Assert.Equal(new StoreItem("""{"v":2}""", current["user/1"]), await ReadAsync("user/1"));
    }

    [StoreFact]
    public async Task ETagOfADeletedItemConflicts()
    {
        var created = await WriteAsync("user/1", "{}", eTag: null);
        await Store.DeleteAsync(["user/1"], CancellationToken.None);

        await Assert.ThrowsAsync<EtagConflictException>(() => WriteAsync("user/1", """{"v":2}""", created["user/1"]));

        Assert.Null(await ReadAsync("user/1"));
    }

    [StoreFact]
    public async Task StarETagOverwritesAnExistingItemAndCreatesAMissingOne()
    {
        await WriteAsync("user/1", """{"v":1}""", eTag: null);

        var overwritten = await WriteAsync("user/1", """{"v":"star"}""", StoreItem.AnyETag);
        var created = await WriteAsync("user/2", """{"v":"new"}""", StoreItem.AnyETag);

        Assert.Equal(new StoreItem("""{"v":"star"}""", overwritten["user/1"]), await ReadAsync("user/1"));
        Assert.Equal(new StoreItem("""{"v":"new"}""", created["user/2"]), await ReadAsync("user/2"));
    }

    [StoreFact]
    public async Task MultiKeyWriteReturnsANewETagForEveryKey()
    {
        var first = await WriteAsync("user/1", "{}", eTag: null);

        var etags = await Store.WriteAsync(
            new Dictionary<string, StoreItem>
            {
                ["user/1"] = new("""{"v":2}""", first["user/1"]),
                ["conversation/1"] = new("""{"v":1}""", null),
            },
            CancellationToken.None);

        Assert.Equal(2, etags.Count);
        var items = await Store.ReadAsync(["user/1", "conversation/1"], CancellationToken.None);
        Assert.Equal(etags["user/1"], items["user/1"].ETag);
        Assert.Equal(etags["conversation/1"], items["conversation/1"].ETag);
    }

    [StoreFact]
    public async Task MultiKeyWriteWithOneConflictWritesNothing()
    {
        var existing = await WriteAsync("b/existing", """{"v":1}""", eTag: null);
        var taken = await WriteAsync("z/taken", """{"v":"original"}""", eTag: null);

        // The conflicting key comes last in both insertion and ordinal order, so a backend that
        // writes key by key has already written the others when it finds the conflict.
        var conflict = await Assert.ThrowsAsync<EtagConflictException>(() => Store.WriteAsync(
            new Dictionary<string, StoreItem>
            {
                ["a/new"] = new("""{"v":1}""", null),
                ["b/existing"] = new("""{"v":2}""", existing["b/existing"]),
                ["z/taken"] = new("""{"v":"clobbered"}""", null),
            },
            CancellationToken.None));

        Assert.Equal("z/taken", conflict.Key);
        var items = await Store.ReadAsync(["a/new", "b/existing", "z/taken"], CancellationToken.None);
        Assert.False(items.ContainsKey("a/new"));
        Assert.Equal(new StoreItem("""{"v":1}""", existing["b/existing"]), items["b/existing"]);
        Assert.Equal(new StoreItem("""{"v":"original"}""", taken["z/taken"]), items["z/taken"]);
    }

    [StoreFact]
    public async Task DeleteRemovesOnlyTheGivenKeys()
    {
        await WriteAsync("user/1", "{}", eTag: null);
        await WriteAsync("user/2", "{}", eTag: null);
        await WriteAsync("user/3", "{}", eTag: null);

        await Store.DeleteAsync(["user/1", "user/3"], CancellationToken.None);

        var items = await Store.ReadAsync(["user/1", "user/2", "user/3"], CancellationToken.None);
        Assert.Equal(["user/2"], items.Keys);
    }

    [StoreFact]
    public async Task DeletingAMissingKeyIsNotAnError()
    {
        await Store.DeleteAsync(["never/written"], CancellationToken.None);
        await Store.DeleteAsync([], CancellationToken.None);

        Assert.Empty(await Store.ReadAsync(["never/written"], CancellationToken.None));
    }

    [StoreFact]
    public async Task DeletedKeyCanBeCreatedAgain()
    {
        await WriteAsync("user/1", """{"v":1}""", eTag: null);
        await Store.DeleteAsync(["user/1"], CancellationToken.None);

        var etags = await WriteAsync("user/1", """{"v":2}""", eTag: null);

        Assert.Equal(new StoreItem("""{"v":2}""", etags["user/1"]), await ReadAsync("user/1"));
    }

    [StoreFact]
    public async Task DeleteOlderThanDeletesOnlyItemsNotWrittenSinceTheCutoff()
    {
        await WriteAsync("conversation/idle", "{}", eTag: null);
        var touched = await WriteAsync("conversation/touched", """{"v":1}""", eTag: null);
        Time.Advance(TimeSpan.FromDays(31));
        await WriteAsync("conversation/touched", """{"v":2}""", touched["conversation/touched"]);
        await WriteAsync("conversation/fresh", "{}", eTag: null);

        var deleted = await Store.DeleteOlderThanAsync(Time.GetUtcNow() - TimeSpan.FromDays(30), CancellationToken.None);

        Assert.Equal(1, deleted);
        var items = await Store.ReadAsync(["conversation/idle", "conversation/touched", "conversation/fresh"], CancellationToken.None);
        Assert.Equal(["conversation/fresh", "conversation/touched"], items.Keys.Order(StringComparer.Ordinal));
    }

    [StoreFact]
    public async Task DeleteOlderThanWithACutoffInAnotherOffsetComparesInstants()
    {
        await WriteAsync("conversation/1", "{}", eTag: null);
        Time.Advance(TimeSpan.FromHours(2));
        var oneHourAgoInNewYork = (Time.GetUtcNow() - TimeSpan.FromHours(1)).ToOffset(TimeSpan.FromHours(-5));

        var deleted = await Store.DeleteOlderThanAsync(oneHourAgoInNewYork, CancellationToken.None);

        Assert.Equal(1, deleted);
    }

    [StoreFact]
    public async Task DeleteByPrefixDeletesOnlyKeysStartingWithThePrefix()
    {
        await WriteAsync("msteams/user/1/profile", "{}", eTag: null);
        await WriteAsync("msteams/user/1/consent", "{}", eTag: null);
        await WriteAsync("msteams/user/10/profile", "{}", eTag: null);
        await WriteAsync("webchat/msteams/user/1/", "{}", eTag: null);

        var deleted = await Store.DeleteByPrefixAsync("msteams/user/1/", CancellationToken.None);

        Assert.Equal(2, deleted);
        var items = await Store.ReadAsync(
            ["msteams/user/1/profile", "msteams/user/1/consent", "msteams/user/10/profile", "webchat/msteams/user/1/"],
            CancellationToken.None);
        Assert.Equal(["msteams/user/10/profile", "webchat/msteams/user/1/"], items.Keys.Order(StringComparer.Ordinal));
    }

    [StoreFact]
    public async Task DeleteByPrefixTreatsWildcardCharactersLiterally()
    {
        await WriteAsync("user/50%_off/1", "{}", eTag: null);
        await WriteAsync("user/50xyoff/1", "{}", eTag: null);
        await WriteAsync("user/50\\_off/1", "{}", eTag: null);

        var deleted = await Store.DeleteByPrefixAsync("user/50%_", CancellationToken.None);

        Assert.Equal(1, deleted);
        Assert.Equal(2, (await Store.ReadAsync(["user/50xyoff/1", "user/50\\_off/1"], CancellationToken.None)).Count);
    }

    [StoreFact]
    public async Task ReadByPrefixReturnsOnlyKeysStartingWithThePrefixInOrdinalOrderWithTheirETags()
    {
        var b = await WriteAsync("callback/B", """{"v":"b"}""", eTag: null);
        var a = await WriteAsync("callback/A", """{"v":"a"}""", eTag: null);
        var lower = await WriteAsync("callback/a", """{"v":"lower"}""", eTag: null);
        await WriteAsync("callback-user/x/A", "{}", eTag: null);
        await WriteAsync("other/callback/A", "{}", eTag: null);

        var items = await Store.ReadByPrefixAsync("callback/", CancellationToken.None);

        Assert.Equal(["callback/A", "callback/B", "callback/a"], items.Select(i => i.Key));
        Assert.Equal(new StoreItem("""{"v":"a"}""", a["callback/A"]), items[0].Value);
        Assert.Equal(new StoreItem("""{"v":"b"}""", b["callback/B"]), items[1].Value);
        Assert.Equal(new StoreItem("""{"v":"lower"}""", lower["callback/a"]), items[2].Value);
        Assert.Empty(await Store.ReadByPrefixAsync("nothing/", CancellationToken.None));
    }

    [StoreFact]
    public async Task ReadByPrefixTreatsWildcardCharactersLiterallyAndSeesDeletes()
    {
        await WriteAsync("user/50%_off/1", "{}", eTag: null);
        await WriteAsync("user/50xyoff/1", "{}", eTag: null);
        await WriteAsync("user/50%_off/2", "{}", eTag: null);
        await Store.DeleteAsync(["user/50%_off/2"], CancellationToken.None);

        var items = await Store.ReadByPrefixAsync("user/50%_", CancellationToken.None);

        Assert.Equal(["user/50%_off/1"], items.Select(i => i.Key));
    }

    [StoreFact]
    public async Task ETagFromReadByPrefixReplacesAndAStaleOneConflicts()
    {
        await WriteAsync("callback/A", """{"n":1}""", eTag: null);
        var listed = (await Store.ReadByPrefixAsync("callback/", CancellationToken.None)).Single();

        await WriteAsync("callback/A", """{"n":2}""", listed.Value.ETag);

        await Assert.ThrowsAsync<EtagConflictException>(() => WriteAsync("callback/A", """{"n":"stale"}""", listed.Value.ETag));
        Assert.Equal("""{"n":2}""", (await ReadAsync("callback/A"))?.Json);
    }

    [StoreFact]
    public async Task JsonWithUnicodeQuotesAndEscapesRoundTripsExactly()
    {
        // Deliberately not normalised: key order, spacing, escapes and a duplicate key must all survive,
        // so a backend that parses JSON (PostgreSQL jsonb, for example) would fail here.
        // Raw control, separator and bidi characters are written as C# escapes so the source shows them.
        const string json = """
            {  "z": "Schmerz ünd Rücken — 背中の痛み 😣👍🏽 مرحبا e\u0301",
               "quotes": "she said \"it's 7/10\" \\ then 'stopped'",
               "escaped": "\u0000\t\r\n\u2028\ud83d\ude00",
            """ + "\n   \"raw\": \"tab\tand\u2028line separator, bidi \u202Eoverride\u202C\",\n" + """
               "a": [1, 2.50, -0.0, 1e3, true, null],
               "a": "duplicate key" }
            """;
        const string key = "webchat/conversations/Ünïcødé 'quoted' \"double\" \\ 😀";

        var etags = await WriteAsync(key, json, eTag: null);

        var item = await ReadAsync(key);
        Assert.Equal(new StoreItem(json, etags[key]), item);
    }

    [StoreFact]
    public async Task LargeDocumentsRoundTripExactly()
    {
        var large = LargeJson(seed: 1);
        var larger = LargeJson(seed: 2);
        Assert.True(Encoding.UTF8.GetByteCount(large) >= 200 * 1024);

        var created = await WriteAsync("conversation/long", large, eTag: null);
        var read = await ReadAsync("conversation/long");
        var replaced = await WriteAsync("conversation/long", larger, created["conversation/long"]);

        Assert.Equal(large, read?.Json);
        Assert.Equal(new StoreItem(larger, replaced["conversation/long"]), await ReadAsync("conversation/long"));
    }

    [StoreFact]
    public async Task ExactlyOneOfManyConcurrentWritersWinsEachRound()
    {
        const int writers = 8;
        const int rounds = 5;
        await WriteAsync("conversation/shared", Counter(0), eTag: null);

        for (var round = 1; round <= rounds; round++)
        {
            // Every writer reads the same version before any of them writes.
            var reads = await Task.WhenAll(Enumerable.Range(0, writers).Select(_ => ReadAsync("conversation/shared")));
            Assert.Single(reads.Select(r => r!.ETag).Distinct());

            var go = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var attempts = reads.Select((read, writer) => Task.Run(async () =>
            {
                await go.Task;
                return await TryWriteAsync("conversation/shared", Counter(CountOf(read!) + 1, writer), read!.ETag);
            })).ToList();
            go.SetResult();
            var outcomes = await Task.WhenAll(attempts);

            Assert.Equal(1, outcomes.Count(won => won));
            var stored = await ReadAsync("conversation/shared");
            Assert.Equal(round, CountOf(stored!));
        }
    }

    [StoreFact]
    public async Task ConcurrentIncrementsThatRetryOnConflictLoseNoUpdate()
    {
        const int writers = 4;
        const int incrementsEach = 10;
        await WriteAsync("conversation/counter", Counter(0), eTag: null);

        // The turn loop's shape: load, change, save with the eTag, and on a conflict load again.
        var workers = Enumerable.Range(0, writers).Select(writer => Task.Run(async () =>
        {
            var conflicts = 0;
            for (var done = 0; done < incrementsEach;)
            {
                var item = (await ReadAsync("conversation/counter"))!;
                if (await TryWriteAsync("conversation/counter", Counter(CountOf(item) + 1, writer), item.ETag))
                {
                    done++;
                }
                else
                {
                    Assert.True(++conflicts < 1_000, "a writer never got through");
                }
            }
        }));
        await Task.WhenAll(workers);

        Assert.Equal(writers * incrementsEach, CountOf((await ReadAsync("conversation/counter"))!));
    }

    protected Task<IReadOnlyDictionary<string, string>> WriteAsync(string key, string json, string? eTag) =>
        Store.WriteAsync(new Dictionary<string, StoreItem> { [key] = new(json, eTag) }, CancellationToken.None);

    protected async Task<StoreItem?> ReadAsync(string key) =>
        (await Store.ReadAsync([key], CancellationToken.None)).GetValueOrDefault(key);

    private async Task<bool> TryWriteAsync(string key, string json, string? eTag)
    {
        try
        {
            await WriteAsync(key, json, eTag);
            return true;
        }
        catch (EtagConflictException conflict) when (conflict.Key == key)
        {
            return false;
        }
    }

    private static string Counter(int count, int writer = -1) => $$"""{"count":{{count}},"writer":{{writer}}}""";

    private static int CountOf(StoreItem item)
    {
        using var document = JsonDocument.Parse(item.Json);
        return document.RootElement.GetProperty("count").GetInt32();
    }

    private static string LargeJson(int seed)
    {
        var json = new StringBuilder("{\"turns\":[");
        for (var i = 0; json.Length < 210_000; i++)
        {
            json.Append(i == 0 ? "" : ",")
                .Append("{\"n\":").Append(i * seed)
                .Append(",\"text\":\"Turn ").Append(i).Append(": pain \\\"").Append(i % 11)
                .Append("/10\\\" — Rücken 背中 😣 ").Append(new string((char)('a' + (i + seed) % 26), i % 40))
                .Append("\"}");
        }

        return json.Append("]}").ToString();
    }
}
