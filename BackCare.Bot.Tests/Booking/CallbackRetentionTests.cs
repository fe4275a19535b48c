using BackCare.Bot.Booking;
using BackCare.Bot.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace BackCare.Bot.Tests.Booking;

public sealed class CallbackRetentionTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 1, 9, 0, 0, TimeSpan.Zero));
    private readonly InMemoryStorage _storage;
    private readonly CallbackStore _store;
    private readonly StoredCallbackRequests _requests;
    private readonly CallbackRetentionService _retention;

    public CallbackRetentionTests()
    {
        _storage = new InMemoryStorage(_time);
        _store = new CallbackStore(_storage);
        _requests = new StoredCallbackRequests(_store, new CallbackOutboxSignal(), _time, NullLogger<StoredCallbackRequests>.Instance);
        _retention = new CallbackRetentionService(
            _store,
            Options.Create(new CallbackOptions { Retention = TimeSpan.FromDays(30) }),
            Options.Create(new StorageOptions()),
            _time,
            NullLogger<CallbackRetentionService>.Instance);
    }

    [Fact]
    public async Task OnlyRequestsThatReachedTheClinicExpireAndUndeliveredOnesAreKeptWhateverTheirAge()
    {
        var delivered = await SubmitAsync();
        var handled = await SubmitAsync();
        var pending = await SubmitAsync();
        var failed = await SubmitAsync();
        await _store.UpdateAsync(delivered, r => r.WithDelivery("webhook", new ChannelDelivery(1, DeliveredAt: _time.GetUtcNow())).WithStatusFor(["webhook"], _time.GetUtcNow()), CancellationToken.None);
        await _store.UpdateAsync(handled, r => (r with { HandledAt = _time.GetUtcNow() }).WithStatusFor([], _time.GetUtcNow()), CancellationToken.None);
        await _store.UpdateAsync(failed, r => r.WithDelivery("webhook", new ChannelDelivery(10, FailedAt: _time.GetUtcNow())).WithStatusFor(["webhook"], _time.GetUtcNow()), CancellationToken.None);

        _time.Advance(TimeSpan.FromDays(29));
        Assert.Equal(0, await _retention.SweepOnceAsync(CancellationToken.None));

        _time.Advance(TimeSpan.FromDays(2));
        Assert.Equal(2, await _retention.SweepOnceAsync(CancellationToken.None));

        var left = await _store.ListAsync(CancellationToken.None);
        Assert.Equal(new[] { pending, failed }.Order(StringComparer.Ordinal), left.Select(r => r.Reference).Order(StringComparer.Ordinal));
        var indexKeys = (await _storage.ReadByPrefixAsync(CallbackStore.UserPrefix, CancellationToken.None)).Select(i => i.Key).ToList();
        Assert.Equal(2, indexKeys.Count);
        Assert.DoesNotContain(indexKeys, k => k.EndsWith(delivered, StringComparison.Ordinal) || k.EndsWith(handled, StringComparison.Ordinal));

        _time.Advance(TimeSpan.FromDays(365));
        Assert.Equal(0, await _retention.SweepOnceAsync(CancellationToken.None));
        Assert.Equal(2, (await _store.ListAsync(CancellationToken.None)).Count);
    }

    [Fact]
    public async Task TheRetentionClockStartsWhenTheRequestReachedTheClinicNotWhenItWasMade()
    {
        var reference = await SubmitAsync();
        _time.Advance(TimeSpan.FromDays(40));
        await _store.UpdateAsync(reference, r => (r with { HandledAt = _time.GetUtcNow() }).WithStatusFor([], _time.GetUtcNow()), CancellationToken.None);

        _time.Advance(TimeSpan.FromDays(10));

        Assert.Equal(0, await _retention.SweepOnceAsync(CancellationToken.None));
        Assert.NotNull(await _store.ReadAsync(reference, CancellationToken.None));
    }

    private async Task<string> SubmitAsync() =>
        (await _requests.SubmitAsync(Drafts.Sample(), "webchat", Guid.NewGuid().ToString("N"), CancellationToken.None)).Reference;
}
