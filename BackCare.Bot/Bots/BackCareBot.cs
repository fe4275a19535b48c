using BackCare.Bot.Channels.Teams;
using BackCare.Bot.Content;
using BackCare.Bot.Dialogs;
using BackCare.Bot.Dialogs.Triage;
using BackCare.Bot.Framework.Dialogs;
using BackCare.Bot.Framework.Recognizers;
using BackCare.Bot.Framework.Schema;
using BackCare.Bot.Framework.State;
using BackCare.Bot.Framework.Turns;
using BackCare.Bot.Triage;

namespace BackCare.Bot.Bots;

/// <summary>
/// The turn entry: welcomes a new user once (on conversationUpdate, or Web Chat's join event),
/// recognises each message once, tells the Emulator why (a RecognizerResult trace), lets the red-flag
/// safety net act first on every message, and runs the main dialog.
/// </summary>
public sealed class BackCareBot(
    MainDialog mainDialog,
    ConversationState conversationState,
    UserState userState,
    IRecognizer recognizer,
    RedFlagSafetyNet safetyNet,
    ISymptomCheckAuditLog auditLog,
    ContentActivities activities) : ActivityHandler
{
    public const string WebChatJoinEvent = "webchat/join";

    private readonly IStatePropertyAccessor<DialogState> _dialogState = conversationState.CreateProperty<DialogState>(nameof(DialogState));
    private readonly IStatePropertyAccessor<ConversationFlags> _flags = conversationState.CreateProperty<ConversationFlags>(nameof(ConversationFlags));

    protected override async Task OnMembersAddedAsync(IReadOnlyList<ChannelAccount> membersAdded, ITurnContext turnContext, CancellationToken cancellationToken)
    {
        await WelcomeAsync(turnContext, cancellationToken);
    }

    protected override async Task OnEventActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        if (turnContext.Activity.Name == WebChatJoinEvent)
        {
            await WelcomeAsync(turnContext, cancellationToken);
        }
    }

    protected override async Task OnMessageActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        turnContext.Activity.RemoveRecipientMention();
        var recognized = await recognizer.RecognizeAsync(turnContext, cancellationToken);
        TurnRecognition.Set(turnContext, recognized);
        await turnContext.TraceActivityAsync(RecognizerTraceNames.RecognizerResult, recognized.ToTraceValue(), cancellationToken);

        // Clinical safety first: a red flag anywhere wins over whatever the dialogs were doing.
        var dialogState = await _dialogState.GetAsync(turnContext, () => new DialogState(), cancellationToken);
        var safety = await safetyNet.CheckAsync(turnContext, dialogState, cancellationToken);
        var flags = await _flags.GetAsync(turnContext, () => new ConversationFlags(), cancellationToken);
        if (!flags.Welcomed)
        {
            flags.Welcomed = true;
            if (safety == SafetyNetOutcome.Continue)
            {
                await turnContext.SendActivityAsync(activities.Message(ResponseKeys.SayIntroShort, turnContext.Activity.ChannelId), cancellationToken);
            }
        }

        switch (safety)
        {
            case SafetyNetOutcome.Handled:
                return;
            case SafetyNetOutcome.Resume:
                SafetyNetTurn.RequestReprompt(turnContext);
                break;
            case SafetyNetOutcome.Menu:
                SafetyNetTurn.RequestMenu(turnContext);
                break;
        }

        if (safety == SafetyNetOutcome.Continue && TurnRecognition.GetIntent(turnContext) == Recognizers.Intents.DeleteData
            && !IsButtonOfPendingPrompt(dialogState, turnContext.Activity))
        {
            // "Delete my data": the same erasure as the channel's deleteUserData, then say what went, then the menu.
            await EraseAsync(turnContext, cancellationToken);
            await turnContext.SendActivityAsync(activities.Message(ResponseKeys.SayDataDeleted, turnContext.Activity.ChannelId), cancellationToken);
            MainDialog.RequestMenu(turnContext);
        }

        await mainDialog.RunAsync(turnContext, _dialogState, cancellationToken);
        if (turnContext.SentMessageCount == 0)
        {
            // Never silent: whatever the dialogs made of the message, ask the pending question again (or show the menu).
            SafetyNetTurn.RequestReprompt(turnContext);
            await mainDialog.RunAsync(turnContext, _dialogState, cancellationToken);
        }

        if (turnContext.SentMessageCount == 0)
        {
            await turnContext.SendActivityAsync(activities.Message(ResponseKeys.SayNotUnderstood, turnContext.Activity.ChannelId), cancellationToken);
        }
    }

    /// <summary>A tap (or exact typing) of one of the pending question's buttons ("Send request") answers it, whatever the model reads.</summary>
    private static bool IsButtonOfPendingPrompt(DialogState dialogState, Activity activity)
    {
        var text = Framework.Prompts.TextNormalizer.Normalize(Framework.Prompts.PromptInput.GetText(activity));
        return text.Length > 0
            && Framework.Prompts.PendingPrompt.Find(dialogState.DialogStack)?.Options?.Choices is { } choices
            && choices.Any(c => Framework.Prompts.TextNormalizer.Normalize(c.Title ?? c.Value) == text);
    }

    /// <summary>
    /// Invokes are answered 200 with a body (protocol.md R2.4). BackCare's cards use imBack and
    /// openUrl buttons, so an Adaptive Card action only acknowledges; other invokes get an empty object.
    /// </summary>
    protected override Task OnInvokeActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        turnContext.InvokeResponse = turnContext.Activity.Name == "adaptiveCard/action"
            ? new InvokeResponse(200, new System.Text.Json.Nodes.JsonObject
            {
                ["statusCode"] = 200,
                ["type"] = "application/vnd.microsoft.activity.message",
                ["value"] = activities.Content.Get(ResponseKeys.AskTopicAgain),
            })
            : new InvokeResponse(200, new System.Text.Json.Nodes.JsonObject());
        return Task.CompletedTask;
    }

    /// <summary>The Bot Framework "delete user data" request: forget this user, this conversation and its audit records.</summary>
    protected override Task OnDeleteUserDataActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        EraseAsync(turnContext, cancellationToken);

    /// <summary>Erases this conversation's state, this user's state and the conversation's audit records.</summary>
    private async Task EraseAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        if (turnContext.Activity.Conversation?.Id is { } conversationId)
        {
            await auditLog.EraseConversationAsync(conversationId, cancellationToken);
        }

        await conversationState.DeleteAsync(turnContext, cancellationToken);
        await userState.DeleteAsync(turnContext, cancellationToken);
    }

    private async Task WelcomeAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var flags = await _flags.GetAsync(turnContext, () => new ConversationFlags(), cancellationToken);
        if (flags.Welcomed)
        {
            return;
        }

        flags.Welcomed = true;
        await turnContext.SendActivityAsync(activities.Message(ResponseKeys.SayWelcome, turnContext.Activity.ChannelId), cancellationToken);
        await mainDialog.RunAsync(turnContext, _dialogState, cancellationToken);
    }
}
