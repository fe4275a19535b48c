using System.Text.Json.Serialization;

namespace BackCare.Bot.Channels.DirectLine;

/// <summary>
/// What POST /api/directline/token gives the page: everything createDirectLine needs, and the user id
/// the server chose (docs/direct-line.md "The token endpoint").
/// </summary>
public sealed record WidgetToken(
    [property: JsonPropertyName("token")] string Token,
    [property: JsonPropertyName("conversationId")] string ConversationId,
    [property: JsonPropertyName("expires_in")] int ExpiresIn,
    [property: JsonPropertyName("domain")] string Domain,
    [property: JsonPropertyName("userId")] string UserId);
