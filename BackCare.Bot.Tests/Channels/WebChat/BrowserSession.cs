using BackCare.Bot.Tests.Support;
using Microsoft.Playwright;

namespace BackCare.Bot.Tests.Channels.WebChat;

/// <summary>
/// The bot on a real port and one headless Debian Chromium, shared by the browser tests of a class and started on
/// first use (so a skipped test starts nothing). Each page records the Content-Security-Policy violations it sees.
/// </summary>
public sealed class BrowserSession : IAsyncLifetime
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private KestrelBackCareApplication? _app;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public Uri BaseAddress => _app?.BaseAddress ?? throw new InvalidOperationException("Call NewPageAsync first.");

    /// <summary>Where screenshots go: TestResults/webchat beside the test assembly (git-ignored).</summary>
    public static string ArtifactsDirectory { get; } = Path.Combine(AppContext.BaseDirectory, "TestResults", "webchat");

    public async Task<(IBrowserContext Context, IPage Page, List<string> CspViolations)> NewPageAsync()
    {
        await _gate.WaitAsync();
        try
        {
            _app ??= new KestrelBackCareApplication();
            _playwright ??= await Playwright.CreateAsync();
            _browser ??= await _playwright.Chromium.LaunchAsync(new()
            {
                ExecutablePath = WebChatTooling.ChromiumPath,
                Headless = true,
                Args = WebChatTooling.ChromiumArgs,
            });
        }
        finally
        {
            _gate.Release();
        }

        var context = await _browser.NewContextAsync(new() { BaseURL = _app.BaseAddress.ToString(), Locale = "en-GB" });
        context.SetDefaultTimeout(30_000);
        var page = await context.NewPageAsync();
        Assertions.SetDefaultExpectTimeout(30_000);
        var violations = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning")
            {
                Console.WriteLine($"browser {message.Type}: {message.Text}");
            }
        };
        await page.ExposeFunctionAsync("reportCspViolation", (string violation) =>
        {
            lock (violations)
            {
                violations.Add(violation);
            }
        });
        await page.AddInitScriptAsync(
            "document.addEventListener('securitypolicyviolation', e => window.reportCspViolation(e.violatedDirective + ' ' + e.blockedURI + ' ' + e.sourceFile + ':' + e.lineNumber + ':' + e.columnNumber + ' ' + (e.sample || '')));");
        return (context, page, violations);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        _gate.Dispose();
    }
}
