using System.Text.Json.Nodes;
using BackCare.Bot.Content;
using BackCare.Bot.Framework.State;
using BackCare.Bot.Framework.Turns;
using Microsoft.Extensions.Logging;

namespace BackCare.Bot.Bots;

/// <summary>
/// When a turn throws: log (no message text), reset the conversation's dialogs so the user is never
/// stuck, and answer with an apology that carries the emergency guidance (the 13.core-bot duties).
/// </summary>
public sealed partial class BackCareTurnErrorHandler(
    ConversationState conversationState,
    ContentCatalog content,
    ILogger<BackCareTurnErrorHandler> logger) : ITurnErrorHandler
{
    public async Task OnTurnErrorAsync(ITurnContext turnContext, Exception exception, CancellationToken cancellationToken)
    {
        LogTurnError(logger, exception, exception.GetType().Name);
        await conversationState.ClearStateAsync(turnContext, cancellationToken);
        await turnContext.SendActivityAsync(content.Get(ResponseKeys.SayError, turnContext.Activity.ChannelId), cancellationToken);
        await turnContext.TraceActivityAsync("OnTurnError", new JsonObject { ["error"] = exception.GetType().Name }, cancellationToken);
    }

    [LoggerMessage(EventId = 100, Level = LogLevel.Error, Message = "Turn failed with {ExceptionType}; conversation state reset")]
    private static partial void LogTurnError(ILogger logger, Exception exception, string exceptionType);
}
