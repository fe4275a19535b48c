using BackCare.Bot.Framework.Schema;
using BackCare.Bot.Framework.State;
using Microsoft.Extensions.Logging;

namespace BackCare.Bot.Framework.Turns;

/// <summary>
/// Runs one turn the 42.scaleout way: load state, run the bot into a buffer, save with the eTag,
/// and only then deliver the replies (to the Connector, or in the expectReplies body).
/// An eTag conflict replays the turn on fresh state, at most <see cref="MaxAttempts"/> times.
/// </summary>
public sealed partial class CloudAdapter(
    IConnectorClient connectorClient,
    BotStateSet botStates,
    ConversationLocks locks,
    ITurnErrorHandler errorHandler,
    ILogger<CloudAdapter> logger)
{
    public const int MaxAttempts = 3;

    public async Task<TurnOutcome> ProcessActivityAsync(Activity activity, IBot bot, CancellationToken cancellationToken)
    {
        var lockKey = $"{activity.ChannelId}/{activity.Conversation?.Id}";
        TurnContext turnContext;
        using (await locks.AcquireAsync(lockKey, cancellationToken))
        {
            turnContext = await RunTurnWithRetriesAsync(activity, bot, cancellationToken);
        }

        var replies = turnContext.BufferedReplies;
        if (activity.DeliveryMode == DeliveryModes.ExpectReplies)
        {
            return new TurnOutcome(replies.Where(r => ShouldDeliver(activity, r)).ToList(), turnContext.InvokeResponse);
        }

        foreach (var reply in replies)
        {
            if (ShouldDeliver(activity, reply))
            {
                await connectorClient.SendActivityAsync(reply, cancellationToken);
            }
        }

        return new TurnOutcome(null, turnContext.InvokeResponse);
    }

    /// <summary>Trace activities go only to the Emulator, as the SDK does (protocol.md R1.12).</summary>
    private static bool ShouldDeliver(Activity incoming, Activity reply) =>
        !reply.IsType(ActivityTypes.Trace) || incoming.ChannelId == ChannelIds.Emulator;

    private async Task<TurnContext> RunTurnWithRetriesAsync(Activity activity, IBot bot, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var turnContext = new TurnContext(activity);
            try
            {
                // State is read on first use in the turn (BotState.GetCacheAsync), so a state the turn never touches costs no read.
                await RunBotSafelyAsync(turnContext, bot, cancellationToken);
                await botStates.SaveAllChangesAsync(turnContext, cancellationToken);
                return turnContext;
            }
            catch (EtagConflictException) when (attempt < MaxAttempts)
            {
                Log.TurnReplayed(logger, attempt);
            }
            catch (EtagConflictException exception)
            {
                Log.TurnGaveUp(logger, exception, attempt);
                turnContext.DiscardReplies();
                await errorHandler.OnTurnErrorAsync(turnContext, exception, cancellationToken);
                return turnContext;
            }
        }
    }

    private async Task RunBotSafelyAsync(TurnContext turnContext, IBot bot, CancellationToken cancellationToken)
    {
        try
        {
            await bot.OnTurnAsync(turnContext, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException and not EtagConflictException)
        {
            Log.TurnFailed(logger, exception, turnContext.Activity.Type);
            await errorHandler.OnTurnErrorAsync(turnContext, exception, cancellationToken);
        }
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 1, Level = LogLevel.Warning, Message = "State changed underneath turn attempt {Attempt}; replaying the turn")]
        public static partial void TurnReplayed(ILogger logger, int attempt);

        [LoggerMessage(EventId = 2, Level = LogLevel.Error, Message = "State kept changing; gave up after {Attempts} attempts")]
        public static partial void TurnGaveUp(ILogger logger, Exception exception, int attempts);

        [LoggerMessage(EventId = 3, Level = LogLevel.Error, Message = "Unhandled error in a {ActivityType} turn")]
        public static partial void TurnFailed(ILogger logger, Exception exception, string? activityType);
    }
}
