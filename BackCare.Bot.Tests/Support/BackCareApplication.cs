using BackCare.Bot.Framework.State;
using BackCare.Bot.Framework.Turns;
using BackCare.Bot.Storage;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BackCare.Bot.Tests.Support;

/// <summary>
/// The bot hosted in memory for HTTP tests, with in-memory state (shared with the test, so it can
/// look at what was stored) and a fake Connector endpoint that records replies.
/// </summary>
public sealed class BackCareApplication(IDictionary<string, string?>? settings = null, Action<IServiceCollection>? configureServices = null) : WebApplicationFactory<Program>
{
    public FakeConnectorHandler Connector { get; } = new();

    public InMemoryStorage Storage { get; } = new();

    /// <summary>The hosting environment ("Testing" unless a test needs Production's start-up rules).</summary>
    public string EnvironmentName { get; init; } = "Testing";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(EnvironmentName);
        builder.ConfigureAppConfiguration(config =>
        {
            var defaults = new Dictionary<string, string?>
            {
                ["Storage:Provider"] = "Memory",
                ["MicrosoftAppId"] = string.Empty,
            };
            foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            {
                defaults[key] = value;
            }

            config.AddInMemoryCollection(defaults);
        });
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<IStorage>();
            services.AddSingleton<IStorage>(Storage);
            services.AddHttpClient<IConnectorClient, ConnectorClient>()
                .ConfigurePrimaryHttpMessageHandler(() => Connector);
            configureServices?.Invoke(services);
        });
    }
}
