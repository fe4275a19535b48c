using BackCare.Bot.Content;
using BackCare.Bot.Framework.Dialogs;
using BackCare.Bot.Recognizers;

namespace BackCare.Bot.Dialogs;

/// <summary>
/// Handles the commands that work at any point (the CancelAndHelpDialog pattern): "help" answers
/// and re-asks the current question; "stop"/"cancel" ends everything (then <see cref="OnStoppedAsync"/>);
/// "start over"/"menu" restarts.
/// Commands count only as the whole message, so "the massage didn't help" is not a call for help.
/// </summary>
public abstract class InterruptibleDialog(string id, ContentActivities activities) : ComponentDialog(id)
{
    protected ContentActivities Activities { get; } = activities;

    protected override async Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        var channelId = innerDc.Context.Activity.ChannelId;

        switch (TurnRecognition.GetCommand(innerDc.Context))
        {
            case Intents.Help:
                await innerDc.Context.SendActivityAsync(Activities.Message(ResponseKeys.SayHelp, channelId), cancellationToken);
                await innerDc.RepromptDialogAsync(cancellationToken);
                return Dialog.EndOfTurn;

            case Intents.Cancel:
                await OnInterruptingAsync(innerDc, cancellationToken);
                await innerDc.CancelAllDialogsAsync(cancellationToken);
                await innerDc.Context.SendActivityAsync(Activities.Message(ResponseKeys.SayCancelled, channelId), cancellationToken);
                return await OnStoppedAsync(innerDc, cancellationToken);

            case Intents.StartOver:
                await OnInterruptingAsync(innerDc, cancellationToken);
                await innerDc.CancelAllDialogsAsync(cancellationToken);
                await innerDc.Context.SendActivityAsync(Activities.Message(ResponseKeys.SayStartOver, channelId), cancellationToken);
                return await OnStartOverAsync(innerDc, cancellationToken);

            default:
                return await base.OnContinueDialogAsync(innerDc, cancellationToken);
        }
    }

    /// <summary>Runs before "stop" or "start over" cancels the running dialogs (to record what was interrupted).</summary>
    protected virtual Task OnInterruptingAsync(DialogContext innerDc, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>What follows "stop" once everything has been cancelled and said so: nothing by default.</summary>
    protected virtual Task<DialogTurnResult> OnStoppedAsync(DialogContext innerDc, CancellationToken cancellationToken) =>
        Task.FromResult(new DialogTurnResult(DialogTurnStatus.Cancelled));

    /// <summary>What "start over" begins once everything has been cancelled.</summary>
    protected abstract Task<DialogTurnResult> OnStartOverAsync(DialogContext innerDc, CancellationToken cancellationToken);
}
