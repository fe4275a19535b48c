using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BackCare.Bot.Tests.Booking;

/// <summary>
/// The clinic's webhook receiver: a real Kestrel server on a loopback port that records every request and answers by
/// a script (a status code, or hanging longer than the sender's timeout), then 200 for everything after the script.
/// </summary>
internal sealed class WebhookReceiver : IAsyncDisposable
{
    public const string Secret = "webhook-secret-0123456789abcdef0123456789";

    private readonly WebApplication _app;
    private readonly ConcurrentQueue<Reply> _script;
    private readonly ConcurrentQueue<Arrival> _received = new();

    private WebhookReceiver(WebApplication app, IEnumerable<Reply> script)
    {
        _app = app;
        _script = new ConcurrentQueue<Reply>(script);
    }

    public Uri Url { get; private set; } = null!;

    public IReadOnlyList<Arrival> Received => _received.ToList();

    /// <summary>Requests the receiver answered 2xx (what a real receiver would have acted on).</summary>
    public IReadOnlyList<Arrival> Accepted => Received.Where(r => r.Status is >= 200 and < 300).ToList();

    public static async Task<WebhookReceiver> StartAsync(params Reply[] script)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var receiver = new WebhookReceiver(app, script);
        app.MapPost("/callbacks", receiver.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        receiver.Url = new Uri(new Uri(address), "/callbacks");
        return receiver;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer);
        var reply = _script.TryDequeue(out var next) ? next : Reply.Ok;
        var received = new Arrival(
            buffer.ToArray(),
            context.Request.Headers["Idempotency-Key"].ToString(),
            context.Request.Headers[BackCare.Bot.Booking.Delivery.WebhookSignature.HeaderName].ToString(),
            context.Request.ContentType);
        if (reply.Hang is { } hang)
        {
            try
            {
                await Task.Delay(hang, context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                _received.Enqueue(received with { Status = 0 });
                return;
            }
        }

        _received.Enqueue(received with { Status = reply.Status });
        context.Response.StatusCode = reply.Status;
    }

    public sealed record Reply(int Status, TimeSpan? Hang = null)
    {
        public static Reply Ok { get; } = new(200);

        public static Reply Error(int status) => new(status);

        /// <summary>Holds the request longer than the sender waits (the sender gives up: status 0).</summary>
        public static Reply Timeout(TimeSpan hang) => new(200, hang);
    }

    /// <param name="Status">What the receiver answered; 0 when the sender gave up first.</param>
    public sealed record Arrival(byte[] Body, string IdempotencyKey, string Signature, string? ContentType, int Status = 0);
}
