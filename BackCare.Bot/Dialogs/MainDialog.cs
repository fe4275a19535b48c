using BackCare.Bot.Content;
using BackCare.Bot.Dialogs.Triage;
using BackCare.Bot.Framework.Dialogs;
using BackCare.Bot.Framework.Prompts;
using BackCare.Bot.Recognizers;
using BackCare.Bot.Triage;

namespace BackCare.Bot.Dialogs;

/// <summary>
/// The main menu: offers the topics, opens the one chosen (by button, number or free text), and
/// after each answer acts on the follow-up the user picked.
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

    public MainDialog(
        ContentActivities activities, FaqCatalog faq, SymptomCheckDialog symptomCheck, TriageProfileAccessor profiles, Bot.Triage.TriageContent triage, SymptomCheckAuditor auditor, AdviceHold hold)
        : base(nameof(MainDialog), activities)
    {
        _faq = faq;
        _hold = hold;
        _auditor = auditor;
        _profiles = profiles;
        _triage = triage;
        AddDialog(new WaterfallDialog(MenuStepsId, [ChooseTopicStepAsync, OpenTopicStepAsync, FollowUpStepAsync]));
        AddDialog(new ChoicePrompt(MenuPromptId, TopicSwitch.ValidateChoiceOrTopicAsync));
        AddDialog(symptomCheck);
        foreach (var topic in faq.Topics.Where(t => t.Dialog is null))
        {
            AddDialog(new TopicDialog(topic, activities, profiles));
        }

        InitialDialogId = MenuStepsId;
    }

    /// <summary>Starts the menu for the first message of a conversation, acting on what that message asked.</summary>
    protected override async Task<DialogTurnResult> OnBeginDialogAsync(DialogContext innerDc, object? options, CancellationToken cancellationToken)
    {
        if (SafetyNetTurn.MenuRequested(innerDc.Context))
        {
            // Advice was just given for a red flag: offer the menu, not whatever the message asked for.
            return await innerDc.BeginDialogAsync(MenuStepsId, new MenuOptions(Again: true), cancellationToken);
        }

        var menu = options as MenuOptions ?? new MenuOptions();
        var channelId = innerDc.Context.Activity.ChannelId;
        var intent = menu.Intent ?? TurnRecognition.GetIntent(innerDc.Context);
        switch (intent)
        {
            case Intents.Cancel:
                await innerDc.Context.SendActivityAsync(Activities.Message(ResponseKeys.SayCancelled, channelId), cancellationToken);
                return new DialogTurnResult(DialogTurnStatus.Complete);
            case Intents.Thanks:
                await innerDc.Context.SendActivityAsync(Activities.Message(ResponseKeys.SayThanks, channelId), cancellationToken);
                return new DialogTurnResult(DialogTurnStatus.Complete);
            case Intents.Greeting:
                await innerDc.Context.SendActivityAsync(Activities.Message(ResponseKeys.SayGreeting, channelId), cancellationToken);
                break;
            case Intents.Help:
                await innerDc.Context.SendActivityAsync(Activities.Message(ResponseKeys.SayHelp, channelId), cancellationToken);
                break;
            case Intents.None when menu.Intent is null && innerDc.Context.Activity.IsType(Framework.Schema.ActivityTypes.Message):
                await innerDc.Context.SendActivityAsync(Activities.Message(ResponseKeys.SayNotUnderstood, channelId), cancellationToken);
                break;
        }

        var topic = intent is not null && _faq.Find(intent) is not null ? intent : null;
        return await innerDc.BeginDialogAsync(MenuStepsId, menu with { Intent = topic }, cancellationToken);
    }

    /// <summary>A symptom check stopped by "stop" or "start over" is recorded as interrupted.</summary>
    protected override async Task OnInterruptingAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        if (SymptomCheckDialog.FindProgress(new DialogState { DialogStack = innerDc.Stack }) is { } progress)
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
        return await step.PromptAsync(MenuPromptId, new PromptOptions
        {
            Prompt = Activities.Prompt(options.Again ? ResponseKeys.AskTopicAgain : ResponseKeys.AskTopic, channelId),
            RetryPrompt = Activities.Prompt(ResponseKeys.RetryTopic, channelId),
            Choices = MenuChoices(profile),
            MaxAttempts = 3,
            TooManyAttemptsMessage = Activities.Message(ResponseKeys.SayTopicGaveUp, channelId),
        }, cancellationToken);
    }

    private async Task<DialogTurnResult> OpenTopicStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var topic = TopicSwitch.Take(step.Context) ?? (step.Result as FoundChoice)?.Value ?? step.Result as string;
        if (topic is null || _faq.Find(topic) is not { } faqTopic)
        {
            return await step.EndDialogAsync(null, cancellationToken);
        }

        if (faqTopic.Dialog is not null)
        {
            // The message that asked for the check may already answer some of its questions.
            var opening = step.Context.Activity.IsType(Framework.Schema.ActivityTypes.Message) ? Framework.Prompts.PromptInput.GetText(step.Context.Activity) : null;
            return await step.BeginDialogAsync(SymptomCheckDialog.DialogId, new SymptomCheckOptions(opening), cancellationToken);
        }

        var profile = await _profiles.GetAsync(step.Context, cancellationToken);
        if (topic == Intents.Booking && (profile.EmergencyAdvised || profile.UrgentAdvised))
        {
            // Booking after a red flag: get checked first (nothing offers a massage after emergency advice).
            var key = profile.EmergencyAdvised ? TriageTextKeys.SayBookingAfterEmergency : TriageTextKeys.SayBookingAfterUrgent;
            await step.Context.SendActivityAsync(Framework.Schema.Activity.CreateMessage(_triage.Get(key), Framework.Schema.InputHints.AcceptingInput), cancellationToken);
            return await step.ReplaceDialogAsync(MenuStepsId, new MenuOptions(Again: true), cancellationToken);
        }

        return await step.BeginDialogAsync(TopicDialog.IdFor(topic), null, cancellationToken);
    }

    /// <summary>
    /// The menu: every topic, without booking after emergency advice, and booking "after you've been
    /// checked" after urgent advice. While advice holds, only the topics still answered (and that booking).
    /// </summary>
    private List<Choice> MenuChoices(TriageProfile profile)
    {
        var choices = new List<Choice>();
        foreach (var topic in _faq.Topics)
        {
            if (topic.Id == Intents.Booking ? profile.EmergencyAdvised : profile.Advice is not null && !_hold.Answers(topic.Id))
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
            FollowUp.AnotherQuestion => await step.ReplaceDialogAsync(MenuStepsId, new MenuOptions(Again: true), cancellationToken),
            string topic when _faq.Find(topic) is not null => await step.ReplaceDialogAsync(MenuStepsId, new MenuOptions(topic), cancellationToken),
            _ => await step.EndDialogAsync(null, cancellationToken),
        };
    }
}
