using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace BackCare.Bot.Channels.DirectLine;

/// <summary>
/// Issues and checks the local endpoint's tokens: HS256 JWTs with a random key made when the process starts
/// (so a restart invalidates every token). Claims: <c>conv</c> (the conversation), <c>user</c> (the user id;
/// Web Chat reads this claim to know which activities are the visitor's), <c>exp</c>. Expiry is checked against
/// the injected <see cref="TimeProvider"/>, so tests can move time.
/// </summary>
public sealed class LocalTokenIssuer(IOptions<DirectLineOptions> options, TimeProvider time)
{
    public const string ConversationClaim = "conv";
    public const string UserClaim = "user";
    private const string Issuer = "backcare-local-directline";

    private readonly SymmetricSecurityKey _key = new(RandomNumberGenerator.GetBytes(32));
    private readonly JsonWebTokenHandler _handler = new() { SetDefaultTimesOnTokenCreation = false };

    public LocalToken Issue(string conversationId, string userId)
    {
        var now = time.GetUtcNow();
        var expires = now + options.Value.Local.TokenLifetime;
        var value = _handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Issuer,
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = expires.UtcDateTime,
            Claims = new Dictionary<string, object>
            {
                [ConversationClaim] = conversationId,
                [UserClaim] = userId,
                ["jti"] = Convert.ToHexString(RandomNumberGenerator.GetBytes(8)),
            },
            SigningCredentials = new SigningCredentials(_key, SecurityAlgorithms.HmacSha256),
        });
        return new LocalToken(value, conversationId, userId, DateTimeOffset.FromUnixTimeSeconds(expires.ToUnixTimeSeconds()));
    }

    /// <summary>Checks an "Authorization: Bearer …" header value.</summary>
    public Task<TokenCheck> CheckAuthorizationAsync(string? authorizationHeader)
    {
        const string scheme = "Bearer ";
        if (string.IsNullOrWhiteSpace(authorizationHeader) || !authorizationHeader.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
        {
            return Task.FromResult(TokenCheck.Missing);
        }

        return CheckAsync(authorizationHeader[scheme.Length..].Trim());
    }

    public async Task<TokenCheck> CheckAsync(string? token)
    {
        if (string.IsNullOrWhiteSpace(token))
        {
            return TokenCheck.Missing;
        }

        if (token.Length > 4096)
        {
            return TokenCheck.Invalid;
        }

        var result = await _handler.ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuer = Issuer,
            ValidAudience = Issuer,
            IssuerSigningKey = _key,
            ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
            // Lifetime is checked below against the injected clock.
            ValidateLifetime = false,
            RequireExpirationTime = true,
            RequireSignedTokens = true,
        });
        if (!result.IsValid || result.SecurityToken is not JsonWebToken jwt
            || !jwt.TryGetPayloadValue<string>(ConversationClaim, out var conversationId)
            || !jwt.TryGetPayloadValue<string>(UserClaim, out var userId)
            || string.IsNullOrEmpty(conversationId) || string.IsNullOrEmpty(userId))
        {
            return TokenCheck.Invalid;
        }

        var expiresAt = new DateTimeOffset(jwt.ValidTo, TimeSpan.Zero);
        return time.GetUtcNow() >= expiresAt
            ? TokenCheck.Expired
            : new TokenCheck(TokenCheckStatus.Valid, new LocalToken(token, conversationId, userId, expiresAt));
    }
}
