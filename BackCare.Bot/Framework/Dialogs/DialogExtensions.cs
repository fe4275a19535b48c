using BackCare.Bot.Framework.State;
using BackCare.Bot.Framework.Turns;

namespace BackCare.Bot.Framework.Dialogs;

public static class DialogExtensions
{
    /// <summary>Continues the active dialog, or begins <paramref name="dialog"/> when the stack is empty.</summary>
    public static async Task<DialogTurnResult> RunAsync(
        this Dialog dialog,
        ITurnContext turnContext,
        IStatePropertyAccessor<DialogState> accessor,
        CancellationToken cancellationToken)
    {
        var dialogSet = new DialogSet(accessor).Add(dialog);
        var dc = await dialogSet.CreateContextAsync(turnContext, cancellationToken);
        var result = await dc.ContinueDialogAsync(cancellationToken);
        if (result.Status == DialogTurnStatus.Empty)
        {
            result = await dc.BeginDialogAsync(dialog.Id, null, cancellationToken);
        }

        return result;
    }
}
