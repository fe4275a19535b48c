using System.ComponentModel.DataAnnotations;

namespace BackCare.Bot.Content;

/// <summary>
/// Emergency and urgent-care numbers and services for the region the bot serves. Never literals in
/// content: in New Zealand, for example, 111 is the emergency number (clinical.md §2.6).
/// Section "EmergencyServices".
/// </summary>
public sealed class EmergencyServicesOptions
{
    public const string SectionName = "EmergencyServices";

    [Required]
    public string EmergencyNumber { get; set; } = "999";

    [Required]
    public string EmergencyDepartment { get; set; } = "A&E";

    /// <summary>Completes "…, {UrgentAdvice}." for same-day, non-emergency care.</summary>
    [Required]
    public string UrgentAdvice { get; set; } = "get an urgent GP appointment today or contact NHS 111 (call 111 or go to 111.nhs.uk)";

    [Required]
    public string MaternityAdvice { get; set; } = "contact your midwife or maternity unit straight away";
}
