using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;

namespace BackCare.Bot.Tests.Support;

/// <summary>
/// The whole bot on a real Kestrel socket (a free loopback port), for clients that must connect over the network:
/// a browser, the Node Direct Line client. In-memory state, the local Direct Line endpoint on, no app id.
/// </summary>
public sealed class KestrelBackCareApplication : WebApplicationFactory<Program>
{
    private readonly IDictionary<string, string?> _settings;

    public KestrelBackCareApplication(IDictionary<string, string?>? settings = null)
    {
        _settings = settings ?? new Dictionary<string, string?>();
        UseKestrel(0);
        StartServer();
        BaseAddress = ClientOptions.BaseAddress;
    }

    /// <summary>Where the bot listens, e.g. http://127.0.0.1:43817/.</summary>
    public Uri BaseAddress { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("urls", "http://127.0.0.1:0");
        builder.ConfigureAppConfiguration(config =>
        {
            var settings = new Dictionary<string, string?>
            {
                ["Storage:Provider"] = "Memory",
                ["Audit:Enabled"] = "false",
                ["MicrosoftAppId"] = string.Empty,
                ["DirectLine:Local:Enabled"] = "true",
            };
            foreach (var (key, value) in _settings)
            {
                settings[key] = value;
            }

            config.AddInMemoryCollection(settings);
        });

        // Settings read while the services are registered (the local Direct Line's switch) must be there earlier.
        builder.UseSetting("DirectLine:Local:Enabled", "true");
    }
}
