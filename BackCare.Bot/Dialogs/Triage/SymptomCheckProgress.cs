namespace BackCare.Bot.Dialogs.Triage;

/// <summary>The answers so far, carried from question to question (the loop's options).</summary>
public sealed class SymptomCheckProgress
{
    /// <summary>Question id → answer code, including answers taken from what the user typed.</summary>
    public Dictionary<string, string> Answers { get; init; } = new(StringComparer.Ordinal);

    /// <summary>Question (and group) ids in the order they were asked.</summary>
    public List<string> Asked { get; init; } = [];

    /// <summary>Group id → none, yes or unsure, for the groups asked as one question.</summary>
    public Dictionary<string, string> Groups { get; init; } = new(StringComparer.Ordinal);

    /// <summary>Questions settled by "None of these" that have no answer code of their own (choices, numbers).</summary>
    public List<string> Covered { get; init; } = [];

    /// <summary>An urgent answer ends the screens; only pregnancy (for the right service) is still asked.</summary>
    public bool OnlyPregnancyLeft { get; set; }

    /// <summary>Set while asking "anything else from the list?" after a first condition.</summary>
    public bool AskingMoreConditions { get; set; }

    /// <summary>The person asked to book mid-check: offer to finish the safety questions first or book now.</summary>
    public bool OfferBooking { get; set; }

    /// <summary>The person chose to finish the safety questions, then book.</summary>
    public bool BookAfterSafety { get; set; }

    /// <summary>The person chose to go straight to booking.</summary>
    public bool StraightToBooking { get; set; }

    /// <summary>A question's answer could not be read after several tries: offer to carry on or stop.</summary>
    public bool Stuck { get; set; }

    /// <summary>The person chose to stop the check.</summary>
    public bool Stopped { get; set; }

    /// <summary>What the check is asking now: a question id, a group id, or one of its own offers (booking, stuck).</summary>
    public string? Asking { get; set; }
}

/// <summary>How a symptom check ended, for whoever started it.</summary>
public static class SymptomCheckResults
{
    public const string Declined = "declined";
    public const string Emergency = "emergency";
}
