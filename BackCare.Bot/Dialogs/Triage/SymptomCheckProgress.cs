namespace BackCare.Bot.Dialogs.Triage;

/// <summary>The answers so far, carried from question to question (the loop's options).</summary>
public sealed class SymptomCheckProgress
{
    /// <summary>Question id → answer code, including answers taken from what the user typed.</summary>
    public Dictionary<string, string> Answers { get; init; } = new(StringComparer.Ordinal);

    /// <summary>Question ids in the order they were asked.</summary>
    public List<string> Asked { get; init; } = [];

    /// <summary>An urgent answer ends the screens; only pregnancy (for the right service) is still asked.</summary>
    public bool OnlyPregnancyLeft { get; set; }

    /// <summary>Set while asking "anything else from the list?" after a first condition.</summary>
    public bool AskingMoreConditions { get; set; }

    /// <summary>The user could not answer a question after several tries.</summary>
    public bool GaveUp { get; set; }
}

/// <summary>How a symptom check ended, for whoever started it.</summary>
public static class SymptomCheckResults
{
    public const string Declined = "declined";
    public const string GaveUp = "gave_up";
    public const string Emergency = "emergency";
}
