using BackCare.Bot.Storage;
using Microsoft.Extensions.Options;

namespace BackCare.Bot.Booking;

/// <summary>
/// Deletes call-back requests that reached the clinic (delivered on every enabled channel, or handled) once
/// Callbacks:Retention has passed since, on the state sweep's timer. A request still pending or failed is never
/// deleted: it is counted and logged as a warning instead, so it cannot vanish before anyone called back.
/// </summary>
public sealed partial class CallbackRetentionService(
    CallbackStore store,
    IOptions<CallbackOptions> options,
    IOptions<StorageOptions> storageOptions,
    TimeProvider timeProvider,
    ILogger<CallbackRetentionService> logger) : BackgroundService
{
    /// <returns>How many requests were deleted.</returns>
    public async Task<int> SweepOnceAsync(CancellationToken cancellationToken)
    {
        var cutoff = timeProvider.GetUtcNow() - options.Value.Retention;
        int deleted = 0, overdue = 0;
        foreach (var request in await store.ListAsync(cancellationToken))
        {
            if (request.Status is CallbackStatus.Delivered or CallbackStatus.Handled && request.FinishedAt < cutoff)
            {
                await store.DeleteAsync(request.UserHash, request.Reference, cancellationToken);
                deleted++;
            }
            else if (request.Status is CallbackStatus.Pending or CallbackStatus.Failed && request.SubmittedAt < cutoff)
            {
                overdue++;
            }
        }

        if (deleted > 0)
        {
            LogSwept(logger, deleted);
        }

        if (overdue > 0)
        {
            LogOverdue(logger, overdue);
        }

        return deleted;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(storageOptions.Value.RetentionSweepInterval, timeProvider);
        do
        {
            try
            {
                await SweepOnceAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogSweepFailed(logger, exception.GetType().Name);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(EventId = 530, Level = LogLevel.Information, Message = "Call-back retention deleted {Count} requests that reached the clinic")]
    private static partial void LogSwept(ILogger logger, int count);

    [LoggerMessage(EventId = 531, Level = LogLevel.Warning, Message = "{Count} call-back requests older than Callbacks:Retention have not reached the clinic (pending or failed); they are kept until staff handle them")]
    private static partial void LogOverdue(ILogger logger, int count);

    [LoggerMessage(EventId = 532, Level = LogLevel.Error, Message = "Call-back retention sweep failed ({Error})")]
    private static partial void LogSweepFailed(ILogger logger, string error);
}
