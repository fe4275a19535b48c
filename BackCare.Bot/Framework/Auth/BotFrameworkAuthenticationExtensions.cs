using BackCare.Bot.Framework.Turns;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace BackCare.Bot.Framework.Auth;

/// <summary>Registers inbound token validation and the outbound token source (protocol.md §3, §4).</summary>
public static class BotFrameworkAuthenticationExtensions
{
    /// <summary>Named HttpClient for OpenID metadata and JWKS downloads.</summary>
    public const string HttpClientName = "BotFramework.OpenIdMetadata";

    /// <summary>Named HttpClient MSAL uses for token requests.</summary>
    public const string MsalHttpClientName = "BotFramework.TokenEndpoint";

    /// <summary>
    /// Binds the Bot Framework settings from the configuration root (binding twice is harmless), validates them
    /// at start-up, and registers <see cref="IBotAuthenticator"/>, <see cref="IConnectorTokenProvider"/> and the
    /// anonymous-mode rules (<see cref="AnonymousModeOptions"/>).
    /// </summary>
    public static IServiceCollection AddBotFrameworkAuthentication(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<BotFrameworkOptions>().Bind(configuration).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<BotFrameworkOptions>, BotFrameworkOptionsValidation>());
        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpClient(HttpClientName, c => c.Timeout = TimeSpan.FromSeconds(30));
        services.AddHttpClient(MsalHttpClientName, c => c.Timeout = TimeSpan.FromSeconds(30));

        services.AddSingleton<IBotAuthenticator, BotFrameworkAuthenticator>();

        // Anonymous mode stays local: no open relay, and no anonymous Production by accident.
        services.AddOptions<AnonymousModeOptions>().BindConfiguration(AnonymousModeOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<AnonymousModeOptions>, AnonymousModeValidation>());
        services.TryAddSingleton<AnonymousServiceUrlPolicy>();
        services.AddHostedService<AuthenticationModeNotice>();
        services.AddSingleton<IConnectorTokenProvider>(sp => ConnectorTokenProviderFactory.Create(
            sp.GetRequiredService<IOptions<BotFrameworkOptions>>().Value,
            sp.GetRequiredService<IHttpClientFactory>(),
            sp.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ConnectorTokenProviderFactory))));
        return services;
    }
}
