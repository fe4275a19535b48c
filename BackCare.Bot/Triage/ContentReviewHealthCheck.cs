using BackCare.Bot.Content;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace BackCare.Bot.Triage;

/// <summary>
/// Stale clinical content is a hazard (docs/clinical-safety.md, H5): /healthz reports "Degraded"
/// once any content file is past its next review date, naming the file, so the operator's
/// monitoring flags it without taking the bot down (the advice stays the last approved text).
/// </summary>
public sealed class ContentReviewHealthCheck(ContentCatalog responses, TriageContent triage, TimeProvider timeProvider, BookingContent? booking = null) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var today = DateOnly.FromDateTime(timeProvider.GetUtcNow().UtcDateTime);
        var overdue = new List<string>();
        if (responses.NextReviewDue < today)
        {
            overdue.Add($"responses.en-GB.json (due {responses.NextReviewDue:yyyy-MM-dd})");
        }

        if (triage.File.NextReviewDue < today)
        {
            overdue.Add($"{TriageContent.FileName} (due {triage.File.NextReviewDue:yyyy-MM-dd})");
        }

        if (triage.File.RedFlagsNextReviewDue is { } due && due < today)
        {
            overdue.Add($"{TriageContent.RedFlagsFileName} (due {due:yyyy-MM-dd})");
        }

        if (booking is not null && booking.File.NextReviewDue < today)
        {
            overdue.Add($"{BookingContent.FileName} (due {booking.File.NextReviewDue:yyyy-MM-dd})");
        }

        return Task.FromResult(overdue.Count == 0
            ? HealthCheckResult.Healthy("Clinical content is within its review dates.")
            : HealthCheckResult.Degraded("Clinical content is past its review date: " + string.Join(", ", overdue)));
    }
}
