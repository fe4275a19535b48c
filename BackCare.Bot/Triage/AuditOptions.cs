using System.ComponentModel.DataAnnotations;

namespace BackCare.Bot.Triage;

/// <summary>
/// The symptom-check audit trail (clinical.md 4.4 item 5). Section "Audit". Where it is stored follows
/// Storage:Provider (its own table, or its own in-memory store), never the state table.
/// </summary>
public sealed class AuditOptions
{
    public const string SectionName = "Audit";

    /// <summary>
    /// False stops new records being written. Records already kept still expire after <see cref="Retention"/>
    /// and can still be erased, so turning the log off never strands patient data.
    /// </summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Records older than this are deleted, independently of Storage:Retention.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "3650.00:00:00")]
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(365);
}
