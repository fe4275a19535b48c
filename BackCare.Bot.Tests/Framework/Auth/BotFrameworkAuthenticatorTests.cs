using System.Text.Json.Nodes;
using BackCare.Bot.Framework.Auth;
using BackCare.Bot.Framework.Schema;
using BackCare.Bot.Framework.Turns;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using Moq;

namespace BackCare.Bot.Tests.Framework.Auth;

public sealed class BotFrameworkAuthenticatorTests
{
    private const string ChannelMetadata = "https://channel.test/v1/.well-known/openidconfiguration";
    private const string ChannelJwks = "https://channel.test/v1/.well-known/keys";
    private const string AadMetadata = "https://aad.test/common/v2.0/.well-known/openid-configuration";
    private const string AadJwks = "https://aad.test/common/discovery/v2.0/keys";

    private readonly ManualTimeProvider _clock = new(new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero));
    private readonly FakeOpenIdHandler _openId = new();
    private readonly TestSigningKey _channelKey = new("k1", "webchat", "directline");
    private readonly TestSigningKey _aadKey = new("aad1");
    private BotFrameworkAuthenticator? _authenticator;

    public BotFrameworkAuthenticatorTests()
    {
        _openId.Publish(ChannelMetadata, ChannelJwks, TestTokens.ChannelIssuer, _channelKey);
        _openId.Publish(AadMetadata, AadJwks, "https://login.microsoftonline.com/{tenantid}/v2.0", _aadKey);
    }

    [Fact]
    public async Task AcceptsChannelTokenSignedByKeyEndorsedForTheChannel()
    {
        var token = ChannelToken(TestTokens.ChannelClaims());

        var outcome = await AuthenticateAsync(token);

        Assert.True(outcome.Succeeded, outcome.Failure);
    }

    [Fact]
    public async Task RejectsChannelTokenIssuedForAnotherAudience()
    {
        var token = ChannelToken(TestTokens.ChannelClaims(audience: "someone-else"));

        var outcome = await AuthenticateAsync(token);

        AssertRejected(outcome, token, "audience");
    }

    [Fact]
    public async Task RejectsChannelTokenFromAnUntrustedIssuer()
    {
        var token = ChannelToken(TestTokens.ChannelClaims(issuer: "https://evil.example"));

        var outcome = await AuthenticateAsync(token);

        AssertRejected(outcome, token, "issuer");
    }

    [Fact]
    public async Task RejectsTokenExpiredForLongerThanTheClockSkew()
    {
        var token = ChannelToken(TestTokens.ChannelClaims(), expiresIn: TimeSpan.FromMinutes(-6));

        var outcome = await AuthenticateAsync(token);

        AssertRejected(outcome, token, "expired");
    }

    [Fact]
    public async Task AcceptsTokenExpiredWithinTheClockSkew()
    {
        var token = ChannelToken(TestTokens.ChannelClaims(), expiresIn: TimeSpan.FromMinutes(-4));

        var outcome = await AuthenticateAsync(token);

        Assert.True(outcome.Succeeded, outcome.Failure);
    }

    [Fact]
    public async Task RejectsTokenWhoseLifetimeStartsBeyondTheClockSkew()
    {
        var token = ChannelToken(TestTokens.ChannelClaims(), expiresIn: TimeSpan.FromMinutes(66));

        var outcome = await AuthenticateAsync(token);

        AssertRejected(outcome, token, "not valid yet");
    }

    [Fact]
    public async Task RejectsTokenSignedByAnotherKeyUnderAPublishedKid()
    {
        var impostor = new TestSigningKey("k1");
        var token = TestTokens.Create(impostor.Credentials(), _clock.Now, TestTokens.ChannelClaims());

        var outcome = await AuthenticateAsync(token);

        AssertRejected(outcome, token, "signature");
    }

    [Theory]
    [InlineData(SecurityAlgorithms.RsaSha384)]
    [InlineData(SecurityAlgorithms.RsaSha512)]
    public async Task AcceptsTheOtherAllowedRsaAlgorithms(string algorithm)
    {
        var token = TestTokens.Create(_channelKey.Credentials(algorithm), _clock.Now, TestTokens.ChannelClaims());

        var outcome = await AuthenticateAsync(token);

        Assert.True(outcome.Succeeded, outcome.Failure);
    }

    [Fact]
    public async Task RejectsHmacSignedToken()
    {
        var secret = new SymmetricSecurityKey(new byte[32]) { KeyId = "k1" };
        var token = TestTokens.Create(new SigningCredentials(secret, SecurityAlgorithms.HmacSha256), _clock.Now, TestTokens.ChannelClaims());

        var outcome = await AuthenticateAsync(token);

        AssertRejected(outcome, token, "algorithm");
    }

    [Fact]
    public async Task RejectsUnsignedToken()
    {
        var token = TestTokens.Unsigned(new JsonObject { ["alg"] = "none", ["typ"] = "JWT", ["kid"] = "k1" }, TestTokens.ChannelClaims(), _clock.Now);

        var outcome = await AuthenticateAsync(token);

        AssertRejected(outcome, token, "algorithm");
    }

    [Fact]
    public async Task RejectsUnknownKidAfterRefetchingTheKeys()
    {
        await AuthenticateAsync(ChannelToken(TestTokens.ChannelClaims()));
        _clock.Now += TimeSpan.FromMinutes(1);
        var stranger = new TestSigningKey("k-unknown", "webchat");
        var token = TestTokens.Create(stranger.Credentials(), _clock.Now, TestTokens.ChannelClaims());

        var outcome = await AuthenticateAsync(token);

        AssertRejected(outcome, token, "published key set");
        Assert.Equal(2, _openId.JwksRequests(ChannelJwks));
    }

    [Fact]
    public async Task AcceptsTokenFromRotatedKeyAfterRefetchingTheKeys()
    {
        await AuthenticateAsync(ChannelToken(TestTokens.ChannelClaims()));
        _clock.Now += TimeSpan.FromMinutes(1);
        var rotated = new TestSigningKey("k2", "webchat");
        _openId.KeysAt(ChannelJwks).Add(rotated);
        var token = TestTokens.Create(rotated.Credentials(), _clock.Now, TestTokens.ChannelClaims());

        var outcome = await AuthenticateAsync(token);

        Assert.True(outcome.Succeeded, outcome.Failure);
    }

    [Fact]
    public async Task RefetchesForUnknownKidsAtMostOncePerInterval()
    {
        await AuthenticateAsync(ChannelToken(TestTokens.ChannelClaims()));
        var stranger = new TestSigningKey("k-unknown", "webchat");

        for (var i = 0; i < 3; i++)
        {
            await AuthenticateAsync(TestTokens.Create(stranger.Credentials(), _clock.Now, TestTokens.ChannelClaims()));
        }

        Assert.Equal(1, _openId.JwksRequests(ChannelJwks));
    }

    [Fact]
    public async Task ReusesCachedKeysUntilTheyAreFiveDaysOld()
    {
        await AuthenticateAsync(ChannelToken(TestTokens.ChannelClaims()));
        _clock.Now += TimeSpan.FromDays(4);
        await AuthenticateAsync(ChannelToken(TestTokens.ChannelClaims()));
        Assert.Equal(1, _openId.JwksRequests(ChannelJwks));

        _clock.Now += TimeSpan.FromDays(1);
        await AuthenticateAsync(ChannelToken(TestTokens.ChannelClaims()));

        Assert.Equal(2, _openId.JwksRequests(ChannelJwks));
    }

    [Fact]
    public async Task RejectsChannelTokenWithoutServiceUrlClaim()
    {
        var token = ChannelToken(TestTokens.ChannelClaims(serviceUrl: null));

        var outcome = await AuthenticateAsync(token);

        AssertRejected(outcome, token, "no serviceurl claim");
    }

    [Fact]
    public async Task RejectsChannelTokenForAnotherServiceUrl()
    {
        var token = ChannelToken(TestTokens.ChannelClaims(serviceUrl: "https://attacker.example/"));

        var outcome = await AuthenticateAsync(token);

        AssertRejected(outcome, token, "serviceurl claim does not match");
    }

    [Fact]
    public async Task ComparesServiceUrlIgnoringCase()
    {
        var token = ChannelToken(TestTokens.ChannelClaims(serviceUrl: TestTokens.ServiceUrl.ToUpperInvariant()));

        var outcome = await AuthenticateAsync(token);

        Assert.True(outcome.Succeeded, outcome.Failure);
    }

    [Fact]
    public async Task RejectsChannelTokenWhoseKeyIsNotEndorsedForTheChannel()
    {
        var token = ChannelToken(TestTokens.ChannelClaims());

        var outcome = await AuthenticateAsync(token, channelId: "msteams");

        AssertRejected(outcome, token, "not endorsed");
    }

    [Fact]
    public async Task RejectsChannelTokenWhoseKeyHasNoEndorsements()
    {
        var bare = new TestSigningKey("k-bare", endorsements: null);
        _openId.KeysAt(ChannelJwks).Add(bare);
        var token = TestTokens.Create(bare.Credentials(), _clock.Now, TestTokens.ChannelClaims());

        var outcome = await AuthenticateAsync(token);

        AssertRejected(outcome, token, "not endorsed");
    }

    [Fact]
    public async Task AcceptsEmulatorVersion1TokenWhoseAppIdIsThisBot()
    {
        var token = AadToken(TestTokens.EmulatorClaims(TestTokens.EmulatorV1Issuer, "1.0", "appid"));

        var outcome = await AuthenticateAsync(token, channelId: "emulator", serviceUrl: "http://localhost:50000");

        Assert.True(outcome.Succeeded, outcome.Failure);
    }

    [Fact]
    public async Task AcceptsEmulatorVersion2TokenWhoseAzpIsThisBot()
    {
        var token = AadToken(TestTokens.EmulatorClaims(TestTokens.EmulatorV2Issuer, "2.0", "azp"));

        var outcome = await AuthenticateAsync(token, channelId: "emulator", serviceUrl: "http://localhost:50000");

        Assert.True(outcome.Succeeded, outcome.Failure);
    }

    [Fact]
    public async Task RejectsEmulatorTokenIssuedToAnotherApp()
    {
        var token = AadToken(TestTokens.EmulatorClaims(TestTokens.EmulatorV1Issuer, "1.0", "appid", appId: "another-app"));

        var outcome = await AuthenticateAsync(token, channelId: "emulator");

        AssertRejected(outcome, token, "'appid' claim is not this bot's");
    }

    [Fact]
    public async Task RejectsEmulatorVersion2TokenThatOnlyCarriesAppId()
    {
        var token = AadToken(TestTokens.EmulatorClaims(TestTokens.EmulatorV2Issuer, "2.0", "appid"));

        var outcome = await AuthenticateAsync(token, channelId: "emulator");

        AssertRejected(outcome, token, "no 'azp' claim");
    }

    [Fact]
    public async Task RejectsEmulatorTokenWithoutVersion()
    {
        var token = AadToken(TestTokens.EmulatorClaims(TestTokens.EmulatorV1Issuer, version: null, "appid"));

        var outcome = await AuthenticateAsync(token, channelId: "emulator");

        AssertRejected(outcome, token, "no 'ver' claim");
    }

    [Fact]
    public async Task AcceptsSingleTenantIssuerNamedByTheTokensTenantId()
    {
        const string tenant = "0a1b2c3d-4e5f-6071-8293-a4b5c6d7e8f9";
        var claims = TestTokens.EmulatorClaims($"https://login.microsoftonline.com/{tenant}/v2.0", "2.0", "azp");
        claims["tid"] = tenant;

        var outcome = await AuthenticateAsync(AadToken(claims), channelId: "emulator");

        Assert.True(outcome.Succeeded, outcome.Failure);
    }

    [Fact]
    public async Task RejectsEmulatorTokenSignedByAKeyOutsideAzureAdKeySet()
    {
        var token = TestTokens.Create(_channelKey.Credentials(), _clock.Now, TestTokens.EmulatorClaims(TestTokens.EmulatorV1Issuer, "1.0", "appid"));

        var outcome = await AuthenticateAsync(token, channelId: "emulator");

        AssertRejected(outcome, token, "published key set");
    }

    [Fact]
    public async Task AcceptsAnyoneWhenNoAppIdIsConfigured()
    {
        var authenticator = CreateAuthenticator(appId: "");

        var outcome = await authenticator.AuthenticateAsync(null, NewActivity("webchat", TestTokens.ServiceUrl), CancellationToken.None);

        Assert.Same(AuthenticationOutcome.Anonymous, outcome);
        Assert.Equal(0, _openId.JwksRequests(ChannelJwks));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public async Task RejectsMissingAuthorizationHeaderWhenAppIdIsSet(string? header)
    {
        var outcome = await CreateAuthenticator().AuthenticateAsync(header, NewActivity("webchat", TestTokens.ServiceUrl), CancellationToken.None);

        Assert.False(outcome.Succeeded);
        Assert.Contains("No Authorization header", outcome.Failure);
    }

    [Theory]
    [InlineData("bearer {0}")]
    [InlineData("Basic {0}")]
    [InlineData("Bearer  {0}")]
    [InlineData("Bearer")]
    public async Task RejectsAuthorizationHeaderThatIsNotExactlyBearerAndToken(string format)
    {
        var token = ChannelToken(TestTokens.ChannelClaims());
        var header = string.Format(System.Globalization.CultureInfo.InvariantCulture, format, token);

        var outcome = await CreateAuthenticator().AuthenticateAsync(header, NewActivity("webchat", TestTokens.ServiceUrl), CancellationToken.None);

        AssertRejected(outcome, token, "Bearer <token>");
    }

    [Fact]
    public async Task RejectsBearerValueThatIsNotAJwt()
    {
        var outcome = await CreateAuthenticator().AuthenticateAsync("Bearer not-a-jwt", NewActivity("webchat", TestTokens.ServiceUrl), CancellationToken.None);

        AssertRejected(outcome, "not-a-jwt", "well-formed JWT");
    }

    private string ChannelToken(Dictionary<string, object> claims, TimeSpan? expiresIn = null) =>
        TestTokens.Create(_channelKey.Credentials(), _clock.Now, claims, expiresIn);

    private string AadToken(Dictionary<string, object> claims) =>
        TestTokens.Create(_aadKey.Credentials(), _clock.Now, claims);

    private Task<AuthenticationOutcome> AuthenticateAsync(string token, string channelId = "webchat", string serviceUrl = TestTokens.ServiceUrl) =>
        CreateAuthenticator().AuthenticateAsync($"Bearer {token}", NewActivity(channelId, serviceUrl), CancellationToken.None);

    /// <summary>One authenticator per test, so its key cache lives across calls as it does in the app.</summary>
    private BotFrameworkAuthenticator CreateAuthenticator(string appId = TestTokens.AppId)
    {
        if (_authenticator is not null && appId == TestTokens.AppId)
        {
            return _authenticator;
        }

        var httpClientFactory = new Mock<IHttpClientFactory>();
        httpClientFactory.Setup(f => f.CreateClient(It.IsAny<string>())).Returns(() => new HttpClient(_openId, disposeHandler: false));
        var options = Options.Create(new BotFrameworkOptions
        {
            MicrosoftAppId = appId,
            MicrosoftAppPassword = "not-used-inbound",
            ToBotFromChannelOpenIdMetadataUrl = ChannelMetadata,
            ToBotFromEmulatorOpenIdMetadataUrl = AadMetadata,
        });
        var authenticator = new BotFrameworkAuthenticator(options, httpClientFactory.Object, _clock, NullLogger<BotFrameworkAuthenticator>.Instance);
        return appId == TestTokens.AppId ? _authenticator = authenticator : authenticator;
    }

    private static Activity NewActivity(string channelId, string serviceUrl) => new()
    {
        Type = ActivityTypes.Message,
        ChannelId = channelId,
        ServiceUrl = serviceUrl,
        Conversation = new ConversationAccount { Id = "conv-1" },
        From = new ChannelAccount { Id = "user-1" },
    };

    private static void AssertRejected(AuthenticationOutcome outcome, string token, string expectedReason)
    {
        Assert.False(outcome.Succeeded);
        Assert.Contains(expectedReason, outcome.Failure, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(token, outcome.Failure!, StringComparison.Ordinal);
    }
}
