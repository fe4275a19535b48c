using System.Text.Json;
using BackCare.Bot.Booking;
using BackCare.Bot.Booking.Delivery;

namespace BackCare.Bot.Tests.Booking;

/// <summary>The outbox against a real HTTP receiver on a loopback port.</summary>
public sealed class WebhookDeliveryTests
{
    private static Dictionary<string, string?> WebhookSettings(WebhookReceiver receiver) => new()
    {
        ["Callbacks:Webhook:Url"] = receiver.Url.ToString(),
        ["Callbacks:Webhook:Secret"] = WebhookReceiver.Secret,
    };

    [Fact]
    public async Task RequestArrivesSignedWithItsReferenceAsIdempotencyKeyAndIsMarkedDelivered()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var host = await CallbackHost.StartAsync(WebhookSettings(receiver));

        var receipt = await host.Requests.SubmitAsync(Drafts.Sample(), "webchat", "user-1", CancellationToken.None);
        var delivered = await host.WaitForAsync(receipt.Reference, r => r.Status == CallbackStatus.Delivered);

        var received = Assert.Single(receiver.Received);
        Assert.True(WebhookSignature.Verify(WebhookReceiver.Secret, received.Body, received.Signature), "The signature must verify over the raw body.");
        Assert.False(WebhookSignature.Verify("another-secret-0123456789abcdef0123", received.Body, received.Signature));
        Assert.Equal(receipt.Reference, received.IdempotencyKey);
        Assert.StartsWith("application/json", received.ContentType);
        using var json = JsonDocument.Parse(received.Body);
        Assert.Equal(receipt.Reference, json.RootElement.GetProperty("reference").GetString());
        Assert.Equal(Drafts.Name, json.RootElement.GetProperty("name").GetString());
        Assert.Equal(Drafts.Phone, json.RootElement.GetProperty("phone").GetString());
        Assert.Equal(Drafts.Email, json.RootElement.GetProperty("email").GetString());
        Assert.Equal(Drafts.Times, json.RootElement.GetProperty("preferredTimes").GetString());
        Assert.Equal(Drafts.Reason, json.RootElement.GetProperty("reason").GetString());
        Assert.Equal("assess", json.RootElement.GetProperty("dispositionCode").GetString());
        Assert.NotNull(delivered.DeliveryFor("webhook").DeliveredAt);
        Assert.Equal(1, delivered.DeliveryFor("webhook").Attempts);
    }

    [Fact]
    public async Task ServerErrorsAndATimeoutAreRetriedAndTheReceiverAcceptsItOnceWithNothingAfter()
    {
        await using var receiver = await WebhookReceiver.StartAsync(
            WebhookReceiver.Reply.Error(500),
            WebhookReceiver.Reply.Timeout(TimeSpan.FromSeconds(30)),
            WebhookReceiver.Reply.Error(503));
        await using var host = await CallbackHost.StartAsync(new Dictionary<string, string?>(WebhookSettings(receiver))
        {
            ["Callbacks:AttemptTimeout"] = "00:00:02",
        });

        var receipt = await host.Requests.SubmitAsync(Drafts.Sample(), "webchat", "user-1", CancellationToken.None);
        var delivered = await host.WaitForAsync(receipt.Reference, r => r.Status == CallbackStatus.Delivered);
        await Task.Delay(TimeSpan.FromSeconds(1)); // ten polls: nothing more may be sent

        // 0: the sender gave up on the hanging request (its order against the next one is up to the server's abort).
        Assert.Equal([0, 200, 500, 503], receiver.Received.Select(r => r.Status).Order());
        Assert.Single(receiver.Accepted);
        Assert.All(receiver.Received, r =>
        {
            Assert.Equal(receipt.Reference, r.IdempotencyKey);
            Assert.True(WebhookSignature.Verify(WebhookReceiver.Secret, r.Body, r.Signature));
        });
        Assert.Equal(4, delivered.DeliveryFor("webhook").Attempts);
        Assert.Null(delivered.DeliveryFor("webhook").LastError);
    }

    [Fact]
    public async Task ARequestThatKeepsFailingIsMarkedFailedAfterTheBoundedAttemptsListedAndCanBeRetriedByStaff()
    {
        await using var receiver = await WebhookReceiver.StartAsync(Enumerable.Repeat(WebhookReceiver.Reply.Error(500), 3).ToArray());
        await using var host = await CallbackHost.StartAsync(new Dictionary<string, string?>(WebhookSettings(receiver)) { ["Callbacks:MaxAttempts"] = "3" });

        var receipt = await host.Requests.SubmitAsync(Drafts.Sample(), "webchat", "user-1", CancellationToken.None);
        var failed = await host.WaitForAsync(receipt.Reference, r => r.Status == CallbackStatus.Failed);
        await Task.Delay(TimeSpan.FromMilliseconds(500));

        Assert.Equal(3, receiver.Received.Count);
        Assert.Equal("HTTP 500", failed.DeliveryFor("webhook").LastError);
        Assert.Equal(3, failed.DeliveryFor("webhook").Attempts);
        var listed = await host.Admin().GetStringAsync("/api/admin/callbacks?status=failed");
        Assert.Contains(receipt.Reference, listed);

        var retry = await host.Admin().PostAsync($"/api/admin/callbacks/{receipt.Reference}/retry", null);
        Assert.Equal(System.Net.HttpStatusCode.OK, retry.StatusCode);
        var delivered = await host.WaitForAsync(receipt.Reference, r => r.Status == CallbackStatus.Delivered);

        Assert.Equal(4, receiver.Received.Count);
        Assert.Single(receiver.Accepted);
        Assert.Equal(1, delivered.DeliveryFor("webhook").Attempts);
    }

    [Fact]
    public async Task AReceiverThatRefusesTheRequestForGoodFailsItAtOnce()
    {
        await using var receiver = await WebhookReceiver.StartAsync(WebhookReceiver.Reply.Error(400));
        await using var host = await CallbackHost.StartAsync(WebhookSettings(receiver));

        var receipt = await host.Requests.SubmitAsync(Drafts.Sample(), "webchat", "user-1", CancellationToken.None);
        var failed = await host.WaitForAsync(receipt.Reference, r => r.Status == CallbackStatus.Failed);

        Assert.Single(receiver.Received);
        Assert.Equal("HTTP 400", failed.DeliveryFor("webhook").LastError);
    }

    [Fact]
    public async Task AnUnreachableReceiverFailsTheRequestWithoutLosingIt()
    {
        var closedPort = new Uri("http://127.0.0.1:9/callbacks"); // discard port: nothing listens there
        await using var host = await CallbackHost.StartAsync(new Dictionary<string, string?>
        {
            ["Callbacks:Webhook:Url"] = closedPort.ToString(),
            ["Callbacks:Webhook:Secret"] = WebhookReceiver.Secret,
            ["Callbacks:MaxAttempts"] = "2",
        });

        var receipt = await host.Requests.SubmitAsync(Drafts.Sample(), "webchat", "user-1", CancellationToken.None);
        var failed = await host.WaitForAsync(receipt.Reference, r => r.Status == CallbackStatus.Failed);

        Assert.StartsWith("connection failed", failed.DeliveryFor("webhook").LastError);
        Assert.Equal(Drafts.Name, failed.Name);
    }

    [Theory]
    [InlineData("http://clinic.example/callbacks", WebhookReceiver.Secret, "https")]
    [InlineData("https://clinic.example/callbacks", "short", "Secret")]
    [InlineData("https://clinic.example/callbacks", null, "Secret")]
    [InlineData("/callbacks", WebhookReceiver.Secret, "absolute")]
    public void UnsafeWebhookSettingsAreRefused(string url, string? secret, string expected)
    {
        var options = new WebhookOptions { Url = url, Secret = secret };

        Assert.Contains(expected, options.Problem());
    }

    [Fact]
    public void HttpsAndLoopbackHttpWithALongSecretAreAccepted()
    {
        Assert.Null(new WebhookOptions { Url = "https://clinic.example/callbacks", Secret = WebhookReceiver.Secret }.Problem());
        Assert.Null(new WebhookOptions { Url = "http://127.0.0.1:8080/callbacks", Secret = WebhookReceiver.Secret }.Problem());
        Assert.Null(new WebhookOptions().Problem());
        Assert.Null(new WebhookOptions { Url = "", Secret = "" }.Problem());
    }
}
