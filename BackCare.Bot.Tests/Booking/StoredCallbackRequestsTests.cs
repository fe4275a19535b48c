using BackCare.Bot.Booking;
using BackCare.Bot.Framework.State;
using BackCare.Bot.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace BackCare.Bot.Tests.Booking;

public sealed class StoredCallbackRequestsTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 29, 10, 0, 0, TimeSpan.Zero));
    private readonly InMemoryStorage _storage;
    private readonly CallbackStore _store;
    private readonly CallbackOutboxSignal _signal = new();
    private readonly StoredCallbackRequests _requests;

    public StoredCallbackRequestsTests()
    {
        _storage = new InMemoryStorage(_time);
        _store = new CallbackStore(_storage);
        _requests = new StoredCallbackRequests(_store, _signal, _time, NullLogger<StoredCallbackRequests>.Instance);
    }

    [Fact]
    public async Task SubmitCommitsTheRequestAndItsUserIndexBeforeReturning()
    {
        var receipt = await _requests.SubmitAsync(Drafts.Sample(), "webchat", "user-1", CancellationToken.None);

        // Read straight from the storage the moment SubmitAsync has returned: nothing is left to a background write.
        var userHash = CallbackUserHash.For("webchat", "user-1");
        var stored = await _storage.ReadAsync([CallbackStore.RequestKey(receipt.Reference), CallbackStore.UserIndexKey(userHash, receipt.Reference)], CancellationToken.None);
        Assert.Equal(2, stored.Count);
        var request = await _store.ReadAsync(receipt.Reference, CancellationToken.None);
        Assert.NotNull(request);
        Assert.Equal(CallbackStatus.Pending, request.Status);
        Assert.Equal((Drafts.Name, Drafts.Phone, Drafts.Email, Drafts.Times, Drafts.Reason, "assess"),
            (request.Name, request.PhoneE164, request.Email, request.PreferredTimes, request.Reason, request.DispositionCode));
        Assert.Equal(_time.GetUtcNow(), request.SubmittedAt);
        Assert.Equal(userHash, request.UserHash);
    }

    [Fact]
    public async Task StoredJsonHoldsNoChannelOrUserIdOnlyTheirHash()
    {
        var receipt = await _requests.SubmitAsync(Drafts.Sample(), "webchat", "dl_user-secret-id", CancellationToken.None);

        var all = await _storage.ReadByPrefixAsync("", CancellationToken.None);

        Assert.DoesNotContain(all, i => i.Key.Contains("dl_user-secret-id", StringComparison.Ordinal) || i.Value.Json.Contains("dl_user-secret-id", StringComparison.Ordinal));
        Assert.Contains(all, i => i.Key == CallbackStore.RequestKey(receipt.Reference));
    }

    [Fact]
    public async Task EveryRequestGetsItsOwnReference()
    {
        var references = new List<string>();
        for (var i = 0; i < 50; i++)
        {
            references.Add((await _requests.SubmitAsync(Drafts.Sample(), "webchat", $"user-{i % 3}", CancellationToken.None)).Reference);
        }

        Assert.Equal(50, references.Distinct().Count());
        Assert.Equal(50, (await _store.ListAsync(CancellationToken.None)).Count);
    }

    [Fact]
    public async Task ATakenReferenceIsNeverOverwritten()
    {
        var first = await _requests.SubmitAsync(Drafts.Sample(), "webchat", "user-1", CancellationToken.None);
        var copy = (await _store.ReadAsync(first.Reference, CancellationToken.None))! with { Name = "Someone Else", UserHash = CallbackUserHash.For("webchat", "user-2") };

        var created = await _store.TryCreateAsync(copy, CancellationToken.None);

        Assert.False(created);
        Assert.Equal(Drafts.Name, (await _store.ReadAsync(first.Reference, CancellationToken.None))!.Name);
        Assert.Empty(await _store.ReferencesOfUserAsync(CallbackUserHash.For("webchat", "user-2"), CancellationToken.None));
    }

    [Theory]
    [InlineData("", Drafts.Phone, null, "Name")]
    [InlineData(Drafts.Name, null, null, "phone number or an email")]
    [InlineData(Drafts.Name, "07700 900461", null, "E.164")]
    [InlineData(Drafts.Name, null, "not-an-address", "Email")]
    public async Task AnIncompleteDraftIsRefusedWithTheFieldNamedAndNothingIsStored(string name, string? phone, string? email, string field)
    {
        var draft = new CallbackRequestDraft(name, phone, email, Drafts.Times, Drafts.Reason, null);

        var refused = await Assert.ThrowsAsync<ArgumentException>(() => _requests.SubmitAsync(draft, "webchat", "user-1", CancellationToken.None));

        Assert.Contains(field, refused.Message);
        Assert.DoesNotContain("07700", refused.Message);
        Assert.Empty(await _storage.ReadByPrefixAsync("", CancellationToken.None));
    }

    [Fact]
    public async Task EraseUserDeletesOnlyThatUsersRequestsAndCountsThoseThatReachedTheClinic()
    {
        var delivered = await _requests.SubmitAsync(Drafts.Sample(), "webchat", "user-1", CancellationToken.None);
        var pending = await _requests.SubmitAsync(Drafts.Sample(), "webchat", "user-1", CancellationToken.None);
        var sameIdOtherChannel = await _requests.SubmitAsync(Drafts.Sample(), "msteams", "user-1", CancellationToken.None);
        var otherUser = await _requests.SubmitAsync(Drafts.Sample(), "webchat", "user-2", CancellationToken.None);
        await _store.UpdateAsync(delivered.Reference, r => r.WithDelivery("email", new ChannelDelivery(Attempts: 1, DeliveredAt: _time.GetUtcNow())), CancellationToken.None);

        var erasure = await _requests.EraseUserAsync("webchat", "user-1", CancellationToken.None);

        Assert.Equal(new CallbackErasure(Erased: 2, AlreadyDelivered: 1), erasure);
        Assert.Null(await _store.ReadAsync(delivered.Reference, CancellationToken.None));
        Assert.Null(await _store.ReadAsync(pending.Reference, CancellationToken.None));
        Assert.NotNull(await _store.ReadAsync(sameIdOtherChannel.Reference, CancellationToken.None));
        Assert.NotNull(await _store.ReadAsync(otherUser.Reference, CancellationToken.None));
        Assert.Empty(await _store.ReferencesOfUserAsync(CallbackUserHash.For("webchat", "user-1"), CancellationToken.None));
        Assert.Equal(new CallbackErasure(0, 0), await _requests.EraseUserAsync("webchat", "user-1", CancellationToken.None));
    }

    [Fact]
    public async Task ADeliveryUnderWayCountsAsPossiblyReachedTheClinic()
    {
        var receipt = await _requests.SubmitAsync(Drafts.Sample(), "webchat", "user-1", CancellationToken.None);
        await _store.UpdateAsync(
            receipt.Reference,
            r => r.WithDelivery("webhook", new ChannelDelivery(Attempts: 1, LeaseOwner: "instance", NextAttemptAt: _time.GetUtcNow().AddMinutes(1))),
            CancellationToken.None);

        var erasure = await _requests.EraseUserAsync("webchat", "user-1", CancellationToken.None);

        Assert.Equal(new CallbackErasure(1, 1), erasure);
    }

    [Fact]
    public async Task ConcurrentUpdatesOfOneRequestLoseNothing()
    {
        var receipt = await _requests.SubmitAsync(Drafts.Sample(), "webchat", "user-1", CancellationToken.None);

        await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Run(() => _store.UpdateAsync(
            receipt.Reference,
            r => r.WithDelivery($"channel-{i}", new ChannelDelivery(Attempts: i)),
            CancellationToken.None))));

        Assert.Equal(8, (await _store.ReadAsync(receipt.Reference, CancellationToken.None))!.Deliveries.Count);
    }
}
