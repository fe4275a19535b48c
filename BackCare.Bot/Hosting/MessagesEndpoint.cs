using System.Text.Json;
using BackCare.Bot.Framework.Auth;
using BackCare.Bot.Framework.Schema;
using BackCare.Bot.Framework.Turns;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace BackCare.Bot.Hosting;

/// <summary>
/// POST /api/messages (protocol.md §2.1): 413 for an oversize body, 400 with a problem body for
/// malformed JSON, a missing field or an unknown type, 401 for a failed authentication, 400 when
/// authentication is off and the serviceUrl is neither loopback nor allowed (no open relay), then the
/// turn: 200 (expectReplies: 200 with {"activities":[…]}; invoke: the invoke's status and body).
/// A refused request never reaches the bot, so it changes no state.
/// </summary>
public static partial class MessagesEndpoint
{
    public static async Task<IResult> HandleAsync(
        HttpRequest request,
        CloudAdapter adapter,
        IBot bot,
        IBotAuthenticator authenticator,
        AnonymousServiceUrlPolicy serviceUrlPolicy,
        IOptions<BotEndpointOptions> options,
        ILoggerFactory loggerFactory,
        CancellationToken cancellationToken)
    {
        var logger = loggerFactory.CreateLogger(typeof(MessagesEndpoint));
        var limit = options.Value.MaxRequestBodyBytes;
        if (request.ContentLength > limit)
        {
            return TooLarge(limit);
        }

        var body = await ReadBodyAsync(request, limit, cancellationToken);
        if (body is null)
        {
            return TooLarge(limit);
        }

        Activity? activity;
        try
        {
            activity = JsonSerializer.Deserialize<Activity>(body.Value.Span, ProtocolJson.Options);
        }
        catch (JsonException exception)
        {
            return BadRequest("Malformed activity JSON", $"The body is not a valid activity: {exception.Message}");
        }

        if (activity is null)
        {
            return BadRequest("Malformed activity JSON", "The body must be a JSON object holding one activity.");
        }

        var problems = ActivityValidator.Validate(activity);
        if (problems.Count > 0)
        {
            return BadRequest("Invalid activity", string.Join(" ", problems));
        }

        var auth = await authenticator.AuthenticateAsync(request.Headers.Authorization.ToString(), activity, cancellationToken);
        if (!auth.Succeeded)
        {
            Log.Unauthorized(logger, activity.ChannelId);
            return TypedResults.Problem(auth.Failure, statusCode: StatusCodes.Status401Unauthorized, title: "Unauthorized");
        }

        if (serviceUrlPolicy.Refusal(activity) is { } refusal)
        {
            Log.ServiceUrlRefused(logger, activity.ChannelId);
            return BadRequest("serviceUrl not allowed", refusal);
        }

        TurnOutcome outcome;
        try
        {
            outcome = await adapter.ProcessActivityAsync(activity, bot, cancellationToken);
        }
        catch (HttpRequestException exception)
        {
            Log.DeliveryFailed(logger, exception, activity.ChannelId, (int?)exception.StatusCode);
            return TypedResults.Problem(
                "The turn was processed but its replies could not be delivered to the channel's serviceUrl.",
                statusCode: StatusCodes.Status502BadGateway,
                title: "Reply delivery failed");
        }

        if (activity.IsType(ActivityTypes.Invoke))
        {
            var invoke = outcome.InvokeResponse ?? new InvokeResponse(StatusCodes.Status501NotImplemented, null);
            return invoke.Body is null
                ? TypedResults.StatusCode(invoke.Status)
                : TypedResults.Json(invoke.Body, ProtocolJson.Options, statusCode: invoke.Status);
        }

        if (outcome.ExpectedReplies is { } replies)
        {
            return TypedResults.Json(new ExpectedReplies { Activities = [.. replies] }, ProtocolJson.Options);
        }

        return TypedResults.Ok();
    }

    private static async Task<ReadOnlyMemory<byte>?> ReadBodyAsync(HttpRequest request, int limit, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
    }

    private static ProblemHttpResult BadRequest(string title, string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status400BadRequest, title: title);

    private static ProblemHttpResult TooLarge(int limit) =>
        TypedResults.Problem(
            $"The activity is larger than the {limit}-byte limit (BotEndpoint:MaxRequestBodyBytes).",
            statusCode: StatusCodes.Status413PayloadTooLarge,
            title: "Activity too large");

    private static partial class Log
    {
        [LoggerMessage(EventId = 10, Level = LogLevel.Warning, Message = "Refused an unauthenticated activity on channel {ChannelId}")]
        public static partial void Unauthorized(ILogger logger, string? channelId);

        [LoggerMessage(EventId = 11, Level = LogLevel.Error, Message = "Could not deliver replies on channel {ChannelId} (status {StatusCode})")]
        public static partial void DeliveryFailed(ILogger logger, Exception exception, string? channelId, int? statusCode);

        [LoggerMessage(EventId = 12, Level = LogLevel.Warning, Message = "Refused an anonymous activity on channel {ChannelId}: its serviceUrl is neither loopback nor in Bot:AnonymousServiceUrls")]
        public static partial void ServiceUrlRefused(ILogger logger, string? channelId);
    }
}
