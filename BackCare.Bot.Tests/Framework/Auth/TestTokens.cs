using System.Text;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace BackCare.Bot.Tests.Framework.Auth;

/// <summary>Builds signed and deliberately broken JWTs for the authentication tests.</summary>
internal static class TestTokens
{
    public const string AppId = "6f2b3c4d-1111-2222-3333-444455556666";
    public const string ChannelIssuer = "https://api.botframework.com";
    public const string EmulatorV1Issuer = "https://sts.windows.net/f8cdef31-a31e-4b4a-93e4-5f571e91255a/";
    public const string EmulatorV2Issuer = "https://login.microsoftonline.com/f8cdef31-a31e-4b4a-93e4-5f571e91255a/v2.0";
    public const string ServiceUrl = "https://webchat.botframework.com/";

    public static string Create(
        SigningCredentials credentials,
        DateTimeOffset now,
        IDictionary<string, object> claims,
        TimeSpan? expiresIn = null)
    {
        var handler = new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false };
        var expires = now + (expiresIn ?? TimeSpan.FromHours(1));
        return handler.CreateToken(new SecurityTokenDescriptor
        {
            Claims = claims,
            IssuedAt = expires.AddHours(-1).UtcDateTime,
            NotBefore = expires.AddHours(-1).UtcDateTime,
            Expires = expires.UtcDateTime,
            SigningCredentials = credentials,
        });
    }

    public static Dictionary<string, object> ChannelClaims(string audience = AppId, string issuer = ChannelIssuer, string? serviceUrl = ServiceUrl)
    {
        var claims = new Dictionary<string, object> { ["iss"] = issuer, ["aud"] = audience };
        if (serviceUrl is not null)
        {
            claims["serviceurl"] = serviceUrl;
        }

        return claims;
    }

    public static Dictionary<string, object> EmulatorClaims(string issuer, string? version, string appIdClaim, string appId = AppId)
    {
        var claims = new Dictionary<string, object> { ["iss"] = issuer, ["aud"] = "https://api.botframework.com", [appIdClaim] = appId };
        if (version is not null)
        {
            claims["ver"] = version;
        }

        return claims;
    }

    /// <summary>A token with any header, e.g. alg "none", and an arbitrary signature segment.</summary>
    public static string Unsigned(JsonObject header, IDictionary<string, object> claims, DateTimeOffset now, string signature = "")
    {
        var payload = new JsonObject();
        foreach (var (name, value) in claims)
        {
            payload[name] = JsonValue.Create(value);
        }

        payload["nbf"] = now.AddMinutes(-1).ToUnixTimeSeconds();
        payload["exp"] = now.AddHours(1).ToUnixTimeSeconds();
        return $"{Encode(header.ToJsonString())}.{Encode(payload.ToJsonString())}.{signature}";
    }

    private static string Encode(string json) => Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(json));
}
