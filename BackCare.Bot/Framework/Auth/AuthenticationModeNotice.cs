using Microsoft.Extensions.Options;

namespace BackCare.Bot.Framework.Auth;

/// <summary>Says at start-up, plainly, when authentication is off and where replies may still go.</summary>
public sealed class AuthenticationModeNotice(
    IOptions<BotFrameworkOptions> botFramework,
    IOptions<AnonymousModeOptions> anonymousMode,
    IHostEnvironment environment,
    ILogger<AuthenticationModeNotice> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (botFramework.Value.AuthenticationDisabled)
        {
            AuthLog.AuthenticationOff(logger, environment.EnvironmentName, anonymousMode.Value.AnonymousServiceUrls.Count);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
