using System.Net;
using System.Text;

namespace BackCare.Bot.Tests.Framework.Auth;

/// <summary>
/// Answers Azure AD token requests in memory, recording each token request's path and form, and
/// every other request MSAL makes (so a test sees instance discovery or managed-identity probes).
/// </summary>
internal sealed class FakeTokenEndpoint : HttpMessageHandler
{
    private int _issued;

    public List<(Uri Uri, Dictionary<string, string> Form)> TokenRequests { get; } = [];

    public List<Uri> OtherRequests { get; } = [];

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var uri = request.RequestUri!;
        if (request.Method == HttpMethod.Post && uri.AbsolutePath.EndsWith("/oauth2/v2.0/token", StringComparison.Ordinal))
        {
            var body = await request.Content!.ReadAsStringAsync(cancellationToken);
            var form = body.Split('&')
                .Select(pair => pair.Split('=', 2))
                .ToDictionary(p => WebUtility.UrlDecode(p[0]), p => WebUtility.UrlDecode(p.Length > 1 ? p[1] : ""));
            TokenRequests.Add((uri, form));
            var token = $"access-token-{Interlocked.Increment(ref _issued)}";
            return Json($$"""{"token_type":"Bearer","expires_in":3600,"ext_expires_in":3600,"access_token":"{{token}}"}""");
        }

        OtherRequests.Add(uri);
        if (uri.AbsolutePath.Contains("/metadata/identity/oauth2/token", StringComparison.Ordinal))
        {
            var expiresOn = DateTimeOffset.UtcNow.AddHours(1).ToUnixTimeSeconds();
            var token = $"msi-token-{Interlocked.Increment(ref _issued)}";
            return Json($$"""{"access_token":"{{token}}","expires_on":"{{expiresOn}}","resource":"https://api.botframework.com","token_type":"Bearer"}""");
        }

        return new HttpResponseMessage(HttpStatusCode.NotFound);
    }

    private static HttpResponseMessage Json(string body) =>
        new(HttpStatusCode.OK) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
}
