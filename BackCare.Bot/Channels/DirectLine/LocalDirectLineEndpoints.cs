using System.Text.Json;
using System.Text.Json.Nodes;
using BackCare.Bot.Framework.Schema;
using BackCare.Bot.Framework.Turns;
using BackCare.Bot.Hosting;
using Microsoft.Extensions.Options;

namespace BackCare.Bot.Channels.DirectLine;

/// <summary>
/// The local Direct Line 3.0 endpoint (docs/direct-line.md): tokens, start, reconnect, send and receive
/// (GET with a watermark, or the WebSocket stream). Every call but tokens/generate needs a valid token for
/// the conversation in its path; a refused call changes nothing.
/// </summary>
public static partial class LocalDirectLineEndpoints
{
    private static readonly HashSet<string> AcceptedTypes = new(StringComparer.Ordinal)
    {
        ActivityTypes.Message, ActivityTypes.Event, ActivityTypes.Typing,
    };

    public static RouteGroupBuilder MapLocalDirectLine(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup(LocalDirectLineRoutes.Prefix);
        group.MapPost("/tokens/generate", GenerateTokenAsync).RequireRateLimiting(DirectLineRateLimits.TokenPolicy);
        group.MapPost("/tokens/refresh", RefreshTokenAsync);
        group.MapPost("/conversations", StartConversationAsync);
        group.MapGet("/conversations/{conversationId}", ReconnectAsync);
        group.MapGet("/conversations/{conversationId}/activities", GetActivitiesAsync);
        group.MapPost("/conversations/{conversationId}/activities", PostActivityAsync);
        group.MapGet("/conversations/{conversationId}/stream", DirectLineStream.HandleAsync);
        return group;
    }

    /// <summary>
    /// Stands in for a server holding the Direct Line secret: a token for a new conversation, for the user in the
    /// body (letters, digits, <c>_-.:</c>) or a new <c>dl_…</c> id. Anyone who reaches the local endpoint can
    /// call it, which is why the endpoint is off outside Development unless enabled.
    /// </summary>
    public static async Task<IResult> GenerateTokenAsync(HttpRequest request, LocalTokenIssuer issuer, TimeProvider time, CancellationToken cancellationToken)
    {
        var body = await ReadJsonAsync(request, 16 * 1024, cancellationToken);
        if (body.Failure is not null)
        {
            return body.Failure;
        }

        var requestedUser = body.Json?["user"]?["id"];
        string userId;
        if (requestedUser is null)
        {
            userId = DirectLineIds.NewUserId();
        }
        else if (requestedUser.GetValueKind() == JsonValueKind.String && DirectLineIds.IsAcceptableUserId(requestedUser.GetValue<string>()))
        {
            userId = requestedUser.GetValue<string>();
        }
        else
        {
            return DirectLineErrors.BadArgument("'user.id' must be 1 to 64 letters, digits or _-.: characters.");
        }

        var token = issuer.Issue(DirectLineIds.NewConversationId(), userId);
        return DirectLineJson.Ok(new DirectLineConversationResponse(token.ConversationId, token.Value, token.ExpiresInSeconds(time.GetUtcNow())));
    }

    /// <summary>A new token for the same conversation and user; only while the presented one is still valid.</summary>
    public static async Task<IResult> RefreshTokenAsync(HttpRequest request, LocalTokenIssuer issuer, DirectLineConversations conversations, TimeProvider time)
    {
        var check = await issuer.CheckAuthorizationAsync(request.Headers.Authorization);
        if (DirectLineErrors.ForFailedCheck(check) is { } failure)
        {
            return failure;
        }

        var current = check.Token!;
        conversations.Find(current.ConversationId);
        var token = issuer.Issue(current.ConversationId, current.UserId);
        return DirectLineJson.Ok(new DirectLineConversationResponse(token.ConversationId, token.Value, token.ExpiresInSeconds(time.GetUtcNow())));
    }

    /// <summary>Starts the token's conversation (201, the bot is told and welcomes), or finds it when already started (200).</summary>
    public static async Task<IResult> StartConversationAsync(
        HttpRequest request,
        LocalTokenIssuer issuer,
        DirectLineConversations conversations,
        LocalDirectLineChannel channel,
        IBot bot,
        TimeProvider time,
        CancellationToken cancellationToken)
    {
        var check = await issuer.CheckAuthorizationAsync(request.Headers.Authorization);
        if (DirectLineErrors.ForFailedCheck(check) is { } failure)
        {
            return failure;
        }

        var body = await ReadJsonAsync(request, 16 * 1024, cancellationToken);
        if (body.Failure is not null)
        {
            return body.Failure;
        }

        var presented = check.Token!;
        var (conversation, created) = conversations.Start(presented.ConversationId, presented.UserId);
        if (conversation.UserId != presented.UserId)
        {
            return DirectLineErrors.Forbidden("The token is not for this conversation's user.");
        }

        if (created)
        {
            var locale = body.Json?["locale"] is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;
            await channel.StartAsync(conversation, locale, LocalDirectLineRoutes.ServiceUrl(request), bot, cancellationToken);
        }

        return DirectLineJson.Ok(
            ConversationResponse(request, issuer, time, conversation, watermark: null),
            created ? StatusCodes.Status201Created : StatusCodes.Status200OK);
    }

    /// <summary>Reconnect: a fresh token and a stream URL that replays from the watermark (from the start without one).</summary>
    public static async Task<IResult> ReconnectAsync(
        string conversationId, string? watermark, HttpRequest request, LocalTokenIssuer issuer, DirectLineConversations conversations, TimeProvider time)
    {
        var (conversation, failure) = await AuthorizeAsync(request, conversationId, issuer, conversations);
        return failure ?? DirectLineJson.Ok(ConversationResponse(request, issuer, time, conversation!, watermark));
    }

    /// <summary>The activities after the watermark, a page at a time, and the watermark to ask from next.</summary>
    public static async Task<IResult> GetActivitiesAsync(
        string conversationId, string? watermark, HttpRequest request, LocalTokenIssuer issuer, DirectLineConversations conversations, IOptions<DirectLineOptions> options)
    {
        var (conversation, failure) = await AuthorizeAsync(request, conversationId, issuer, conversations);
        return failure ?? DirectLineJson.Ok(conversation!.Read(watermark, options.Value.Local.PageSize));
    }

    /// <summary>Sends one activity: recorded, run through the bot, answered with its id once the bot has replied.</summary>
    public static async Task<IResult> PostActivityAsync(
        string conversationId,
        HttpRequest request,
        LocalTokenIssuer issuer,
        DirectLineConversations conversations,
        LocalDirectLineChannel channel,
        IBot bot,
        IOptions<BotEndpointOptions> limits,
        ILoggerFactory loggerFactory,
        CancellationToken cancellationToken)
    {
        var (conversation, failure) = await AuthorizeAsync(request, conversationId, issuer, conversations);
        if (failure is not null)
        {
            return failure;
        }

        var body = await ReadJsonAsync(request, limits.Value.MaxRequestBodyBytes, cancellationToken);
        if (body.Failure is not null)
        {
            return body.Failure;
        }

        Activity? activity;
        try
        {
            activity = body.Json?.Deserialize<Activity>(ProtocolJson.Options);
        }
        catch (JsonException)
        {
            activity = null;
        }

        if (activity?.Type is not { } type || !AcceptedTypes.Contains(type))
        {
            return DirectLineErrors.BadArgument("The body must be one activity of type \"message\", \"event\" or \"typing\".");
        }

        if (activity.IsType(ActivityTypes.Event) && string.IsNullOrWhiteSpace(activity.Name))
        {
            return DirectLineErrors.BadArgument("'name' is required on event activities.");
        }

        try
        {
            var id = await channel.PostAsync(conversation!, activity, LocalDirectLineRoutes.ServiceUrl(request), bot, cancellationToken);
            return DirectLineJson.Ok(new ResourceResponse(id));
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            Log.TurnFailed(loggerFactory.CreateLogger(typeof(LocalDirectLineEndpoints)), exception, activity.Type);
            return DirectLineErrors.Error(StatusCodes.Status502BadGateway, "BotError", "The bot is unavailable or returned an error.");
        }
    }

    /// <summary>The token must be valid and for this conversation, and the conversation must still exist.</summary>
    internal static async Task<(DirectLineConversation? Conversation, IResult? Failure)> AuthorizeAsync(
        HttpRequest request, string conversationId, LocalTokenIssuer issuer, DirectLineConversations conversations, string? token = null)
    {
        var check = token is null
            ? await issuer.CheckAuthorizationAsync(request.Headers.Authorization)
            : await issuer.CheckAsync(token);
        if (DirectLineErrors.ForFailedCheck(check) is { } failure)
        {
            return (null, failure);
        }

        if (!string.Equals(check.Token!.ConversationId, conversationId, StringComparison.Ordinal))
        {
            return (null, DirectLineErrors.Forbidden("The token is for another conversation."));
        }

        var conversation = conversations.Find(conversationId);
        if (conversation is null)
        {
            return (null, DirectLineErrors.NotFound("The conversation does not exist or has expired."));
        }

        return conversation.UserId == check.Token.UserId
            ? (conversation, null)
            : (null, DirectLineErrors.Forbidden("The token is not for this conversation's user."));
    }

    private static DirectLineConversationResponse ConversationResponse(
        HttpRequest request, LocalTokenIssuer issuer, TimeProvider time, DirectLineConversation conversation, string? watermark)
    {
        var token = issuer.Issue(conversation.Id, conversation.UserId);
        return new DirectLineConversationResponse(
            conversation.Id,
            token.Value,
            token.ExpiresInSeconds(time.GetUtcNow()),
            LocalDirectLineRoutes.StreamUrl(request, conversation.Id, token.Value, watermark));
    }

    /// <summary>An optional JSON object body: null when empty, 413 over the limit, 400 when it is not a JSON object.</summary>
    private static async Task<(JsonObject? Json, IResult? Failure)> ReadJsonAsync(HttpRequest request, int limit, CancellationToken cancellationToken)
    {
        if (request.ContentLength > limit)
        {
            return (null, DirectLineErrors.TooLarge(limit));
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[8 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return (null, DirectLineErrors.TooLarge(limit));
            }

            buffer.Write(chunk, 0, read);
        }

        if (buffer.Length == 0)
        {
            return (null, null);
        }

        try
        {
            return JsonNode.Parse(buffer.GetBuffer().AsSpan(0, (int)buffer.Length)) is JsonObject json
                ? (json, null)
                : (null, DirectLineErrors.BadArgument("The body must be a JSON object."));
        }
        catch (JsonException)
        {
            return (null, DirectLineErrors.BadArgument("The body is not valid JSON."));
        }
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 700, Level = LogLevel.Error, Message = "Local Direct Line: a {ActivityType} turn failed")]
        public static partial void TurnFailed(ILogger logger, Exception exception, string? activityType);
    }
}
