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

    /// <summary>An uncertain red flag waiting for the answer to its one confirming question.</summary>
    public PendingRedFlag? Pending { get; set; }

    /// <summary>
    /// The emergency or urgent advice last given, which holds (<see cref="AdviceHold"/>) until the
    /// user says stop or start over, or the conversation is reset.
    /// </summary>
    public GivenAdvice? Advice { get; set; }

    /// <summary>
    /// The last check's assessment outcome, offered to a booking (the person chooses whether to share it):
    /// a disposition code and a summary of answer titles, never anything the person typed.
    /// </summary>
    public BookingHandoff? Handoff { get; set; }

    public bool IsPregnant => Pregnant == Bot.Triage.AnswerCodes.Yes;

    /// <summary>Urgent advice goes to the maternity service in pregnancy, or when a pregnancy warning sign was the reason.</summary>
    public bool NeedsMaternityService(IEnumerable<string> rules) => IsPregnant || rules.Contains("U-PREGNANT-WORRY");
}

/// <summary>What a symptom check hands to a booking: its disposition code and the shareable summary lines.</summary>
public sealed class BookingHandoff
{
    public required string DispositionCode { get; init; }

    public required List<string> Summary { get; init; }
}

/// <summary>Emergency or urgent advice that was given, and the rules it was given for.</summary>
public sealed class GivenAdvice
{
    public required string Urgency { get; init; }

    public required List<string> Rules { get; init; }

    /// <summary>
    /// The advice was given again, for a new reason, while it already held ("can I still come for my massage tomorrow?
    /// my calf is a bit swollen"): the person is pushing back, so nothing offers a booking, not even "after you've been checked".
    /// </summary>
    public bool Repeated { get; init; }

    /// <summary>The advice that holds after <paramref name="decision"/>: the more urgent, and at the same urgency every reason given.</summary>
    public static GivenAdvice? After(GivenAdvice? held, Bot.Triage.TriageDecision decision)
    {
        if (decision.Disposition is not (Bot.Triage.Dispositions.Emergency or Bot.Triage.Dispositions.Urgent))
        {
            return held;
        }

        var rank = Bot.Triage.Dispositions.Rank(decision.Disposition);
        if (held is null || Bot.Triage.Dispositions.Rank(held.Urgency) < rank)
        {
            return new GivenAdvice { Urgency = decision.Disposition, Rules = decision.Rules.ToList() };
        }

        return Bot.Triage.Dispositions.Rank(held.Urgency) == rank
            ? new GivenAdvice { Urgency = held.Urgency, Rules = held.Rules.Union(decision.Rules).ToList(), Repeated = true }
            : held;
    }
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
