using BackCare.Bot.Framework.Schema;
using BackCare.Bot.Framework.Turns;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace BackCare.Bot.Framework.Auth;

/// <summary>
/// Validates the bearer token on an inbound activity (protocol.md §3). No MicrosoftAppId: anyone is
/// accepted (R3.1). Otherwise the token must be an Emulator/Azure AD token for this app (R3.9–R3.12)
/// or a Bot Connector token for this app whose serviceurl matches the activity and whose signing key
/// is endorsed for the activity's channel (R3.5–R3.6). Failure reasons name the problem, never the token.
/// </summary>
public sealed class BotFrameworkAuthenticator(
    IOptions<BotFrameworkOptions> options,
    IHttpClientFactory httpClientFactory,
    TimeProvider timeProvider,
    ILogger<BotFrameworkAuthenticator> logger) : IBotAuthenticator
{
    private const string BearerScheme = "Bearer";

    private readonly BotFrameworkOptions _settings = options.Value;
    private readonly JsonWebTokenHandler _handler = new();
    private readonly OpenIdKeyCache _channelKeys = new(options.Value.ToBotFromChannelOpenIdMetadataUrl, httpClientFactory, timeProvider, logger);
    private readonly OpenIdKeyCache _emulatorKeys = new(options.Value.ToBotFromEmulatorOpenIdMetadataUrl, httpClientFactory, timeProvider, logger);

    public async Task<AuthenticationOutcome> AuthenticateAsync(string? authorizationHeader, Activity activity, CancellationToken cancellationToken)
    {
        if (_settings.AuthenticationDisabled)
        {
            return AuthenticationOutcome.Anonymous;
        }

        if (string.IsNullOrWhiteSpace(authorizationHeader))
        {
            return Reject("missing", activity, "No Authorization header: this bot requires a Bot Framework bearer token.");
        }

        // The SDK accepts exactly two space-separated parts with a case-sensitive scheme (R3.2).
        var parts = authorizationHeader.Split(' ');
        if (parts.Length != 2 || !string.Equals(parts[0], BearerScheme, StringComparison.Ordinal) || parts[1].Length == 0)
        {
            return Reject("malformed", activity, "The Authorization header must be 'Bearer <token>'.");
        }

        JsonWebToken token;
        try
        {
            token = _handler.ReadJsonWebToken(parts[1]);
        }
        catch (Exception exception) when (exception is ArgumentException or SecurityTokenMalformedException)
        {
            return Reject("malformed", activity, "The bearer token is not a well-formed JWT.");
        }

        if (!AuthenticationConstants.AllowedSigningAlgorithms.Contains(token.Alg, StringComparer.Ordinal))
        {
            return Reject("unsigned", activity, "The token's signing algorithm is not allowed; only RS256, RS384 and RS512 are accepted.");
        }

        if (string.IsNullOrEmpty(token.Kid))
        {
            return Reject("unsigned", activity, "The token does not name its signing key (kid).");
        }

        return IsEmulatorIssuer(token)
            ? await AuthenticateEmulatorTokenAsync(token, activity, cancellationToken)
            : await AuthenticateChannelTokenAsync(token, activity, cancellationToken);
    }

    private async Task<AuthenticationOutcome> AuthenticateChannelTokenAsync(JsonWebToken token, Activity activity, CancellationToken cancellationToken)
    {
        const string kind = "channel";
        var key = await _channelKeys.FindKeyAsync(token.Kid, cancellationToken);
        if (key is null)
        {
            return Reject(kind, activity, "The token's signing key is not in the channel's published key set.");
        }

        var failure = await ValidateAsync(token, key, new TokenValidationParameters
        {
            ValidIssuer = _settings.ToBotFromChannelTokenIssuer,
            ValidAudience = _settings.MicrosoftAppId,
        });
        if (failure is not null)
        {
            return Reject(kind, activity, failure);
        }

        if (!token.TryGetPayloadValue<string>(AuthenticationConstants.ServiceUrlClaim, out var serviceUrl) || string.IsNullOrWhiteSpace(serviceUrl))
        {
            return Reject(kind, activity, "The token has no serviceurl claim.");
        }

        // This match is what makes it safe to send our own token to the activity's serviceUrl (R4.4).
        if (!string.Equals(serviceUrl, activity.ServiceUrl, StringComparison.OrdinalIgnoreCase))
        {
            return Reject(kind, activity, "The token's serviceurl claim does not match the activity's serviceUrl.");
        }

        if (key.Endorsements is null || string.IsNullOrEmpty(activity.ChannelId) || !key.Endorsements.Contains(activity.ChannelId, StringComparer.Ordinal))
        {
            return Reject(kind, activity, "The token's signing key is not endorsed for the activity's channelId.");
        }

        return AuthenticationOutcome.Authenticated;
    }

    private async Task<AuthenticationOutcome> AuthenticateEmulatorTokenAsync(JsonWebToken token, Activity activity, CancellationToken cancellationToken)
    {
        const string kind = "emulator";
        var key = await _emulatorKeys.FindKeyAsync(token.Kid, cancellationToken);
        if (key is null)
        {
            return Reject(kind, activity, "The token's signing key is not in Azure AD's published key set.");
        }

        // Emulator tokens are minted for scope {app id}/.default; the SDK checks appid/azp, not aud (R3.12).
        var failure = await ValidateAsync(token, key, new TokenValidationParameters
        {
            ValidIssuers = EmulatorIssuersFor(token),
            ValidateAudience = false,
        });
        if (failure is not null)
        {
            return Reject(kind, activity, failure);
        }

        if (!token.TryGetPayloadValue<string>("ver", out var version))
        {
            return Reject(kind, activity, "The token has no 'ver' claim.");
        }

        var appIdClaim = version switch
        {
            "1.0" => "appid",
            "2.0" => "azp",
            _ => null,
        };
        if (appIdClaim is null)
        {
            return Reject(kind, activity, "The token's 'ver' claim is neither 1.0 nor 2.0.");
        }

        if (!token.TryGetPayloadValue<string>(appIdClaim, out var appId) || string.IsNullOrEmpty(appId))
        {
            return Reject(kind, activity, $"The token has no '{appIdClaim}' claim.");
        }

        if (!string.Equals(appId, _settings.MicrosoftAppId, StringComparison.Ordinal))
        {
            return Reject(kind, activity, $"The token's '{appIdClaim}' claim is not this bot's MicrosoftAppId.");
        }

        return AuthenticationOutcome.Authenticated;
    }

    /// <summary>Signature, algorithm, issuer and audience by the library; lifetime here, on the injected clock.</summary>
    private async Task<string?> ValidateAsync(JsonWebToken token, SigningKey key, TokenValidationParameters parameters)
    {
        parameters.IssuerSigningKey = key.Key;
        parameters.TryAllIssuerSigningKeys = false;
        parameters.ValidAlgorithms = AuthenticationConstants.AllowedSigningAlgorithms;
        parameters.RequireSignedTokens = true;
        parameters.ValidateIssuerSigningKey = false;
        parameters.ValidateLifetime = false;
        parameters.LogValidationExceptions = false;

        var result = await _handler.ValidateTokenAsync(token, parameters);
        if (!result.IsValid)
        {
            return Describe(result.Exception);
        }

        var now = timeProvider.GetUtcNow().UtcDateTime;
        var skew = AuthenticationConstants.ClockSkew;
        if (!token.TryGetPayloadValue<long>(JwtRegisteredClaimNames.Exp, out _))
        {
            return "The token has no expiry (exp).";
        }

        if (token.ValidTo + skew < now)
        {
            return "The token has expired.";
        }

        if (token.TryGetPayloadValue<long>(JwtRegisteredClaimNames.Nbf, out _) && token.ValidFrom - skew > now)
        {
            return "The token is not valid yet.";
        }

        return null;
    }

    private static string Describe(Exception? exception) => exception switch
    {
        SecurityTokenSignatureKeyNotFoundException => "The token's signing key is not in the published key set.",
        SecurityTokenInvalidAlgorithmException => "The token's signing algorithm is not allowed; only RS256, RS384 and RS512 are accepted.",
        SecurityTokenInvalidSignatureException => "The token's signature is not valid.",
        SecurityTokenInvalidIssuerException => "The token's issuer is not trusted.",
        SecurityTokenInvalidAudienceException => "The token's audience is not this bot's MicrosoftAppId.",
        SecurityTokenMalformedException => "The bearer token is not a well-formed JWT.",
        _ => "The token could not be validated.",
    };

    private static bool IsEmulatorIssuer(JsonWebToken token) =>
        token.TryGetPayloadValue<string>(JwtRegisteredClaimNames.Iss, out var issuer) && EmulatorIssuersFor(token).Contains(issuer, StringComparer.Ordinal);

    private static List<string> EmulatorIssuersFor(JsonWebToken token)
    {
        List<string> issuers = [.. AuthenticationConstants.EmulatorIssuers];
        if (token.TryGetPayloadValue<string>("tid", out var tenantId) && Guid.TryParse(tenantId, out _))
        {
            issuers.AddRange(AuthenticationConstants.TenantIssuers(tenantId));
        }

        return issuers;
    }

    private AuthenticationOutcome Reject(string kind, Activity activity, string reason)
    {
        AuthLog.TokenRejected(logger, kind, activity.ChannelId, reason);
        return AuthenticationOutcome.Fail(reason);
    }
}
