using BackCare.Bot.Framework.Turns;
using Microsoft.Identity.Client;

namespace BackCare.Bot.Framework.Auth;

/// <summary>
/// Client-credentials tokens for the Connector (protocol.md R4.1), MultiTenant or SingleTenant.
/// MSAL keeps the token in the application's in-memory cache and refreshes it before expiry,
/// so this must be a singleton for the cache to be reused across calls.
/// </summary>
public sealed class ClientCredentialsTokenProvider(IConfidentialClientApplication application, string scope) : IConnectorTokenProvider
{
    private readonly string[] _scopes = [scope];

    public async Task<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        var result = await application.AcquireTokenForClient(_scopes).ExecuteAsync(cancellationToken);
        return result.AccessToken;
    }
}
