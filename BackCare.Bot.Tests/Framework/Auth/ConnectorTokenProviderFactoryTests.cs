using BackCare.Bot.Framework.Auth;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;

namespace BackCare.Bot.Tests.Framework.Auth;

public sealed class ConnectorTokenProviderFactoryTests
{
    private const string FakeLogin = "https://login.fake.test";
    private const string TenantId = "0a1b2c3d-4e5f-6071-8293-a4b5c6d7e8f9";

    private readonly FakeTokenEndpoint _endpoint = new();

    [Fact]
    public async Task SendsNoTokenWhenNoAppIdIsConfigured()
    {
        var provider = Create(new BotFrameworkOptions { MicrosoftAppId = "" });

        var token = await provider.GetTokenAsync(CancellationToken.None);

        Assert.Null(token);
        Assert.Empty(_endpoint.TokenRequests);
    }

    [Fact]
    public async Task MultiTenantRequestsClientCredentialsTokenFromTheBotFrameworkTenant()
    {
        var provider = Create(Settings("MultiTenant"));

        var token = await provider.GetTokenAsync(CancellationToken.None);

        Assert.Equal("access-token-1", token);
        var (uri, form) = Assert.Single(_endpoint.TokenRequests);
        Assert.Equal("https://login.fake.test/botframework.com/oauth2/v2.0/token", uri.GetLeftPart(UriPartial.Path));
        Assert.Equal("client_credentials", form["grant_type"]);
        Assert.Equal(TestTokens.AppId, form["client_id"]);
        Assert.Equal("s3cret", form["client_secret"]);
        Assert.Equal("https://api.botframework.com/.default", form["scope"]);
    }

    [Fact]
    public async Task SingleTenantRequestsTokenFromTheAppsTenant()
    {
        var provider = Create(Settings("SingleTenant", tenantId: TenantId));

        await provider.GetTokenAsync(CancellationToken.None);

        var (uri, _) = Assert.Single(_endpoint.TokenRequests);
        Assert.Equal($"https://login.fake.test/{TenantId}/oauth2/v2.0/token", uri.GetLeftPart(UriPartial.Path));
    }

    [Fact]
    public async Task ReusesTheCachedTokenOnTheSecondCall()
    {
        var provider = Create(Settings("MultiTenant"));

        var first = await provider.GetTokenAsync(CancellationToken.None);
        var second = await provider.GetTokenAsync(CancellationToken.None);

        Assert.Equal(first, second);
        Assert.Single(_endpoint.TokenRequests);
    }

    [Fact]
    public async Task AppendsDefaultToACustomOAuthScope()
    {
        var settings = Settings("MultiTenant");
        settings.ToChannelFromBotOAuthScope = "https://api.botframework.us";
        var provider = Create(settings);

        await provider.GetTokenAsync(CancellationToken.None);

        Assert.Equal("https://api.botframework.us/.default", Assert.Single(_endpoint.TokenRequests).Form["scope"]);
    }

    [Fact]
    public async Task UserAssignedManagedIdentityRequestsTokenForTheConnectorResource()
    {
        var provider = Create(new BotFrameworkOptions { MicrosoftAppType = "UserAssignedMSI", MicrosoftAppId = TestTokens.AppId, MicrosoftAppTenantId = TenantId });

        var first = await provider.GetTokenAsync(CancellationToken.None);
        var second = await provider.GetTokenAsync(CancellationToken.None);

        Assert.StartsWith("msi-token-", first);
        Assert.Equal(first, second);
        var request = Assert.Single(_endpoint.OtherRequests, u => u.AbsolutePath.Contains("/metadata/identity/oauth2/token", StringComparison.Ordinal));
        var query = System.Web.HttpUtility.ParseQueryString(request.Query);
        Assert.Equal("https://api.botframework.com", query["resource"]);
        Assert.Equal(TestTokens.AppId, query["client_id"]);
    }

    [Theory]
    [InlineData("MultiTenant", null, "https://login.microsoftonline.com/botframework.com")]
    [InlineData("multitenant", null, "https://login.microsoftonline.com/botframework.com")]
    [InlineData("", null, "https://login.microsoftonline.com/botframework.com")]
    [InlineData("SingleTenant", null, $"https://login.microsoftonline.com/{TenantId}")]
    [InlineData("SingleTenant", "https://login.microsoftonline.us", $"https://login.microsoftonline.us/{TenantId}")]
    [InlineData("SingleTenant", "https://login.example/custom-tenant/", "https://login.example/custom-tenant")]
    public void BuildsTheAuthorityFromAppTypeTenantAndLoginOverride(string appType, string? loginUrl, string expected)
    {
        var settings = Settings(appType, tenantId: TenantId);
        settings.ToChannelFromBotLoginUrl = loginUrl;

        var authority = ConnectorTokenProviderFactory.Authority(settings, BotAppTypes.Parse(appType));

        Assert.Equal(expected, authority);
    }

    [Theory]
    [InlineData("SingleTenant", "s3cret", null, "MicrosoftAppTenantId")]
    [InlineData("SingleTenant", null, TenantId, "MicrosoftAppPassword")]
    [InlineData("MultiTenant", null, null, "MicrosoftAppPassword")]
    [InlineData("UserAssignedMSI", "s3cret", TenantId, "must not have a MicrosoftAppPassword")]
    public void RefusesToStartWithIncompleteCredentials(string appType, string? password, string? tenantId, string expected)
    {
        var settings = new BotFrameworkOptions { MicrosoftAppType = appType, MicrosoftAppId = TestTokens.AppId, MicrosoftAppPassword = password, MicrosoftAppTenantId = tenantId };

        var exception = Assert.Throws<InvalidOperationException>(() => Create(settings));

        Assert.Contains(expected, exception.Message, StringComparison.Ordinal);
        Assert.False(new BotFrameworkOptionsValidation().Validate(null, settings).Succeeded);
    }

    private static BotFrameworkOptions Settings(string appType, string? tenantId = null) => new()
    {
        MicrosoftAppType = appType,
        MicrosoftAppId = TestTokens.AppId,
        MicrosoftAppPassword = "s3cret",
        MicrosoftAppTenantId = tenantId,
        ToChannelFromBotLoginUrl = FakeLogin,
    };

    private BackCare.Bot.Framework.Turns.IConnectorTokenProvider Create(BotFrameworkOptions settings)
    {
        var httpClientFactory = new Mock<IHttpClientFactory>();
        httpClientFactory.Setup(f => f.CreateClient(It.IsAny<string>())).Returns(() => new HttpClient(_endpoint, disposeHandler: false));
        return ConnectorTokenProviderFactory.Create(settings, httpClientFactory.Object, NullLogger.Instance);
    }
}
