using BackCare.Bot.Framework.State;
using BackCare.Bot.Storage;

namespace BackCare.Bot.Tests.Triage;

/// <summary>The audit log with Storage:Provider Memory: an InMemoryStorage of its own beside the state one.</summary>
public sealed class InMemorySymptomCheckAuditLogTests : SymptomCheckAuditLogContract
{
    protected override Task<(IStorage State, IStorage Audit)> CreateStoragesAsync(TimeProvider timeProvider) =>
        Task.FromResult<(IStorage, IStorage)>((new InMemoryStorage(timeProvider), new InMemoryStorage(timeProvider)));
}
