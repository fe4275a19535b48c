using Microsoft.Extensions.Options;

namespace BackCare.Bot.Channels.DirectLine;

/// <summary>
/// POST /api/directline/token: the one place the page asks for a Direct Line token. With DirectLine:Secret set,
/// a token from the Azure Bot's Direct Line (the secret never leaves the server); otherwise, when the local
/// endpoint is on, a local token; otherwise 503. The visitor's user id is always <c>dl_</c> plus a random part,
/// chosen here. Rate-limited per client IP address.
/// </summary>
public static partial class DirectLineTokenEndpoint
{
    public const string Path = "/api/directline/token";

    public static async Task<IResult> HandleAsync(
        HttpRequest request,
        IOptions<DirectLineOptions> options,
        LocalDirectLineState local,
        IServiceProvider services,
        TimeProvider time,
        ILoggerFactory loggerFactory,
        CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var userId = DirectLineIds.NewUserId();
        if (settings.HasSecret)
        {
            var logger = loggerFactory.CreateLogger(typeof(DirectLineTokenEndpoint));
            try
            {
                var issued = await services.GetRequiredService<DirectLineTokenClient>().GenerateAsync(userId, cancellationToken);
                return DirectLineJson.Ok(new WidgetToken(issued.Token, issued.ConversationId, issued.ExpiresIn, settings.ServiceDomain, userId));
            }
            catch (Exception exception) when (exception is HttpRequestException or System.Text.Json.JsonException or TimeoutException
                or OperationCanceledException && !cancellationToken.IsCancellationRequested)
            {
                Log.ExchangeFailed(logger, exception);
                return DirectLineErrors.Error(
                    StatusCodes.Status502BadGateway, "DirectLineUnavailable", "The chat service did not issue a token; try again shortly.");
            }
        }

        if (local.Enabled)
        {
            var token = services.GetRequiredService<LocalTokenIssuer>().Issue(DirectLineIds.NewConversationId(), userId);
            return DirectLineJson.Ok(new WidgetToken(
                token.Value, token.ConversationId, token.ExpiresInSeconds(time.GetUtcNow()), LocalDirectLineRoutes.Domain(request), userId));
        }

        return DirectLineErrors.Error(
            StatusCodes.Status503ServiceUnavailable,
            "DirectLineNotConfigured",
            string.IsNullOrWhiteSpace(settings.Secret)
                ? "The chat is not available: set DirectLine:Secret, or enable the local endpoint (DirectLine:Local:Enabled)."
                : "The chat is not available: DirectLine:Secret is a Key Vault reference that did not resolve (is the secret in the vault?).");
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 710, Level = LogLevel.Error, Message = "Direct Line token exchange failed")]
        public static partial void ExchangeFailed(ILogger logger, Exception exception);
    }
}
