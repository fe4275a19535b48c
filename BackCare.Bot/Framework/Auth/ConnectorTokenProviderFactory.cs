using BackCare.Bot.Framework.Turns;
using Microsoft.Identity.Client;
using Microsoft.Identity.Client.AppConfig;

namespace BackCare.Bot.Framework.Auth;

/// <summary>Picks the outbound token source from MicrosoftAppType (protocol.md R3.13, R4.1, R4.3, R4.6).</summary>
public static class ConnectorTokenProviderFactory
{
    public static IConnectorTokenProvider Create(BotFrameworkOptions settings, IHttpClientFactory httpClientFactory, ILogger logger)
    {
        if (settings.AuthenticationDisabled)
        {
            return new AnonymousConnectorTokenProvider();
        }

        var problems = BotFrameworkOptionsValidation.Check(settings);
        if (problems.Count > 0)
        {
            throw new InvalidOperationException(string.Join(" ", problems));
        }

        var appType = BotAppTypes.Parse(settings.MicrosoftAppType);
        var msalHttp = new MsalHttpClientFactory(httpClientFactory);
        var resource = settings.ToChannelFromBotOAuthScope.TrimEnd('/');
        if (resource.EndsWith("/.default", StringComparison.Ordinal))
        {
            resource = resource[..^"/.default".Length];
        }

        if (appType == BotAppType.UserAssignedMsi)
        {
            AuthLog.OutboundTokenSource(logger, appType, "managed identity");
            var identity = ManagedIdentityApplicationBuilder
                .Create(ManagedIdentityId.WithUserAssignedClientId(settings.MicrosoftAppId!))
                .WithHttpClientFactory(msalHttp)
                .Build();
            return new ManagedIdentityTokenProvider(identity, resource);
        }

        var authority = Authority(settings, appType);
        AuthLog.OutboundTokenSource(logger, appType, authority);
        var application = ConfidentialClientApplicationBuilder
            .Create(settings.MicrosoftAppId)
            .WithClientSecret(settings.MicrosoftAppPassword)
            .WithAuthority(authority, validateAuthority: string.IsNullOrWhiteSpace(settings.ToChannelFromBotLoginUrl))
            .WithHttpClientFactory(msalHttp)
            .Build();
        return new ClientCredentialsTokenProvider(application, resource + "/.default");
    }

    /// <summary>
    /// https://login.microsoftonline.com/{tenant}: botframework.com for MultiTenant, the app's tenant for
    /// SingleTenant. An override with a path is the whole authority; a bare origin gets the tenant appended.
    /// </summary>
    public static string Authority(BotFrameworkOptions settings, BotAppType appType)
    {
        var tenant = appType == BotAppType.SingleTenant ? settings.MicrosoftAppTenantId! : AuthenticationConstants.MultiTenantAuthority;
        var login = string.IsNullOrWhiteSpace(settings.ToChannelFromBotLoginUrl) ? AuthenticationConstants.DefaultLoginOrigin : settings.ToChannelFromBotLoginUrl;
        var uri = new Uri(login, UriKind.Absolute);
        return uri.AbsolutePath.Trim('/').Length > 0
            ? login.TrimEnd('/')
            : $"{uri.GetLeftPart(UriPartial.Authority)}/{tenant}";
    }
}
