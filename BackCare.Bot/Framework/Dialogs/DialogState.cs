namespace BackCare.Bot.Framework.Dialogs;

/// <summary>The persisted dialog stack; index 0 is the active dialog.</summary>
public sealed class DialogState
{
    public List<DialogInstance> DialogStack { get; init; } = [];
}
