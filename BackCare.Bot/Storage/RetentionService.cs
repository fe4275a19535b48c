using BackCare.Bot.Framework.State;
using Microsoft.Extensions.Options;

namespace BackCare.Bot.Storage;

/// <summary>Deletes conversation state not touched within Storage:Retention, on a timer (data minimisation).</summary>
public sealed partial class RetentionService(
    IStorage storage,
    IOptions<StorageOptions> options,
    TimeProvider timeProvider,
    ILogger<RetentionService> logger)
    : RetentionSweep(storage, options.Value.Retention, options.Value.RetentionSweepInterval, timeProvider)
{
    protected override void OnSwept(int count) => LogSwept(logger, count);

    protected override void OnSweepFailed(Exception exception) => LogSweepFailed(logger, exception);

    [LoggerMessage(EventId = 200, Level = LogLevel.Information, Message = "Retention sweep deleted {Count} expired state documents")]
    private static partial void LogSwept(ILogger logger, int count);

    [LoggerMessage(EventId = 201, Level = LogLevel.Error, Message = "Retention sweep failed")]
    private static partial void LogSweepFailed(ILogger logger, Exception exception);
}
