using BackCare.Bot.Framework.State;
using BackCare.Bot.Storage;

namespace BackCare.Bot.Tests.Storage;

public sealed class InMemoryStorageTests : StateStoreContract
{
    protected override Task<IStorage> CreateStoreAsync(TimeProvider timeProvider) =>
        Task.FromResult<IStorage>(new InMemoryStorage(timeProvider));
}
