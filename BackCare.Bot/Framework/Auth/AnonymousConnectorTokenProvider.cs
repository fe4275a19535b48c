using BackCare.Bot.Framework.Turns;

namespace BackCare.Bot.Framework.Auth;

/// <summary>With no MicrosoftAppId the bot sends no Authorization header to the channel (protocol.md R4.3).</summary>
public sealed class AnonymousConnectorTokenProvider : IConnectorTokenProvider
{
    public Task<string?> GetTokenAsync(CancellationToken cancellationToken) => Task.FromResult<string?>(null);
}
