using System.Net.Http.Headers;
using System.Net.Http.Json;
using BackCare.Bot.Framework.Schema;

namespace BackCare.Bot.Framework.Turns;

/// <summary>
/// The Connector REST client (protocol.md §2.2): ReplyToActivity when the activity has a replyToId,
/// SendToConversation otherwise; ids escaped; the serviceUrl's own path kept. Retries on transient
/// failures come from the resilience handler registered with this typed HttpClient.
/// </summary>
public sealed class ConnectorClient(HttpClient httpClient, IConnectorTokenProvider tokenProvider) : IConnectorClient
{
    public async Task<ResourceResponse> SendActivityAsync(Activity activity, CancellationToken cancellationToken)
    {
        var uri = BuildUri(activity);
        // The SDK clears the local id before sending (protocol.md R2.10); the channel assigns its own.
        var outgoing = activity.ShallowCopy();
        outgoing.Id = null;
        using var request = new HttpRequestMessage(HttpMethod.Post, uri)
        {
            Content = JsonContent.Create(outgoing, options: ProtocolJson.Options),
        };
        var token = await tokenProvider.GetTokenAsync(cancellationToken);
        if (!string.IsNullOrEmpty(token))
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        using var response = await httpClient.SendAsync(request, cancellationToken);
        response.EnsureSuccessStatusCode();
        if (response.Content.Headers.ContentLength is 0)
        {
            return new ResourceResponse(null);
        }

        try
        {
            return await response.Content.ReadFromJsonAsync<ResourceResponse>(ProtocolJson.Options, cancellationToken)
                ?? new ResourceResponse(null);
        }
        catch (System.Text.Json.JsonException)
        {
            return new ResourceResponse(null);
        }
    }

    public static Uri BuildUri(Activity activity)
    {
        // On Linux "/path" parses as an absolute file:// URI, so the scheme is checked too.
        if (string.IsNullOrEmpty(activity.ServiceUrl)
            || !Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out var baseUri)
            || (baseUri.Scheme != Uri.UriSchemeHttps && baseUri.Scheme != Uri.UriSchemeHttp))
        {
            throw new InvalidOperationException("The activity has no absolute serviceUrl to reply to.");
        }

        var conversationId = activity.Conversation?.Id
            ?? throw new InvalidOperationException("The activity has no conversation id.");
        var root = baseUri.AbsoluteUri.EndsWith('/') ? baseUri.AbsoluteUri : baseUri.AbsoluteUri + "/";
        var path = $"v3/conversations/{Uri.EscapeDataString(conversationId)}/activities";
        if (!string.IsNullOrEmpty(activity.ReplyToId))
        {
            path += "/" + Uri.EscapeDataString(activity.ReplyToId);
        }

        return new Uri(root + path);
    }
}
