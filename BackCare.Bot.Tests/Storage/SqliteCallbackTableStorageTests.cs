using BackCare.Bot.Framework.State;
using BackCare.Bot.Storage;

namespace BackCare.Bot.Tests.Storage;

/// <summary>The storage contract on the callback_requests table (0003_callbacks.sql), in a shared-cache in-memory database.</summary>
public sealed class SqliteCallbackTableStorageTests : StateStoreContract
{
    protected override Task<IStorage> CreateStoreAsync(TimeProvider timeProvider) => Task.FromResult<IStorage>(
        new SqliteStorage($"Data Source=callbacks-{Guid.NewGuid():N};Mode=Memory;Cache=Shared", timeProvider, StorageTableName.CallbackRequests));
}
