using BackCare.Bot.Booking;
using BackCare.Bot.Booking.Admin;
using BackCare.Bot.Hosting;
using BackCare.Bot.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BackCare.Bot.Tests.Booking;

/// <summary>
/// Call-back requests alone in a host (no bot, no model training): AddCallbackRequests as the bot registers it, the
/// admin API on a test server, the outbox and retention running as hosted services, logs captured. Delivery timings
/// are shortened to milliseconds unless the test sets them.
/// </summary>
internal sealed class CallbackHost : IAsyncDisposable
{
    public const string AdminKey = "test-admin-key-0123456789abcdef";

    private readonly WebApplication _app;

    private CallbackHost(WebApplication app, LogCapture logs)
    {
        _app = app;
        Logs = logs;
    }

    public LogCapture Logs { get; }

    public IServiceProvider Services => _app.Services;

    public ICallbackRequests Requests => Services.GetRequiredService<ICallbackRequests>();

    public CallbackStore Store => Services.GetRequiredService<CallbackStore>();

    public HttpClient Admin(string? key = AdminKey)
    {
        var client = _app.GetTestClient();
        if (key is not null)
        {
            client.DefaultRequestHeaders.Add(AdminKeyFilter.HeaderName, key);
        }

        return client;
    }

    public static async Task<CallbackHost> StartAsync(IDictionary<string, string?>? settings = null, LogCapture? logs = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        builder.WebHost.UseTestServer();
        var values = new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Memory",
            ["Callbacks:MaxAttempts"] = "5",
            ["Callbacks:RetryDelay"] = "00:00:00.050",
            ["Callbacks:MaxRetryDelay"] = "00:00:00.200",
            // Generous: the test machine is shared, and an attempt that times out after the receiver answered is sent
            // again (at least once), which would make "exactly once" assertions flaky.
            ["Callbacks:AttemptTimeout"] = "00:00:05",
            ["Callbacks:PollInterval"] = "00:00:00.100",
            ["Callbacks:AdminKey"] = AdminKey,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        builder.Configuration.AddInMemoryCollection(values);
        logs ??= new LogCapture();
        builder.Logging.ClearProviders().SetMinimumLevel(LogLevel.Trace).AddProvider(logs);
        builder.Services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.SectionName);
        builder.Services.AddCallbackRequests(builder.Configuration);

        var app = builder.Build();
        app.MapCallbackAdmin();
        await app.StartAsync();
        return new CallbackHost(app, logs);
    }

    /// <summary>Waits until the stored request meets <paramref name="condition"/>; fails the test after <paramref name="timeout"/>.</summary>
    public async Task<CallbackRequest> WaitForAsync(string reference, Func<CallbackRequest, bool> condition, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(20));
        CallbackRequest? last = null;
        while (DateTime.UtcNow < deadline)
        {
            last = await Store.ReadAsync(reference, CancellationToken.None);
            if (last is not null && condition(last))
            {
                return last;
            }

            await Task.Delay(20);
        }

        throw new TimeoutException($"Request {reference} did not reach the expected state; last seen: {last?.Status}, " +
                                   string.Join(", ", last?.Deliveries.Select(d => $"{d.Key}={d.Value}") ?? []));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
