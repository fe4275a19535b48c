using BackCare.Bot.Framework.State;
using BackCare.Bot.Content;
using BackCare.Bot.Dialogs.Booking;
using BackCare.Bot.Dialogs.Triage;
using BackCare.Bot.Framework.Dialogs;
using BackCare.Bot.Framework.Prompts;
using BackCare.Bot.Framework.Schema;
using BackCare.Bot.Framework.Turns;
using BackCare.Bot.Recognizers;
using BackCare.Bot.Triage;

namespace BackCare.Bot.Dialogs;

/// <summary>
/// The root dialog. Its first act on every message is the red-flag safety net (<see cref="RedFlagSafetyNet"/>), an
/// interruption like help or stop: advice ends what was going on, an unconfirmed flag resumes it.
/// Then the main menu: offers the topics, opens the one chosen (by button, number or free text), asks
/// "Did you mean …?" when the recognizer is unsure, and after each answer acts on the follow-up the
/// user picked. At its own and the topics' prompts (not the symptom check's), small talk is answered
/// and the question asked again, and thanks or goodbye close warmly with the menu.
/// </summary>
public sealed class MainDialog : InterruptibleDialog
{
    public const string MenuPromptId = "MainDialog.menu";
    private const string MenuStepsId = "MainDialog.steps";

    private readonly FaqCatalog _faq;
    private readonly TriageProfileAccessor _profiles;
    private readonly Bot.Triage.TriageContent _triage;

    private readonly SymptomCheckAuditor _auditor;
    private readonly AdviceHold _hold;
    private readonly SymptomCheckProgressAccessor _checkProgress;
    private readonly RedFlagSafetyNet _safetyNet;
    private readonly ConversationFlagsAccessor _flags;
    private readonly BookingDialog _booking;

    public MainDialog(
        ContentActivities activities, FaqCatalog faq, SymptomCheckDialog symptomCheck, TriageProfileAccessor profiles, Bot.Triage.TriageContent triage, SymptomCheckAuditor auditor, AdviceHold hold, SymptomCheckProgressAccessor checkProgress,
        RedFlagSafetyNet safetyNet, ConversationFlagsAccessor flags, BookingDialog booking)
        : base(nameof(MainDialog), activities)
    {
        _safetyNet = safetyNet;
        _flags = flags;
        _checkProgress = checkProgress;
        _faq = faq;
        _hold = hold;
        _booking = booking;
        _auditor = auditor;
        _profiles = profiles;
        _triage = triage;
        AddDialog(new WaterfallDialog(MenuStepsId, [ChooseTopicStepAsync, OpenTopicStepAsync, FollowUpStepAsync]));
        AddDialog(new ChoicePrompt(MenuPromptId, TopicSwitch.ValidateChoiceTopicOrCandidatesAsync));
        AddDialog(symptomCheck);
        AddDialog(booking);
        foreach (var topic in faq.Topics.Where(t => t.Dialog is null))
        {
            AddDialog(new TopicDialog(topic, activities, profiles));
        }

        InitialDialogId = MenuStepsId;
    }

    /// <summary>Shows the menu again, ignoring what the message asked (after "delete my data").</summary>
    public async Task ShowMenuAsync(ITurnContext turnContext, IStatePropertyAccessor<DialogState> dialogState, CancellationToken cancellationToken)
    {
        var dc = await new DialogSet(dialogState).Add(this).CreateContextAsync(turnContext, cancellationToken);
        await dc.CancelAllDialogsAsync(cancellationToken);
        await dc.BeginDialogAsync(Id, new MenuOptions(Again: true), cancellationToken);
    }

    /// <summary>Asks the pending question again, or shows the menu when nothing is pending (so no message goes unanswered).</summary>
    public async Task RepromptAsync(ITurnContext turnContext, IStatePropertyAccessor<DialogState> dialogState, CancellationToken cancellationToken)
    {
        var dc = await new DialogSet(dialogState).Add(this).CreateContextAsync(turnContext, cancellationToken);
        if (dc.ActiveDialog is not null)
        {
            await dc.RepromptDialogAsync(cancellationToken);
        }
        else
        {
            await dc.BeginDialogAsync(Id, new MenuOptions(Again: true), cancellationToken);
        }
    }

    /// <summary>Starts the menu for the first message of a conversation (after the safety net), acting on what that message asked.</summary>
    protected override async Task<DialogTurnResult> OnBeginDialogAsync(DialogContext innerDc, object? options, CancellationToken cancellationToken)
    {
        if (options is null && innerDc.Context.Activity.IsType(ActivityTypes.Message))
        {
            var welcomed = !await _flags.WelcomeOnceAsync(innerDc.Context, cancellationToken);
            var safety = await _safetyNet.CheckAsync(innerDc, cancellationToken);
            if (safety != SafetyNetOutcome.Continue)
            {
                return await AfterSafetyNetAsync(innerDc, safety, cancellationToken);
            }

            if (!welcomed)
            {
                await SayAsync(innerDc, ResponseKeys.SayIntroShort, cancellationToken);
            }
        }

        var menu = options as MenuOptions ?? new MenuOptions();
        var intent = menu.Intent ?? TurnRecognition.GetIntent(innerDc.Context);
        switch (intent)
        {
            case Intents.Cancel:
                await SayAsync(innerDc, ResponseKeys.SayCancelled, cancellationToken);
                return await innerDc.BeginDialogAsync(MenuStepsId, new MenuOptions(Again: true), cancellationToken);
            case Intents.Thanks or Intents.Goodbye:
                await SayAsync(innerDc, intent == Intents.Thanks ? ResponseKeys.SayThanks : ResponseKeys.SayGoodbye, cancellationToken);
                return await innerDc.BeginDialogAsync(MenuStepsId, new MenuOptions(AfterClose: true), cancellationToken);
            case Intents.Greeting or Intents.Acknowledge or Intents.AreYouHuman or Intents.Help:
                await SayAsync(innerDc, AsideKey(intent), cancellationToken);
                break;
            case Intents.None when menu.Intent is null && innerDc.Context.Activity.IsType(ActivityTypes.Message):
                if (TopicSwitch.CandidateTopics(innerDc.Context) is { Count: > 0 } candidates)
                {
                    return await innerDc.BeginDialogAsync(MenuStepsId, new MenuOptions(Candidates: candidates), cancellationToken);
                }

                await SayAsync(innerDc, ResponseKeys.SayNotUnderstood, cancellationToken);
                break;
        }

        var topic = intent is not null && _faq.Find(intent) is not null ? intent : null;
        return await innerDc.BeginDialogAsync(MenuStepsId, menu with { Intent = topic }, cancellationToken);
    }

    /// <summary>
    /// Lets the person step aside from a pending menu or topic question: small talk and help are answered and
    /// the question asked again; thanks, goodbye or "no" at "anything else?" close warmly with the menu.
    /// Commands, the symptom check's own prompts, and messages the prompt understands go on as usual.
    /// </summary>
    protected override async Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        var context = innerDc.Context;
        if (context.Activity.IsType(ActivityTypes.Message))
        {
            // Clinical safety first: a red flag anywhere wins over whatever the dialogs were doing.
            var safety = await _safetyNet.CheckAsync(innerDc, cancellationToken);
            if (safety != SafetyNetOutcome.Continue)
            {
                return await AfterSafetyNetAsync(innerDc, safety, cancellationToken);
            }
        }

        if (context.Activity.IsType(ActivityTypes.Message)
            && TurnRecognition.GetCommand(context) is null
            && TurnRecognition.GetTopic(context) is null
            && PendingPrompt.Find(innerDc.Stack) is { } pending
            && !pending.IsInside(SymptomCheckDialog.DialogId)
            && !AnswersPrompt(pending, context.Activity))
        {
            if (await StepAsideAsync(innerDc, pending, cancellationToken) is { } handled)
            {
                return handled;
            }
        }

        return await base.OnContinueDialogAsync(innerDc, cancellationToken);
    }

    /// <summary>
    /// After the safety net acted: it answered (advice given and everything ended, or a confirming question asked:
    /// wait), the flag was not confirmed (ask the pending question again), or urgent advice ended the dialogs (menu).
    /// </summary>
    private async Task<DialogTurnResult> AfterSafetyNetAsync(DialogContext innerDc, SafetyNetOutcome outcome, CancellationToken cancellationToken)
    {
        switch (outcome)
        {
            case SafetyNetOutcome.Handled:
                return innerDc.Stack.Count == 0 ? new DialogTurnResult(DialogTurnStatus.Complete) : Dialog.EndOfTurn;
            case SafetyNetOutcome.Resume when innerDc.ActiveDialog is not null:
                await innerDc.RepromptDialogAsync(cancellationToken);
                return Dialog.EndOfTurn;
            default:
                await innerDc.CancelAllDialogsAsync(cancellationToken);
                return await innerDc.BeginDialogAsync(MenuStepsId, new MenuOptions(Again: true), cancellationToken);
        }
    }

    protected override Task<DialogTurnResult> OnStoppedAsync(DialogContext innerDc, CancellationToken cancellationToken) =>
        innerDc.BeginDialogAsync(MenuStepsId, new MenuOptions(Again: true), cancellationToken);

    private bool AnswersPrompt(PendingPrompt pending, Activity activity) =>
        _booking.IsFieldAnswer(pending.Id, PromptInput.GetText(activity))
        || (pending.Options?.Choices is { Count: > 0 } choices && ChoiceRecognizer.Recognize(PromptInput.GetText(activity), choices) is not null);

    private async Task<DialogTurnResult?> StepAsideAsync(DialogContext innerDc, PendingPrompt pending, CancellationToken cancellationToken)
    {
        var intent = TurnRecognition.GetIntent(innerDc.Context);
        if (pending.Id == TopicDialog.FollowUpPromptId && intent is not (Intents.Thanks or Intents.Goodbye)
            && ConfirmPrompt.Recognize(PromptInput.GetText(innerDc.Context.Activity)) is { } yes)
        {
            // "yeah go on" / "nah not really" to "Is there anything else I can help with?"
            return yes
                ? await RestartMenuAsync(innerDc, null, new MenuOptions(Again: true), cancellationToken)
                : await RestartMenuAsync(innerDc, ResponseKeys.SayNoMore, new MenuOptions(AfterClose: true), cancellationToken);
        }

        switch (intent)
        {
            case Intents.Thanks or Intents.Goodbye:
                return await RestartMenuAsync(innerDc, intent == Intents.Thanks ? ResponseKeys.SayThanks : ResponseKeys.SayGoodbye, new MenuOptions(AfterClose: true), cancellationToken);
            case Intents.Greeting or Intents.Acknowledge or Intents.AreYouHuman or Intents.Help:
                await SayAsync(innerDc, AsideKey(intent), cancellationToken);
                await innerDc.RepromptDialogAsync(cancellationToken);
                return Dialog.EndOfTurn;
            default:
                return null;
        }
    }

    private async Task<DialogTurnResult> RestartMenuAsync(DialogContext innerDc, string? key, MenuOptions menu, CancellationToken cancellationToken)
    {
        await innerDc.CancelAllDialogsAsync(cancellationToken);
        if (key is not null)
        {
            await SayAsync(innerDc, key, cancellationToken);
        }

        return await innerDc.BeginDialogAsync(MenuStepsId, menu, cancellationToken);
    }

    private static string AsideKey(string intent) => intent switch
    {
        Intents.Greeting => ResponseKeys.SayGreeting,
        Intents.Acknowledge => ResponseKeys.SayAcknowledge,
        Intents.AreYouHuman => ResponseKeys.SayAreYouHuman,
        _ => ResponseKeys.SayHelp,
    };

    private Task SayAsync(DialogContext dc, string key, CancellationToken cancellationToken) =>
        dc.Context.SendActivityAsync(Activities.Message(key, dc.Context.Activity.ChannelId), cancellationToken);

    /// <summary>A symptom check stopped by "stop" or "start over" is recorded as interrupted.</summary>
    protected override async Task OnInterruptingAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        if (await _checkProgress.FindAsync(innerDc.Context, cancellationToken) is { } progress)
        {
            await _auditor.WriteAsync(innerDc.Context, SymptomCheckAuditor.Interrupted, progress, null, cancellationToken);
        }
    }

    protected override Task<DialogTurnResult> OnStartOverAsync(DialogContext innerDc, CancellationToken cancellationToken) =>
        innerDc.BeginDialogAsync(MenuStepsId, new MenuOptions(), cancellationToken);

    private async Task<DialogTurnResult> ChooseTopicStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var options = step.GetOptions<MenuOptions>() ?? new MenuOptions();
        if (options.Intent is not null)
        {
            return await step.NextAsync(options.Intent, cancellationToken);
        }

        var channelId = step.Context.Activity.ChannelId;
        var profile = await _profiles.GetAsync(step.Context, cancellationToken);
        var menuChoices = MenuChoices(profile);
        var candidates = menuChoices.Where(c => options.Candidates?.Contains(c.Value) == true).ToList();
        if (candidates.Count > 0)
        {
            candidates.Add(Activities.Choice(FollowUp.AnotherQuestion, ResponseKeys.ChoiceSomethingElse));
        }

        var ask = candidates.Count > 0 ? ResponseKeys.AskDidYouMean
            : options.AfterClose ? ResponseKeys.AskTopicAfterClose
            : options.Again ? ResponseKeys.AskTopicAgain
            : ResponseKeys.AskTopic;
        return await step.PromptAsync(MenuPromptId, new PromptOptions
        {
            Prompt = Activities.Prompt(ask, channelId),
            RetryPrompt = Activities.Prompt(candidates.Count > 0 ? ResponseKeys.RetryDidYouMean : ResponseKeys.RetryTopic, channelId),
            Choices = candidates.Count > 0 ? candidates : menuChoices,
            MaxAttempts = 3,
            TooManyAttemptsMessage = Activities.Message(ResponseKeys.SayTopicGaveUp, channelId),
            KeepAsking = true,
        }, cancellationToken);
    }

    private async Task<DialogTurnResult> OpenTopicStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var topic = TopicSwitch.Take(step.Context) ?? (step.Result as FoundChoice)?.Value ?? step.Result as string;
        if (topic == TopicSwitch.DidYouMean)
        {
            return await step.ReplaceDialogAsync(MenuStepsId, new MenuOptions(Candidates: TopicSwitch.TakeCandidates(step.Context)), cancellationToken);
        }

        if (topic is null || _faq.Find(topic) is not { } faqTopic)
        {
            // "Something else" after "Did you mean …?", or nothing usable: the whole menu again.
            return await step.ReplaceDialogAsync(MenuStepsId, new MenuOptions(Again: true), cancellationToken);
        }

        if (faqTopic.Dialog is not null)
        {
            // The message that asked for the check may already answer some of its questions.
            var opening = step.Context.Activity.IsType(ActivityTypes.Message) ? PromptInput.GetText(step.Context.Activity) : null;
            return await step.BeginDialogAsync(SymptomCheckDialog.DialogId, new SymptomCheckOptions(opening), cancellationToken);
        }

        var profile = await _profiles.GetAsync(step.Context, cancellationToken);
        if (topic == Intents.Booking && (profile.EmergencyAdvised || profile.UrgentAdvised))
        {
            // Booking after a red flag: get checked first (nothing offers a massage after emergency advice).
            var key = profile.EmergencyAdvised ? TriageTextKeys.SayBookingAfterEmergency : TriageTextKeys.SayBookingAfterUrgent;
            await step.Context.SendActivityAsync(Activity.CreateMessage(_triage.Get(key), InputHints.AcceptingInput), cancellationToken);
            return await step.ReplaceDialogAsync(MenuStepsId, new MenuOptions(Again: true), cancellationToken);
        }

        if (topic == Intents.Booking)
        {
            // The message that asked may already say what it wants ("can someone call me", "move my appointment").
            var asked = step.Context.Activity.IsType(ActivityTypes.Message) ? PromptInput.GetText(step.Context.Activity) : null;
            return await step.BeginDialogAsync(BookingDialog.DialogId, new BookingOptions(asked), cancellationToken);
        }

        return await step.BeginDialogAsync(TopicDialog.IdFor(topic), null, cancellationToken);
    }

    /// <summary>
    /// The menu: every topic, without booking after emergency advice, and booking "after you've been
    /// checked" after urgent advice. While advice holds, only the topics still answered (and that booking, unless the
    /// advice had to be given again: see <see cref="GivenAdvice.Repeated"/>).
    /// </summary>
    private List<Choice> MenuChoices(TriageProfile profile)
    {
        var choices = new List<Choice>();
        foreach (var topic in _faq.Topics)
        {
            if (topic.Id == Intents.Booking ? profile.EmergencyAdvised || profile.Advice is { Repeated: true } : profile.Advice is not null && !_hold.Answers(topic.Id))
            {
                continue;
            }

            var choice = Activities.Choice(topic.Id, topic.Choice, topic.Synonyms);
            choices.Add(topic.Id == Intents.Booking && profile.UrgentAdvised
                ? new Choice { Value = choice.Value, Title = _triage.Get(TriageTextKeys.ChoiceBookAfterCheck), Synonyms = choice.Synonyms }
                : choice);
        }

        return choices;
    }

    private async Task<DialogTurnResult> FollowUpStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        return step.Result switch
        {
            TopicSwitch.DidYouMean => await step.ReplaceDialogAsync(MenuStepsId, new MenuOptions(Candidates: TopicSwitch.TakeCandidates(step.Context)), cancellationToken),
            FollowUp.AnotherQuestion => await step.ReplaceDialogAsync(MenuStepsId, new MenuOptions(Again: true), cancellationToken),
            string topic when _faq.Find(topic) is not null => await step.ReplaceDialogAsync(MenuStepsId, new MenuOptions(topic), cancellationToken),
            _ => await step.EndDialogAsync(null, cancellationToken),
        };
    }
}
