using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace BackCare.Bot.Tests.Framework.Auth;

/// <summary>
/// Serves OpenID metadata and a JWKS for one or more issuers in memory, so key retrieval runs
/// without ports. Each JWKS download reads the current key list, which a test may change to rotate keys.
/// </summary>
internal sealed class FakeOpenIdHandler : HttpMessageHandler
{
    private readonly Dictionary<string, string> _metadata = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<TestSigningKey>> _keySets = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _jwksRequests = new(StringComparer.Ordinal);

    public void Publish(string metadataUrl, string jwksUrl, string issuer, params TestSigningKey[] keys)
    {
        _metadata[metadataUrl] = new JsonObject { ["issuer"] = issuer, ["jwks_uri"] = jwksUrl }.ToJsonString();
        _keySets[jwksUrl] = [.. keys];
    }

    public List<TestSigningKey> KeysAt(string jwksUrl) => _keySets[jwksUrl];

    public int JwksRequests(string jwksUrl) => _jwksRequests.GetValueOrDefault(jwksUrl);

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var url = request.RequestUri!.AbsoluteUri;
        if (_metadata.TryGetValue(url, out var metadata))
        {
            return Task.FromResult(Json(metadata));
        }

        if (_keySets.TryGetValue(url, out var keys))
        {
            lock (_jwksRequests)
            {
                _jwksRequests[url] = JwksRequests(url) + 1;
            }

            var jwks = new JsonObject { ["keys"] = new JsonArray([.. keys.Select(k => (JsonNode)k.ToJwk())]) };
            return Task.FromResult(Json(jwks.ToJsonString()));
        }

        return Task.FromResult(new HttpResponseMessage(HttpStatusCode.NotFound));
    }

    private static HttpResponseMessage Json(string body) =>
        new(HttpStatusCode.OK) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
}
