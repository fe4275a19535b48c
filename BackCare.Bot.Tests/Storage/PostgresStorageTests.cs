using BackCare.Bot.Framework.State;
using BackCare.Bot.Storage;

namespace BackCare.Bot.Tests.Storage;

/// <summary>
/// The contract on PostgreSQL, plus what only a shared server adds: several bot instances at once.
/// Each test works in a schema of its own (through Search Path), dropped afterwards.
/// </summary>
[RequiresEnvironmentVariable(PostgresTestSchema.Variable, PostgresTestSchema.HowToSet)]
public sealed class PostgresStorageTests : StateStoreContract
{
    private readonly PostgresTestSchema _schema = new();

    private string SchemaConnectionString => _schema.ConnectionString;

    [StoreFact]
    public async Task InstancesSharingTheDatabaseSeeEachOthersWritesAndConflicts()
    {
        await using var other = new PostgresStorage(SchemaConnectionString, Time);
        var created = await WriteAsync("conversation/1", """{"v":1}""", eTag: null);

        var seen = (await other.ReadAsync(["conversation/1"], CancellationToken.None))["conversation/1"];
        await other.WriteAsync(new Dictionary<string, StoreItem> { ["conversation/1"] = new("""{"v":2}""", seen.ETag) }, CancellationToken.None);

        Assert.Equal(new StoreItem("""{"v":1}""", created["conversation/1"]), seen);
        await Assert.ThrowsAsync<EtagConflictException>(() => WriteAsync("conversation/1", """{"v":"stale"}""", created["conversation/1"]));
        Assert.Equal("""{"v":2}""", (await ReadAsync("conversation/1"))?.Json);
    }

    [StoreFact]
    public async Task InstancesStartingTogetherCreateTheSchemaOnce()
    {
        var instances = Enumerable.Range(0, 4).Select(_ => new PostgresStorage(SchemaConnectionString, Time)).ToList();
        try
        {
            var reads = await Task.WhenAll(instances.Select(i => i.ReadAsync(["conversation/1"], CancellationToken.None)));

            Assert.All(reads, Assert.Empty);
        }
        finally
        {
            foreach (var instance in instances)
            {
                await instance.DisposeAsync();
            }
        }
    }

    protected override async Task<IStorage> CreateStoreAsync(TimeProvider timeProvider)
    {
        await _schema.CreateAsync();
        return new PostgresStorage(SchemaConnectionString, timeProvider);
    }

    protected override Task CleanUpAsync() => _schema.DropAsync();
}
