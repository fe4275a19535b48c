using BackCare.Bot.Booking;

namespace BackCare.Bot.Tests.Booking;

/// <summary>Every log line of a request's life (commit, failures, retries, delivery, staff actions, erasure) names the reference only.</summary>
public sealed class CallbackLogPrivacyTests
{
    [Fact]
    public async Task LogsOfAWholeRequestLifeHoldTheReferenceButNoNamePhoneEmailOrSymptom()
    {
        await using var smtp = new SmtpReceiver(451);
        await using var receiver = await WebhookReceiver.StartAsync(WebhookReceiver.Reply.Error(500), WebhookReceiver.Reply.Error(400));
        var settings = new Dictionary<string, string?>
        {
            ["Callbacks:Webhook:Url"] = receiver.Url.ToString(),
            ["Callbacks:Webhook:Secret"] = WebhookReceiver.Secret,
            ["Callbacks:Email:Host"] = "127.0.0.1",
            ["Callbacks:Email:Port"] = smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Callbacks:Email:Security"] = "None",
            ["Callbacks:Email:From"] = "bot@clinic.example",
            ["Callbacks:Email:To"] = "reception@clinic.example",
        };
        await using var host = await CallbackHost.StartAsync(settings);

        var receipt = await host.Requests.SubmitAsync(Drafts.Sample(), "webchat", "user-1", CancellationToken.None);
        await host.WaitForAsync(receipt.Reference, r => r.Status == CallbackStatus.Failed && r.DeliveryFor("email").DeliveredAt is not null);
        await host.Admin().PostAsync($"/api/admin/callbacks/{receipt.Reference}/retry", null);
        await host.WaitForAsync(receipt.Reference, r => r.Status == CallbackStatus.Delivered);
        await host.Admin().GetStringAsync($"/api/admin/callbacks/{receipt.Reference}");
        await host.Admin().PostAsync($"/api/admin/callbacks/{receipt.Reference}/handled", null);
        await host.Requests.EraseUserAsync("webchat", "user-1", CancellationToken.None);

        await host.Logs.WaitForAsync(receipt.Reference, "delivered by webhook");
        await host.Logs.WaitForAsync(receipt.Reference, "delivered by email");
        await host.Logs.WaitForAsync(receipt.Reference, "FAILED on webhook", "HTTP 400");
        await host.Logs.WaitForAsync(receipt.Reference, "webhook attempt 1 failed", "HTTP 500");
        await host.Logs.WaitForAsync(receipt.Reference, "marked handled");
        await host.Logs.WaitForAsync(receipt.Reference, "erased");
        host.Logs.AssertNoneContain(Drafts.PersonalData);
    }
}
