namespace BackCare.Bot.Dialogs.Triage;

/// <summary>
/// What the conversation has established about safety, kept in conversation state beside the
/// dialog stack so every dialog honours it: after emergency advice nothing offers a massage
/// booking; after urgent advice booking is offered only as "after you have been checked".
/// </summary>
public sealed class TriageProfile
{
    public bool EmergencyAdvised { get; set; }

    public bool UrgentAdvised { get; set; }

    /// <summary>"yes", "no" or "unsure" once known (from the check, or "I'm 20 weeks pregnant").</summary>
    public string? Pregnant { get; set; }

    /// <summary>An ambiguous red flag waiting for the answer to its one confirming question.</summary>
    public PendingRedFlag? Pending { get; set; }

    public bool IsPregnant => Pregnant == Bot.Triage.AnswerCodes.Yes;
}

/// <summary>The red flag a confirming question is about, and what stands if the answer is no.</summary>
public sealed class PendingRedFlag
{
    public required string Urgency { get; init; }

    public required List<string> Rules { get; init; }

    /// <summary>Plainly mentioned flags of lower urgency in the same message, acted on after a "no".</summary>
    public string? FallbackUrgency { get; init; }

    public List<string> FallbackRules { get; init; } = [];

    public int Attempts { get; set; }
}
