using System.Text.Json.Nodes;
using BackCare.Bot.Content;
using BackCare.Bot.Dialogs.Triage;
using BackCare.Bot.Framework.Dialogs;
using BackCare.Bot.Framework.State;
using BackCare.Bot.Framework.Turns;
using Microsoft.Extensions.Logging;

namespace BackCare.Bot.Bots;

/// <summary>
/// When a turn throws: log (no message text), record an interrupted symptom check, reset the
/// conversation's dialogs so the user is never stuck, and answer with an apology that carries the
/// emergency guidance (the 13.core-bot duties).
/// </summary>
public sealed partial class BackCareTurnErrorHandler(
    ConversationState conversationState,
    ContentCatalog content,
    SymptomCheckAuditor auditor,
    SymptomCheckProgressAccessor checkProgress,
    ILogger<BackCareTurnErrorHandler> logger) : ITurnErrorHandler
{
    public async Task OnTurnErrorAsync(ITurnContext turnContext, Exception exception, CancellationToken cancellationToken)
    {
        LogTurnError(logger, exception, exception.GetType().Name);
        await AuditInterruptedCheckAsync(turnContext, cancellationToken);
        await conversationState.ClearStateAsync(turnContext, cancellationToken);
        await turnContext.SendActivityAsync(content.Get(ResponseKeys.SayError, turnContext.Activity.ChannelId), cancellationToken);
        await turnContext.TraceActivityAsync("OnTurnError", new JsonObject { ["error"] = exception.GetType().Name }, cancellationToken);
    }

    private async Task AuditInterruptedCheckAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        try
        {
            if (await checkProgress.FindAsync(turnContext, cancellationToken) is { } progress)
            {
                await auditor.WriteAsync(turnContext, SymptomCheckAuditor.Interrupted, progress, null, cancellationToken);
            }
        }
        catch (Exception auditException) when (auditException is not OperationCanceledException)
        {
            // The apology with the emergency guidance matters more than the audit record.
            LogAuditFailed(logger, auditException.GetType().Name);
        }
    }

    [LoggerMessage(EventId = 101, Level = LogLevel.Warning, Message = "Could not audit the interrupted symptom check ({ExceptionType})")]
    private static partial void LogAuditFailed(ILogger logger, string exceptionType);

    [LoggerMessage(EventId = 100, Level = LogLevel.Error, Message = "Turn failed with {ExceptionType}; conversation state reset")]
    private static partial void LogTurnError(ILogger logger, Exception exception, string exceptionType);
}
