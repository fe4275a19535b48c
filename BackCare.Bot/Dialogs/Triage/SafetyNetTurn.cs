using BackCare.Bot.Framework.Turns;

namespace BackCare.Bot.Dialogs.Triage;

/// <summary>What the safety net decided for this turn, read by the dialogs that run after it.</summary>
public static class SafetyNetTurn
{
    private const string RepromptKey = "BackCare.SafetyNet.Reprompt";
    private const string MenuKey = "BackCare.SafetyNet.Menu";

    /// <summary>The user answered the safety net's question: re-ask whatever the dialog was asking.</summary>
    public static void RequestReprompt(ITurnContext turnContext) => turnContext.TurnState[RepromptKey] = true;

    /// <summary>Advice was given and the dialogs ended: show the menu again, ignoring what the message asked.</summary>
    public static void RequestMenu(ITurnContext turnContext) => turnContext.TurnState[MenuKey] = true;

    public static bool RepromptRequested(ITurnContext turnContext) => turnContext.TurnState.ContainsKey(RepromptKey);

    public static bool MenuRequested(ITurnContext turnContext) => turnContext.TurnState.ContainsKey(MenuKey) || RepromptRequested(turnContext);
}

/// <summary>What the bot does after the safety net looked at a message.</summary>
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
