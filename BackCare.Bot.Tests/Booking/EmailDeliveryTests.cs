using BackCare.Bot.Booking;
using BackCare.Bot.Booking.Delivery;
using MimeKit;

namespace BackCare.Bot.Tests.Booking;

/// <summary>The outbox against a small SMTP server on a loopback port (MailKit speaks real SMTP to it).</summary>
public sealed class EmailDeliveryTests
{
    private static Dictionary<string, string?> EmailSettings(SmtpReceiver smtp) => new()
    {
        ["Callbacks:Email:Host"] = "127.0.0.1",
        ["Callbacks:Email:Port"] = smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Callbacks:Email:Security"] = "None",
        ["Callbacks:Email:From"] = "BackCare <bot@clinic.example>",
        ["Callbacks:Email:To"] = "reception@clinic.example",
    };

    [Fact]
    public async Task TheClinicReceivesExactlyOnePlainTextEmailWithTheRequestAndOnlyTheReferenceInTheSubject()
    {
        await using var smtp = new SmtpReceiver();
        await using var host = await CallbackHost.StartAsync(EmailSettings(smtp));

        var receipt = await host.Requests.SubmitAsync(Drafts.Sample(), "webchat", "user-1", CancellationToken.None);
        var delivered = await host.WaitForAsync(receipt.Reference, r => r.Status == CallbackStatus.Delivered);
        await Task.Delay(TimeSpan.FromMilliseconds(500));

        var message = Assert.Single(smtp.Accepted);
        Assert.Equal($"Call-back request {receipt.Reference}", message.Subject);
        Assert.Equal("reception@clinic.example", Assert.Single(message.To.Mailboxes).Address);
        Assert.Equal("bot@clinic.example", Assert.Single(message.From.Mailboxes).Address);
        Assert.Equal($"{receipt.Reference}.callback@clinic.example", message.MessageId);
        var body = Assert.IsType<TextPart>(message.Body);
        Assert.True(body.IsPlain);
        foreach (var expected in new[] { receipt.Reference, $"Name: {Drafts.Name}", $"Phone: {Drafts.Phone}", $"Email: {Drafts.Email}", $"When to call: {Drafts.Times}", Drafts.Reason, "assess" })
        {
            Assert.Contains(expected, body.Text);
        }

        Assert.Equal(1, delivered.DeliveryFor("email").Attempts);
    }

    [Fact]
    public async Task ATemporaryRefusalIsRetriedAndTheEmailIsAcceptedOnce()
    {
        await using var smtp = new SmtpReceiver(451, 421);
        await using var host = await CallbackHost.StartAsync(EmailSettings(smtp));

        var receipt = await host.Requests.SubmitAsync(Drafts.Sample(), "webchat", "user-1", CancellationToken.None);
        var delivered = await host.WaitForAsync(receipt.Reference, r => r.Status == CallbackStatus.Delivered);
        await Task.Delay(TimeSpan.FromMilliseconds(500));

        Assert.Single(smtp.Accepted);
        Assert.Equal(3, delivered.DeliveryFor("email").Attempts);
    }

    [Fact]
    public async Task AWebhookSuccessAndAnEmailFailureRetryOnlyTheEmail()
    {
        await using var smtp = new SmtpReceiver(451, 451);
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var host = await CallbackHost.StartAsync(new Dictionary<string, string?>(EmailSettings(smtp))
        {
            ["Callbacks:Webhook:Url"] = receiver.Url.ToString(),
            ["Callbacks:Webhook:Secret"] = WebhookReceiver.Secret,
        });

        var receipt = await host.Requests.SubmitAsync(Drafts.Sample(), "webchat", "user-1", CancellationToken.None);
        var delivered = await host.WaitForAsync(receipt.Reference, r => r.Status == CallbackStatus.Delivered);
        await Task.Delay(TimeSpan.FromMilliseconds(500));

        Assert.Single(receiver.Received);
        Assert.Single(smtp.Accepted);
        Assert.Equal(1, delivered.DeliveryFor("webhook").Attempts);
        Assert.Equal(3, delivered.DeliveryFor("email").Attempts);
    }

    [Fact]
    public async Task AWebhookThatFailsForGoodDoesNotStopTheEmailThatIsStillRetrying()
    {
        await using var smtp = new SmtpReceiver(451, 451);
        await using var receiver = await WebhookReceiver.StartAsync(WebhookReceiver.Reply.Error(400));
        await using var host = await CallbackHost.StartAsync(new Dictionary<string, string?>(EmailSettings(smtp))
        {
            ["Callbacks:Webhook:Url"] = receiver.Url.ToString(),
            ["Callbacks:Webhook:Secret"] = WebhookReceiver.Secret,
            ["Callbacks:RetryDelay"] = "00:00:00.300",
            ["Callbacks:MaxRetryDelay"] = "00:00:00.300",
        });

        var receipt = await host.Requests.SubmitAsync(Drafts.Sample(), "webchat", "user-1", CancellationToken.None);
        var request = await host.WaitForAsync(receipt.Reference, r => r.DeliveryFor("email").DeliveredAt is not null);

        Assert.Equal(CallbackStatus.Failed, request.Status);
        Assert.Equal("HTTP 400", request.DeliveryFor("webhook").LastError);
        Assert.Single(smtp.Accepted);
    }

    [Fact]
    public async Task TheEmailChannelFailsTheRequestWhenTheServerKeepsRefusing()
    {
        await using var smtp = new SmtpReceiver(451, 451);
        await using var host = await CallbackHost.StartAsync(new Dictionary<string, string?>(EmailSettings(smtp)) { ["Callbacks:MaxAttempts"] = "2" });

        var receipt = await host.Requests.SubmitAsync(Drafts.Sample(), "webchat", "user-1", CancellationToken.None);
        var failed = await host.WaitForAsync(receipt.Reference, r => r.Status == CallbackStatus.Failed);

        Assert.Empty(smtp.Accepted);
        Assert.Equal("SMTP 451", failed.DeliveryFor("email").LastError);
    }

    [Theory]
    [InlineData(null, "reception@clinic.example", "From")]
    [InlineData("bot@clinic.example", "", "To")]
    [InlineData("bot@clinic.example", "not an address", "To")]
    public void IncompleteEmailSettingsAreRefused(string? from, string to, string expected)
    {
        var options = new EmailOptions { Host = "smtp.clinic.example", From = from, To = to };

        Assert.Contains(expected, options.Problem());
    }

    [Fact]
    public void TheEmailTemplateUsesOnlyKnownPlaceholders()
    {
        var file = CallbackEmailFile.Load();

        Assert.Contains("{reference}", file.Subject);
        Assert.DoesNotContain("{name}", file.Subject);
    }
}
