using BackCare.Bot.Framework.State;
using Microsoft.Extensions.Options;

namespace BackCare.Bot.Storage;

/// <summary>Deletes state not touched within the retention period, on a timer (data minimisation).</summary>
public sealed partial class RetentionService(
    IStorage storage,
    IOptions<StorageOptions> options,
    TimeProvider timeProvider,
    ILogger<RetentionService> logger) : BackgroundService
{
    public async Task<int> SweepOnceAsync(CancellationToken cancellationToken)
    {
        var cutoff = timeProvider.GetUtcNow() - options.Value.Retention;
        var deleted = await storage.DeleteOlderThanAsync(cutoff, cancellationToken);
        if (deleted > 0)
        {
            LogSwept(logger, deleted);
        }

        return deleted;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.RetentionSweepInterval, timeProvider);
        do
        {
            try
            {
                await SweepOnceAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogSweepFailed(logger, exception);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(EventId = 200, Level = LogLevel.Information, Message = "Retention sweep deleted {Count} expired state documents")]
    private static partial void LogSwept(ILogger logger, int count);

    [LoggerMessage(EventId = 201, Level = LogLevel.Error, Message = "Retention sweep failed")]
    private static partial void LogSweepFailed(ILogger logger, Exception exception);
}
