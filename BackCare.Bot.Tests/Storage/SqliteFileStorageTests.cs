using BackCare.Bot.Framework.State;
using BackCare.Bot.Storage;
using Microsoft.Data.Sqlite;

namespace BackCare.Bot.Tests.Storage;

/// <summary>The contract on a SQLite file in WAL mode, as deployed, plus survival across a restart.</summary>
public sealed class SqliteFileStorageTests : StateStoreContract
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"backcare-sqlite-{Guid.NewGuid():N}");

    private string ConnectionString => $"Data Source={Path.Combine(_folder, "state", "backcare.db")}";

    [StoreFact]
    public async Task ItemsSurviveReopeningTheFileWithANewInstance()
    {
        var etags = await WriteAsync("conversation/1", """{"step":"ask_pain_score"}""", eTag: null);
        await DisposeStoreAsync(Store);
        SqliteConnection.ClearAllPools();

        using var restarted = new SqliteStorage(ConnectionString, Time);
        var item = (await restarted.ReadAsync(["conversation/1"], CancellationToken.None))["conversation/1"];
        var next = await restarted.WriteAsync(
            new Dictionary<string, StoreItem> { ["conversation/1"] = new("""{"step":"done"}""", item.ETag) },
            CancellationToken.None);

        Assert.Equal(new StoreItem("""{"step":"ask_pain_score"}""", etags["conversation/1"]), item);
        Assert.NotEqual(etags["conversation/1"], next["conversation/1"]);
    }

    [StoreFact]
    public void MissingFoldersAreCreated()
    {
        Assert.True(File.Exists(Path.Combine(_folder, "state", "backcare.db")));
    }

    protected override Task<IStorage> CreateStoreAsync(TimeProvider timeProvider) =>
        Task.FromResult<IStorage>(new SqliteStorage(ConnectionString, timeProvider));

    protected override Task CleanUpAsync()
    {
        // Pooled connections keep the file open; close them before deleting it.
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }
}
