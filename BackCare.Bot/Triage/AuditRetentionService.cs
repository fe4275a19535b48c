using BackCare.Bot.Framework.State;
using BackCare.Bot.Storage;
using Microsoft.Extensions.Options;

namespace BackCare.Bot.Triage;

/// <summary>
/// Deletes audit records older than Audit:Retention, on the state sweep's timer (Storage:RetentionSweepInterval).
/// It works on the audit storage only; <see cref="RetentionService"/> never sees audit records, and this never
/// sees state. Runs even when Audit:Enabled is false, so records kept before still expire.
/// </summary>
public sealed partial class AuditRetentionService(
    [FromKeyedServices(StorageSymptomCheckAuditLog.StorageServiceKey)] IStorage storage,
    IOptions<AuditOptions> auditOptions,
    IOptions<StorageOptions> storageOptions,
    TimeProvider timeProvider,
    ILogger<AuditRetentionService> logger)
    : RetentionSweep(storage, auditOptions.Value.Retention, storageOptions.Value.RetentionSweepInterval, timeProvider)
{
    protected override void OnSwept(int count) => LogSwept(logger, count);

    protected override void OnSweepFailed(Exception exception) => LogSweepFailed(logger, exception);

    [LoggerMessage(EventId = 210, Level = LogLevel.Information, Message = "Audit retention sweep deleted {Count} expired symptom-check records")]
    private static partial void LogSwept(ILogger logger, int count);

    [LoggerMessage(EventId = 211, Level = LogLevel.Error, Message = "Audit retention sweep failed")]
    private static partial void LogSweepFailed(ILogger logger, Exception exception);
}
