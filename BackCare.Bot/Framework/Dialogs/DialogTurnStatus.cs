namespace BackCare.Bot.Framework.Dialogs;

public enum DialogTurnStatus
{
    /// <summary>The stack was empty.</summary>
    Empty,

    /// <summary>The active dialog is waiting for the user.</summary>
    Waiting,

    /// <summary>The last dialog on the stack ended.</summary>
    Complete,

    /// <summary>The stack was cancelled.</summary>
    Cancelled,
}
