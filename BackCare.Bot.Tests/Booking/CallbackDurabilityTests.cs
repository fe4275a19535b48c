using BackCare.Bot.Booking;

namespace BackCare.Bot.Tests.Booking;

/// <summary>A request accepted before a restart is still there after it, and is delivered exactly once.</summary>
public sealed class CallbackDurabilityTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"backcare-callbacks-{Guid.NewGuid():N}");

    private Dictionary<string, string?> Sqlite => new()
    {
        ["Storage:Provider"] = "Sqlite",
        ["Storage:SqliteConnectionString"] = $"Data Source={Path.Combine(_folder, "backcare.db")};Pooling=False",
    };

    [Fact]
    public async Task ARequestSubmittedBeforeTheHostStopsIsDeliveredOnceByTheNextHostOnTheSameFile()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        string reference;

        // First run: no channel configured, so the request can only survive in the SQLite file.
        await using (var first = await CallbackHost.StartAsync(Sqlite))
        {
            reference = (await first.Requests.SubmitAsync(Drafts.Sample(), "webchat", "user-1", CancellationToken.None)).Reference;
        }

        var withWebhook = new Dictionary<string, string?>(Sqlite)
        {
            ["Callbacks:Webhook:Url"] = receiver.Url.ToString(),
            ["Callbacks:Webhook:Secret"] = WebhookReceiver.Secret,
        };
        await using (var second = await CallbackHost.StartAsync(withWebhook))
        {
            var delivered = await second.WaitForAsync(reference, r => r.Status == CallbackStatus.Delivered);
            Assert.Equal(Drafts.Name, delivered.Name);
        }

        // Third run: already delivered, so nothing is sent again.
        await using (var third = await CallbackHost.StartAsync(withWebhook))
        {
            await Task.Delay(TimeSpan.FromMilliseconds(800));
            Assert.Equal(CallbackStatus.Delivered, (await third.Store.ReadAsync(reference, CancellationToken.None))?.Status);
        }

        var received = Assert.Single(receiver.Received);
        Assert.Equal(reference, received.IdempotencyKey);
    }

    [Fact]
    public async Task AttemptsAlreadyMadeCountAfterARestartSoTheBoundHolds()
    {
        await using var receiver = await WebhookReceiver.StartAsync(Enumerable.Repeat(WebhookReceiver.Reply.Error(500), 10).ToArray());
        var settings = new Dictionary<string, string?>(Sqlite)
        {
            ["Callbacks:Webhook:Url"] = receiver.Url.ToString(),
            ["Callbacks:Webhook:Secret"] = WebhookReceiver.Secret,
            ["Callbacks:MaxAttempts"] = "4",
            ["Callbacks:AttemptTimeout"] = "00:00:02",
            ["Callbacks:RetryDelay"] = "00:00:00.300",
            ["Callbacks:MaxRetryDelay"] = "00:00:00.300",
        };
        string reference;
        await using (var first = await CallbackHost.StartAsync(settings))
        {
            reference = (await first.Requests.SubmitAsync(Drafts.Sample(), "webchat", "user-1", CancellationToken.None)).Reference;
            await first.WaitForAsync(reference, r => r.DeliveryFor("webhook").Attempts >= 2);
        }

        await using (var second = await CallbackHost.StartAsync(settings))
        {
            var failed = await second.WaitForAsync(reference, r => r.Status == CallbackStatus.Failed);
            Assert.Equal(4, failed.DeliveryFor("webhook").Attempts);
        }

        Assert.InRange(receiver.Received.Count, 3, 4);
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
