namespace BackCare.Bot.Framework.Turns;

/// <summary>
/// Called when a turn throws. After it returns, the adapter saves state and delivers whatever
/// the handler sent, so the user always gets an answer (13.core-bot AdapterWithErrorHandler's duties).
/// </summary>
public interface ITurnErrorHandler
{
    Task OnTurnErrorAsync(ITurnContext turnContext, Exception exception, CancellationToken cancellationToken);
}
