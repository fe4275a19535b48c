using BackCare.Bot.Channels.WebChat;
using BackCare.Bot.Content;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace BackCare.Bot.Tests.Channels.WebChat;

/// <summary>What the chat page takes from configuration is checked at start-up: readable colours, safe origins and URLs.</summary>
public sealed class WebChatSettingsTests
{
    [Theory]
    [InlineData("#000000", "#FFFFFF", 21.0)]
    [InlineData("#FFFFFF", "#FFFFFF", 1.0)]
    [InlineData("#767676", "#FFFFFF", 4.54)]
    [InlineData("#0B5563", "#FFFFFF", 8.42)]
    public void ContrastIsTheWcagRatio(string first, string second, double expected)
    {
        Assert.Equal(expected, ColourContrast.Ratio(first, second), 2);
    }

    [Fact]
    public void TheDefaultsAreValid()
    {
        Assert.Empty(WebChatSettingsValidation.Check(new ClinicOptions()));
        Assert.Empty(WebChatSettingsValidation.Check(new WebChatOptions()));
    }

    [Fact]
    public void TextThatIsHardToReadOnTheBrandColourIsRefused()
    {
        var problems = WebChatSettingsValidation.Check(new ClinicOptions { BrandColor = "#0B5563", BrandTextColor = "#336677" });

        Assert.Contains(problems, p => p.Contains("Clinic:BrandTextColor #336677 on Clinic:BrandColor #0B5563", StringComparison.Ordinal) && p.Contains("4.5:1", StringComparison.Ordinal));
    }

    [Fact]
    public void ABrandColourTooLightForButtonsOnWhiteIsRefused()
    {
        var problems = WebChatSettingsValidation.Check(new ClinicOptions { BrandColor = "#7FD1E0", BrandTextColor = "#000000" });

        Assert.Contains(problems, p => p.Contains("Clinic:BrandColor #7FD1E0 on white", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("http://cdn.example.com/avatar.png")]
    [InlineData("//evil.example/avatar.png")]
    [InlineData("avatar.png")]
    public void AnAvatarOffSiteWithoutHttpsIsRefused(string avatar)
    {
        Assert.Contains(WebChatSettingsValidation.Check(new ClinicOptions { AvatarUrl = avatar }), p => p.StartsWith("Clinic:AvatarUrl", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("https://www.onebodyldn.com", true)]
    [InlineData("https://*.onebodyldn.com", true)]
    [InlineData("https://www.onebodyldn.com:8443", true)]
    [InlineData("http://localhost:5173", true)]
    [InlineData("http://www.onebodyldn.com", false)]
    [InlineData("https://www.onebodyldn.com/chat", false)]
    [InlineData("https://x.com; script-src *", false)]
    [InlineData("'unsafe-inline'", false)]
    [InlineData("*", false)]
    public void OnlyPlainOriginsCanBeWrittenIntoThePolicy(string origin, bool accepted)
    {
        var problems = WebChatSettingsValidation.Check(new WebChatOptions { FrameAncestors = [origin], ConnectSources = [origin] });

        Assert.Equal(accepted ? 0 : 2, problems.Count);
    }

    [Fact]
    public void TheTokenUrlMustBeOnThisSite()
    {
        Assert.Single(WebChatSettingsValidation.Check(new WebChatOptions { TokenUrl = "https://elsewhere.example/token" }));
    }

    [Fact]
    public void BadSettingsStopTheBotFromStarting()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Clinic:BrandColor"] = "#FFFF00",
            ["WebChat:FrameAncestors:0"] = "https://x.com; script-src *",
        }).Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration);
        services.AddOptions<ClinicOptions>().BindConfiguration(ClinicOptions.SectionName);
        services.AddWebChatPage();
        using var provider = services.BuildServiceProvider();

        Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<ClinicOptions>>().Value);
        Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<WebChatOptions>>().Value);
    }

    [Theory]
    [InlineData("020 0000 0000", "02000000000")]
    [InlineData("+44 (0)20 7946 0000", "+442079460000")]
    [InlineData("+64 9 555 0100", "+6495550100")]
    public void ThePhoneLinkDialsTheDigits(string phone, string href)
    {
        Assert.Equal(href, WebChatPage.TelephoneHref(phone));
    }

    [Fact]
    public void APageTextWithAnUnknownPlaceholderFailsAtStartUp()
    {
        var catalog = new ContentCatalog(EmbeddedContent.Load<ResponseFile>("responses.en-GB.json"), new ClinicOptions(), new EmergencyServicesOptions());
        var file = EmbeddedContent.Load<WebChatPageFile>("webchat-page.en-GB.json");
        file.Texts["emergencyNotice"] = "Not for emergencies: call {ambulanceNumber}";

        var error = Assert.Throws<InvalidOperationException>(() => new WebChatPageText(file, catalog));

        Assert.Contains("ambulanceNumber", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryPageTextIsFilledFromSettings()
    {
        var catalog = new ContentCatalog(
            EmbeddedContent.Load<ResponseFile>("responses.en-GB.json"),
            new ClinicOptions { Phone = "09 555 0100" },
            new EmergencyServicesOptions { EmergencyNumber = "111", EmergencyDepartment = "ED" });

        var text = new WebChatPageText(catalog);

        Assert.Equal("Not for emergencies: call 111 or go to ED.", text.EmergencyNotice);
        Assert.Contains("09 555 0100", text.ConnectFailed, StringComparison.Ordinal);
        Assert.DoesNotContain('{', text.Title + text.Heading + text.Phone + text.ChatLabel + text.Connecting + text.NoScript);
    }

    [Theory]
    [InlineData("Development", false)]
    [InlineData("Production", true)]
    [InlineData("Staging", true)]
    public async Task HstsIsSentOutsideDevelopmentAndTheOtherHeadersAlways(string environment, bool hsts)
    {
        var policy = new ContentSecurityPolicy(new WebChatOptions(), new ClinicOptions(), []);
        var host = new Mock<IHostEnvironment>();
        host.SetupGet(h => h.EnvironmentName).Returns(environment);
        var middleware = new SecurityHeadersMiddleware(_ => Task.CompletedTask, policy, host.Object);
        var context = new DefaultHttpContext();

        await middleware.InvokeAsync(context);

        var headers = context.Response.Headers;
        Assert.Equal(hsts, headers.ContainsKey("Strict-Transport-Security"));
        Assert.Equal("nosniff", headers.XContentTypeOptions.ToString());
        Assert.Equal("strict-origin-when-cross-origin", headers["Referrer-Policy"].ToString());
        Assert.Equal(policy.Value, headers.ContentSecurityPolicy.ToString());
        Assert.Contains("frame-ancestors 'self';", policy.Value, StringComparison.Ordinal);
    }
}
