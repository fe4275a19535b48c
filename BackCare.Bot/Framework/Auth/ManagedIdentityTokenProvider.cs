using BackCare.Bot.Framework.Turns;
using Microsoft.Identity.Client;

namespace BackCare.Bot.Framework.Auth;

/// <summary>
/// Connector tokens from a user-assigned managed identity whose client id is the MicrosoftAppId
/// (protocol.md R4.6). MSAL caches the token per application instance, so this is a singleton.
/// </summary>
public sealed class ManagedIdentityTokenProvider(IManagedIdentityApplication application, string resource) : IConnectorTokenProvider
{
    public async Task<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        var result = await application.AcquireTokenForManagedIdentity(resource).ExecuteAsync(cancellationToken);
        return result.AccessToken;
    }
}
