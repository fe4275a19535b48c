using BackCare.Bot.Framework.State;
using BackCare.Bot.Storage;

namespace BackCare.Bot.Tests.Storage;

/// <summary>The storage contract on the callback_requests table (0003_callbacks.sql), in a schema of its own per test.</summary>
[RequiresEnvironmentVariable(PostgresTestSchema.Variable, PostgresTestSchema.HowToSet)]
public sealed class PostgresCallbackTableStorageTests : StateStoreContract
{
    private readonly PostgresTestSchema _schema = new();

    protected override async Task<IStorage> CreateStoreAsync(TimeProvider timeProvider)
    {
        await _schema.CreateAsync();
        return new PostgresStorage(_schema.ConnectionString, timeProvider, StorageTableName.CallbackRequests);
    }

    protected override Task CleanUpAsync() => _schema.DropAsync();
}
