using BackCare.Bot.Framework.Schema;
using BackCare.Bot.Framework.Turns;
using Microsoft.Extensions.Options;

namespace BackCare.Bot.Hosting;

/// <summary>
/// With no MicrosoftAppId, authentication is off and any caller is accepted, as the Bot Framework
/// does for local development with the Emulator (protocol.md R3.1, R5.7).
/// </summary>
public sealed class AnonymousOnlyAuthenticator(IOptions<BotFrameworkOptions> options) : IBotAuthenticator
{
    public Task<AuthenticationOutcome> AuthenticateAsync(string? authorizationHeader, Activity activity, CancellationToken cancellationToken) =>
        Task.FromResult(options.Value.AuthenticationDisabled
            ? AuthenticationOutcome.Anonymous
            : AuthenticationOutcome.Fail("This bot has a MicrosoftAppId but no token validator is configured."));
}
