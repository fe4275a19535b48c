using BackCare.Bot.Framework.State;

namespace BackCare.Bot.Storage;

/// <summary>
/// Deletes what a storage holds beyond its retention period, once at start and then on a timer
/// (data minimisation). A failed sweep is logged and retried at the next tick; the counts only are logged.
/// </summary>
public abstract class RetentionSweep(IStorage storage, TimeSpan retention, TimeSpan interval, TimeProvider timeProvider) : BackgroundService
{
    public async Task<int> SweepOnceAsync(CancellationToken cancellationToken)
    {
        var deleted = await storage.DeleteOlderThanAsync(timeProvider.GetUtcNow() - retention, cancellationToken);
        if (deleted > 0)
        {
            OnSwept(deleted);
        }

        return deleted;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(interval, timeProvider);
        do
        {
            try
            {
                await SweepOnceAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                OnSweepFailed(exception);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    protected abstract void OnSwept(int count);

    protected abstract void OnSweepFailed(Exception exception);
}
