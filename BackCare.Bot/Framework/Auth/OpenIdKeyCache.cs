using System.Text.Json;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace BackCare.Bot.Framework.Auth;

/// <summary>
/// The signing keys behind one OpenID metadata URL, with each key's endorsements read from the raw
/// JWKS (protocol.md R3.4, R3.6, R3.7). Keys are cached for five days and refetched early when a
/// token names an unknown kid, at most once per <see cref="AuthenticationConstants.MinimumRefetchInterval"/>.
/// </summary>
/// <remarks>
/// Not built on ConfigurationManager&lt;OpenIdConnectConfiguration&gt;: in IdentityModel 8.x its
/// RequestRefresh only schedules a background refresh, so the token that named the new kid would
/// still be checked against the old keys, and the library never exposes the "endorsements" array.
/// </remarks>
internal sealed class OpenIdKeyCache(
    string metadataUrl,
    IHttpClientFactory httpClientFactory,
    TimeProvider timeProvider,
    ILogger logger)
{
    private readonly SemaphoreSlim _lock = new(1, 1);
    private KeySet? _current;

    public async Task<SigningKey?> FindKeyAsync(string keyId, CancellationToken cancellationToken)
    {
        var keys = await GetFreshKeysAsync(cancellationToken);
        if (keys.Keys.TryGetValue(keyId, out var key))
        {
            return key;
        }

        keys = await RefetchAfterUnknownKeyAsync(keys, cancellationToken);
        return keys.Keys.GetValueOrDefault(keyId);
    }

    private async Task<KeySet> GetFreshKeysAsync(CancellationToken cancellationToken)
    {
        var current = _current;
        if (current is not null && timeProvider.GetUtcNow() - current.FetchedAt < AuthenticationConstants.KeyCacheLifetime)
        {
            return current;
        }

        await _lock.WaitAsync(cancellationToken);
        try
        {
            current = _current;
            if (current is not null && timeProvider.GetUtcNow() - current.FetchedAt < AuthenticationConstants.KeyCacheLifetime)
            {
                return current;
            }

            return _current = await FetchAsync(cancellationToken);
        }
        finally
        {
            _lock.Release();
        }
    }

    private async Task<KeySet> RefetchAfterUnknownKeyAsync(KeySet seen, CancellationToken cancellationToken)
    {
        await _lock.WaitAsync(cancellationToken);
        try
        {
            var current = _current ?? seen;
            if (!ReferenceEquals(current, seen)
                || timeProvider.GetUtcNow() - current.FetchedAt < AuthenticationConstants.MinimumRefetchInterval)
            {
                // Someone else refreshed already, or we refreshed moments ago: do not let forged kids drive traffic.
                return current;
            }

            AuthLog.RefetchingKeys(logger, metadataUrl);
            return _current = await FetchAsync(cancellationToken);
        }
        finally
        {
            _lock.Release();
        }
    }

    private async Task<KeySet> FetchAsync(CancellationToken cancellationToken)
    {
        var client = httpClientFactory.CreateClient(BotFrameworkAuthenticationExtensions.HttpClientName);
        try
        {
            var metadata = OpenIdConnectConfiguration.Create(await client.GetStringAsync(metadataUrl, cancellationToken));
            if (!Uri.TryCreate(metadata.JwksUri, UriKind.Absolute, out var jwksUri))
            {
                throw new InvalidOperationException($"The OpenID metadata at {metadataUrl} has no absolute jwks_uri.");
            }

            var keys = ParseKeys(await client.GetStringAsync(jwksUri, cancellationToken));
            AuthLog.KeysLoaded(logger, metadataUrl, keys.Count);
            return new KeySet(keys, timeProvider.GetUtcNow());
        }
        catch (Exception exception) when (exception is HttpRequestException or JsonException or ArgumentException)
        {
            AuthLog.KeysUnavailable(logger, exception, metadataUrl);
            throw new InvalidOperationException($"Could not load token signing keys from {metadataUrl}.", exception);
        }
    }

    private static Dictionary<string, SigningKey> ParseKeys(string jwks)
    {
        var keys = new Dictionary<string, SigningKey>(StringComparer.Ordinal);
        using var document = JsonDocument.Parse(jwks);
        if (!document.RootElement.TryGetProperty("keys", out var array) || array.ValueKind != JsonValueKind.Array)
        {
            throw new JsonException("The JWKS has no \"keys\" array.");
        }

        foreach (var element in array.EnumerateArray())
        {
            if (element.ValueKind != JsonValueKind.Object
                || !element.TryGetProperty("kid", out var kid) || kid.ValueKind != JsonValueKind.String
                || string.IsNullOrEmpty(kid.GetString()))
            {
                continue;
            }

            var key = new JsonWebKey(element.GetRawText());
            if (key.Kty != JsonWebAlgorithmsKeyTypes.RSA || (!string.IsNullOrEmpty(key.Use) && key.Use != "sig"))
            {
                continue;
            }

            keys[key.Kid] = new SigningKey(key.Kid, key, ReadEndorsements(element));
        }

        return keys;
    }

    private static List<string>? ReadEndorsements(JsonElement key)
    {
        if (!key.TryGetProperty("endorsements", out var endorsements) || endorsements.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        return [.. endorsements.EnumerateArray()
            .Where(e => e.ValueKind == JsonValueKind.String)
            .Select(e => e.GetString()!)];
    }

    private sealed record KeySet(IReadOnlyDictionary<string, SigningKey> Keys, DateTimeOffset FetchedAt);
}
