using System.Text.Json.Serialization;
using BackCare.Bot.Framework.Schema;

namespace BackCare.Bot.Channels.DirectLine;

/// <summary>Direct Line 3.0 "Conversation": what start, reconnect, generate and refresh return.</summary>
public sealed record DirectLineConversationResponse(
    [property: JsonPropertyName("conversationId")] string ConversationId,
    [property: JsonPropertyName("token")] string Token,
    [property: JsonPropertyName("expires_in")] int ExpiresIn,
    [property: JsonPropertyName("streamUrl")] string? StreamUrl = null);

/// <summary>Direct Line 3.0 "ActivitySet": a page of activities and the watermark to ask from next.</summary>
public sealed record ActivitySet(
    [property: JsonPropertyName("activities")] IReadOnlyList<Activity> Activities,
    [property: JsonPropertyName("watermark")] string Watermark);

/// <summary>The body of POST tokens/generate (all optional).</summary>
public sealed record TokenParameters(
    [property: JsonPropertyName("user")] ChannelAccount? User);

/// <summary>Direct Line's error body, <c>{"error":{"code","message"}}</c>.</summary>
public sealed record DirectLineErrorResponse([property: JsonPropertyName("error")] DirectLineError Error);

public sealed record DirectLineError(
    [property: JsonPropertyName("code")] string Code,
    [property: JsonPropertyName("message")] string Message);
