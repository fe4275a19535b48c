namespace BackCare.Bot.Dialogs.Triage;

/// <summary>What the main dialog does after the safety net looked at a message (its interruption, MainDialog).</summary>
public enum SafetyNetOutcome
{
    /// <summary>No red flag: run the dialogs as usual.</summary>
    Continue,

    /// <summary>The safety net answered this turn (advice, a confirming question); the dialogs wait.</summary>
    Handled,

    /// <summary>The red flag was not confirmed: carry on where the dialog was, asking its question again.</summary>
    Resume,

    /// <summary>Urgent advice was given and the dialogs ended: show the menu.</summary>
    Menu,
}
