using BackCare.Bot.Framework.State;
using BackCare.Bot.Storage;

namespace BackCare.Bot.Tests.Storage;

/// <summary>
/// The contract on a shared-cache in-memory SQLite database, kept alive by the connection SqliteStorage
/// holds open (TodoApi's fixture does the same). Each test gets its own named database.
/// </summary>
public sealed class SqliteStorageTests : StateStoreContract
{
    protected override Task<IStorage> CreateStoreAsync(TimeProvider timeProvider) =>
        Task.FromResult<IStorage>(new SqliteStorage($"Data Source=state-{Guid.NewGuid():N};Mode=Memory;Cache=Shared", timeProvider));
}
