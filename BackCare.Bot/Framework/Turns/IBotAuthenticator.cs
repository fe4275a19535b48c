using BackCare.Bot.Framework.Schema;

namespace BackCare.Bot.Framework.Turns;

/// <summary>Checks the Authorization header of an inbound activity (protocol.md §3).</summary>
public interface IBotAuthenticator
{
    Task<AuthenticationOutcome> AuthenticateAsync(string? authorizationHeader, Activity activity, CancellationToken cancellationToken);
}

/// <summary>Whether the caller may deliver this activity, and why not.</summary>
public sealed record AuthenticationOutcome(bool Succeeded, string? Failure)
{
    public static AuthenticationOutcome Anonymous { get; } = new(true, null);

    public static AuthenticationOutcome Authenticated { get; } = new(true, null);

    public static AuthenticationOutcome Fail(string reason) => new(false, reason);
}
