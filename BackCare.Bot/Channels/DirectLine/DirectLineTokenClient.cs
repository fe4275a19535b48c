using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;

namespace BackCare.Bot.Channels.DirectLine;

/// <summary>
/// Exchanges the Direct Line secret for a per-visitor token: POST {BaseUrl}v3/directline/tokens/generate with
/// "Authorization: Bearer {secret}" and the user id the server chose
/// (https://learn.microsoft.com/azure/bot-service/rest-api/bot-framework-rest-direct-line-3-0-authentication).
/// Retries and timeouts come from the standard resilience handler it is registered with.
/// </summary>
public sealed class DirectLineTokenClient(HttpClient http, IOptions<DirectLineOptions> options)
{
    public async Task<DirectLineConversationResponse> GenerateAsync(string userId, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var body = new JsonObject { ["user"] = new JsonObject { ["id"] = userId } };
        if (settings.Origins.Count > 0)
        {
            body["trustedOrigins"] = new JsonArray([.. settings.Origins.Select(o => JsonValue.Create(o))]);
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(new Uri(settings.BaseUrl), "v3/directline/tokens/generate"))
        {
            Content = JsonContent.Create(body),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", settings.Secret!.Trim());
        using var response = await http.SendAsync(request, cancellationToken);
        response.EnsureSuccessStatusCode();
        var conversation = await response.Content.ReadFromJsonAsync<DirectLineConversationResponse>(cancellationToken)
            ?? throw new JsonException("Direct Line answered with an empty body.");
        return string.IsNullOrEmpty(conversation.Token) || string.IsNullOrEmpty(conversation.ConversationId)
            ? throw new JsonException("Direct Line's answer has no token or conversation id.")
            : conversation;
    }
}
