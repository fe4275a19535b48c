using BackCare.Bot.Framework.Turns;

namespace BackCare.Bot.Framework.Dialogs;

/// <summary>
/// A dialog made of other dialogs, with its own inner stack stored in its instance state.
/// Subclasses add their dialogs in the constructor; override <see cref="OnContinueDialogAsync"/>
/// to handle interruptions before the inner dialog sees the message.
/// </summary>
public class ComponentDialog(string id) : Dialog(id)
{
    public string? InitialDialogId { get; set; }

    protected DialogSet Dialogs { get; } = new();

    public ComponentDialog AddDialog(Dialog dialog)
    {
        Dialogs.Add(dialog);
        InitialDialogId ??= dialog.Id;
        return this;
    }

    public Dialog? FindDialog(string dialogId) => Dialogs.Find(dialogId);

    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext outerDc, object? options, CancellationToken cancellationToken)
    {
        var (innerDc, innerState) = CreateInnerContext(outerDc);
        var result = await OnBeginDialogAsync(innerDc, options, cancellationToken);
        return await AfterInnerTurnAsync(outerDc, innerState, result, cancellationToken);
    }

    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext outerDc, CancellationToken cancellationToken)
    {
        var (innerDc, innerState) = CreateInnerContext(outerDc);
        var result = await OnContinueDialogAsync(innerDc, cancellationToken);
        return await AfterInnerTurnAsync(outerDc, innerState, result, cancellationToken);
    }

    /// <summary>A dialog this component started on the outer stack ended: re-prompt the inner one and wait.</summary>
    public override async Task<DialogTurnResult> ResumeDialogAsync(DialogContext outerDc, DialogReason reason, object? result, CancellationToken cancellationToken)
    {
        await RepromptDialogAsync(outerDc.Context, outerDc.ActiveDialog!, cancellationToken);
        return EndOfTurn;
    }

    public override async Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken)
    {
        var innerState = ReadInnerState(instance);
        var innerDc = new DialogContext(Dialogs, turnContext, innerState);
        await innerDc.RepromptDialogAsync(cancellationToken);
    }

    public override async Task EndDialogAsync(ITurnContext turnContext, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken)
    {
        if (reason == DialogReason.CancelCalled)
        {
            var innerState = ReadInnerState(instance);
            var innerDc = new DialogContext(Dialogs, turnContext, innerState);
            await innerDc.CancelAllDialogsAsync(cancellationToken);
        }
    }

    protected virtual Task<DialogTurnResult> OnBeginDialogAsync(DialogContext innerDc, object? options, CancellationToken cancellationToken) =>
        innerDc.BeginDialogAsync(
            InitialDialogId ?? throw new InvalidOperationException($"Component '{Id}' has no dialogs; call AddDialog() in its constructor."),
            options,
            cancellationToken);

    protected virtual Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken) =>
        innerDc.ContinueDialogAsync(cancellationToken);

    /// <summary>Ends the component with the inner result; override to change what is returned.</summary>
    protected virtual Task<DialogTurnResult> EndComponentAsync(DialogContext outerDc, object? result, CancellationToken cancellationToken) =>
        outerDc.EndDialogAsync(result, cancellationToken);

    private (DialogContext InnerDc, DialogState InnerState) CreateInnerContext(DialogContext outerDc)
    {
        var innerState = ReadInnerState(outerDc.ActiveDialog!);
        return (new DialogContext(Dialogs, outerDc.Context, innerState, outerDc), innerState);
    }

    private async Task<DialogTurnResult> AfterInnerTurnAsync(DialogContext outerDc, DialogState innerState, DialogTurnResult result, CancellationToken cancellationToken)
    {
        return result.Status == DialogTurnStatus.Waiting
            ? EndOfTurn
            : await EndComponentAsync(outerDc, result.Result, cancellationToken);
    }

    private static DialogState ReadInnerState(DialogInstance instance) => instance.InnerState ??= new DialogState();
}
