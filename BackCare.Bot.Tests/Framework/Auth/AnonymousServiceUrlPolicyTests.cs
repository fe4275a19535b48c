using BackCare.Bot.Framework.Auth;
using BackCare.Bot.Framework.Schema;
using Microsoft.Extensions.Options;

namespace BackCare.Bot.Tests.Framework.Auth;

public sealed class AnonymousServiceUrlPolicyTests
{
    [Fact]
    public void WithAnAppIdTheChannelTokenVouchesForTheServiceUrlSoNothingIsRefusedHere()
    {
        var policy = Policy(appId: "00000000-0000-0000-0000-000000000001");

        Assert.Null(policy.Refusal(Activity("https://smba.trafficmanager.net/amer/")));
    }

    [Fact]
    public void WithoutAnAppIdOnlyLoopbackOrListedServiceUrlsAreAllowed()
    {
        var policy = Policy(appId: null, "https://relay.clinic.example/bot/");

        Assert.Null(policy.Refusal(Activity("http://localhost:53559")));
        Assert.Null(policy.Refusal(Activity("https://relay.clinic.example/bot/v3")));
        Assert.NotNull(policy.Refusal(Activity("https://smba.trafficmanager.net/amer/")));
    }

    [Theory]
    [InlineData("http://localhost/", true)]
    [InlineData("http://localhost./", true)]
    [InlineData("http://127.0.0.1/", true)]
    [InlineData("http://127.255.255.254:8080/", true)]
    [InlineData("http://[::1]/", true)]
    [InlineData("http://[::ffff:127.0.0.1]/", true)]
    [InlineData("http://128.0.0.1/", false)]
    [InlineData("http://0.0.0.0/", false)]
    [InlineData("http://localhost.example/", false)]
    [InlineData("http://mylocalhost/", false)]
    [InlineData("http://127.0.0.1.example/", false)]
    [InlineData("http://[::]/", false)]
    public void LoopbackMeansLocalhostOrALiteralLoopbackAddress(string url, bool loopback)
    {
        Assert.Equal(loopback, AnonymousServiceUrlPolicy.IsLoopback(new Uri(url)));
    }

    private static AnonymousServiceUrlPolicy Policy(string? appId, params string[] allowed) => new(
        Options.Create(new BotFrameworkOptions { MicrosoftAppId = appId, MicrosoftAppPassword = "x" }),
        Options.Create(new AnonymousModeOptions { AnonymousServiceUrls = [.. allowed] }));

    private static Activity Activity(string serviceUrl) => new()
    {
        Type = ActivityTypes.Message,
        ServiceUrl = serviceUrl,
        Conversation = new ConversationAccount { Id = "c" },
        From = new ChannelAccount { Id = "u" },
    };
}
