using BackCare.Bot.Booking;
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
/// The turn entry: welcomes a new user once (on conversationUpdate, a Teams personal install, or Web Chat's join event),
/// recognises each message once, tells the Emulator why (a RecognizerResult trace), and runs the main dialog, whose
/// first act on every message is the red-flag safety net (MainDialog, RedFlagSafetyNet). Never silent.
/// </summary>
public sealed class BackCareBot(
    MainDialog mainDialog,
    ConversationState conversationState,
    UserState userState,
    IRecognizer recognizer,
    ConversationFlagsAccessor flags,
    RedFlagSafetyNet safetyNet,
    ISymptomCheckAuditLog auditLog,
    ICallbackRequests callbackRequests,
    ContentActivities activities) : ActivityHandler
{
    public const string WebChatJoinEvent = "webchat/join";

    private readonly IStatePropertyAccessor<DialogState> _dialogState = conversationState.CreateProperty<DialogState>(nameof(DialogState));

    /// <summary>A Teams personal install adds only the bot, so the base handler would never welcome (TeamsInstallation).</summary>
    protected override Task OnConversationUpdateActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        TeamsInstallation.IsPersonalInstall(turnContext.Activity)
            ? WelcomeAsync(turnContext, cancellationToken)
            : base.OnConversationUpdateActivityAsync(turnContext, cancellationToken);

    protected override Task OnInstallationUpdateActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        TeamsInstallation.IsPersonalInstall(turnContext.Activity)
            ? WelcomeAsync(turnContext, cancellationToken)
            : Task.CompletedTask;

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

        var dialogState = await _dialogState.GetAsync(turnContext, () => new DialogState(), cancellationToken);
        if (TurnRecognition.GetIntent(turnContext) == Recognizers.Intents.DeleteData
            && !IsButtonOfPendingPrompt(dialogState, turnContext.Activity)
            && !await safetyNet.WouldActAsync(turnContext, cancellationToken))
        {
            // "Delete my data": the same erasure as the channel's deleteUserData, then say what went, then the menu.
            var callbacks = await EraseAsync(turnContext, cancellationToken);
            await turnContext.SendActivityAsync(activities.Message(DataDeletedKey(callbacks), turnContext.Activity.ChannelId), cancellationToken);
            await mainDialog.ShowMenuAsync(turnContext, _dialogState, cancellationToken);
            return;
        }

        // The main dialog runs the safety net first (a red flag anywhere wins), then whatever was going on.
        await mainDialog.RunAsync(turnContext, _dialogState, cancellationToken);
        if (turnContext.SentMessageCount == 0)
        {
            // Never silent: whatever the dialogs made of the message, ask the pending question again (or show the menu).
            await mainDialog.RepromptAsync(turnContext, _dialogState, cancellationToken);
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

    /// <summary>The Bot Framework "delete user data" request: forget this user, this conversation, its audit records and call-back requests.</summary>
    protected override Task OnDeleteUserDataActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        EraseAsync(turnContext, cancellationToken);

    /// <summary>What to say after erasing: whether call-back requests went too, and whether a copy had already reached the clinic.</summary>
    private static string DataDeletedKey(CallbackErasure callbacks) => callbacks switch
    {
        { Erased: 0 } => ResponseKeys.SayDataDeleted,
        { AlreadyDelivered: 0 } => ResponseKeys.SayDataDeletedWithCallbacks,
        _ => ResponseKeys.SayDataDeletedCallbacksSent,
    };

    /// <summary>Erases this conversation's state, this user's state, the conversation's audit records and the user's call-back requests.</summary>
    private async Task<CallbackErasure> EraseAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        if (turnContext.Activity.Conversation?.Id is { } conversationId)
        {
            await auditLog.EraseConversationAsync(conversationId, cancellationToken);
        }

        var callbacks = turnContext.Activity is { ChannelId: { Length: > 0 } channelId, From.Id: { Length: > 0 } userId }
            ? await callbackRequests.EraseUserAsync(channelId, userId, cancellationToken)
            : new CallbackErasure(0, 0);
        await conversationState.DeleteAsync(turnContext, cancellationToken);
        await userState.DeleteAsync(turnContext, cancellationToken);
        return callbacks;
    }

    private async Task WelcomeAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        if (!await flags.WelcomeOnceAsync(turnContext, cancellationToken))
        {
            return;
        }

        await turnContext.SendActivityAsync(activities.Message(ResponseKeys.SayWelcome, turnContext.Activity.ChannelId), cancellationToken);
        await mainDialog.RunAsync(turnContext, _dialogState, cancellationToken);
    }
}
