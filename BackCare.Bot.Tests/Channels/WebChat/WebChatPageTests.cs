using System.Text.RegularExpressions;

namespace BackCare.Bot.Tests.Channels.WebChat;

/// <summary>GET / and its assets over HTTP: what the page says, what it must never carry, and its security headers.</summary>
public sealed partial class WebChatPageTests(ConfiguredClinicApplication clinic) : IClassFixture<ConfiguredClinicApplication>
{
    private readonly HttpClient _http = clinic.App.CreateClient();

    [Fact]
    public async Task ThePageShowsTheClinicItsPhoneAndTheEmergencyLineFromSettings()
    {
        // Values are HTML-encoded ("+" is written &#x2B;); read the page as a browser would.
        var html = WebUtility.HtmlDecode(await _http.GetStringAsync("/"));

        Assert.Contains("<html lang=\"en-GB\">", html);
        Assert.Matches(@"<h1 class=""clinic-heading"">Kiwi Back Clinic: chat with BackCare</h1>", html);
        Assert.Contains("<a href=\"tel:+6495550100\">Call the clinic on +64 (0)9 555 0100</a>", html);
        Assert.Contains("Not for emergencies: call 111 or go to the Emergency Department.", html);
        Assert.DoesNotContain("999", html);
        Assert.Contains("<main class=\"chat\" id=\"chat\" aria-label=\"Chat with BackCare\"", html);
        Assert.Contains("data-token-url=\"/api/directline/token\"", html);
        Assert.Contains("data-brand-color=\"#5A1F6E\"", html);
    }

    [Fact]
    public async Task ThePageHasNoInlineScriptAndNothingSecret()
    {
        var html = await _http.GetStringAsync("/");

        var scripts = ScriptTag().Matches(html).Select(m => m.Value).ToList();
        Assert.Equal(["<script src=\"/lib/botframework-webchat/webchat.js\" defer>", $"<script src=\"/webchat/app.js\" nonce=\"{Nonce(html)}\" defer>"], scripts);
        Assert.DoesNotMatch(@"<script[^>]*>\s*[^<\s]", html);
        Assert.DoesNotMatch(@"\son[a-z]+\s*=", html);
        Assert.DoesNotMatch(@"\sstyle\s*=", html);
        foreach (var path in new[] { "/", "/webchat/app.js", "/webchat/theme.css", "/webchat/app.css" })
        {
            Assert.DoesNotContain(ConfiguredClinicApplication.Secret, await _http.GetStringAsync(path));
        }
    }

    [Fact]
    public async Task ThePagesPolicyAllowsOnlyItsOwnScriptsItsNonceAndTheConfiguredSites()
    {
        using var response = await _http.GetAsync("/");
        var html = await response.Content.ReadAsStringAsync();
        var policy = Directives(response);

        Assert.Equal(["'none'"], policy["default-src"]);
        Assert.Equal(["'self'"], policy["script-src"]);
        Assert.Equal(["'self'", "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='", $"'nonce-{Nonce(html)}'"], policy["style-src"]);
        Assert.Equal(["'self'", "https://www.kiwibackclinic.nz"], policy["frame-ancestors"]);
        Assert.Equal(
            ["'self'", "https://europe.directline.botframework.com", "wss://europe.directline.botframework.com", "https://directline.botframework.com", "wss://directline.botframework.com"],
            policy["connect-src"]);
        Assert.Equal(["'none'"], policy["base-uri"]);
        Assert.Equal(["'none'"], policy["object-src"]);
        Assert.DoesNotContain("unsafe", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task EveryPageResponseHasAFreshNonce()
    {
        var first = Nonce(await _http.GetStringAsync("/"));
        var second = Nonce(await _http.GetStringAsync("/"));

        Assert.Equal(24, first.Length);
        Assert.NotEqual(first, second);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/webchat/app.js")]
    [InlineData("/webchat/app.css")]
    [InlineData("/webchat/theme.css")]
    [InlineData("/webchat/avatar.svg")]
    [InlineData("/lib/botframework-webchat/webchat.js")]
    [InlineData("/healthz")]
    [InlineData("/no-such-page")]
    public async Task ThePageItsAssetsAndEveryOtherResponseCarryTheSecurityHeaders(string path)
    {
        using var response = await _http.GetAsync(path);

        Assert.Equal(path == "/no-such-page" ? HttpStatusCode.NotFound : HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("strict-origin-when-cross-origin", Header(response, "Referrer-Policy"));
        Assert.Equal("max-age=31536000", Header(response, "Strict-Transport-Security"));
        var policy = Directives(response);
        Assert.Equal(["'self'"], policy["script-src"]);
        Assert.Equal(["'self'", "https://www.kiwibackclinic.nz"], policy["frame-ancestors"]);
        if (path != "/")
        {
            Assert.DoesNotContain(policy["style-src"], s => s.StartsWith("'nonce-", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task TheThemeIsTheClinicsColours()
    {
        using var response = await _http.GetAsync("/webchat/theme.css");

        Assert.Equal("text/css", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(":root { --brand: #5A1F6E; --brand-text: #FFFFFF; }\n", await response.Content.ReadAsStringAsync());
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : throw new Xunit.Sdk.XunitException($"{name} is missing on {response.RequestMessage?.RequestUri}");

    private static Dictionary<string, string[]> Directives(HttpResponseMessage response) =>
        Header(response, "Content-Security-Policy")
            .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(d => d.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .ToDictionary(d => d[0], d => d[1..]);

    private static string Nonce(string html) => NonceAttribute().Match(html) is { Success: true } m
        ? m.Groups[1].Value
        : throw new Xunit.Sdk.XunitException("the page has no nonce");

    [GeneratedRegex(@"<script[^>]*>")]
    private static partial Regex ScriptTag();

    [GeneratedRegex(@"nonce=""([^""]+)""")]
    private static partial Regex NonceAttribute();
}
