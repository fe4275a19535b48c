using BackCare.Bot.Content;
using BackCare.Bot.Framework.Dialogs;
using BackCare.Bot.Framework.Prompts;
using BackCare.Bot.Recognizers;

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

    public MainDialog(ContentActivities activities, FaqCatalog faq)
        : base(nameof(MainDialog), activities)
    {
        _faq = faq;
        AddDialog(new WaterfallDialog(MenuStepsId, [ChooseTopicStepAsync, OpenTopicStepAsync, FollowUpStepAsync]));
        AddDialog(new ChoicePrompt(MenuPromptId, TopicSwitch.ValidateChoiceOrTopicAsync));
        foreach (var topic in faq.Topics)
        {
            AddDialog(new TopicDialog(topic, activities));
        }

        InitialDialogId = MenuStepsId;
    }

    /// <summary>Starts the menu for the first message of a conversation, acting on what that message asked.</summary>
    protected override async Task<DialogTurnResult> OnBeginDialogAsync(DialogContext innerDc, object? options, CancellationToken cancellationToken)
    {
        var menu = options as MenuOptions ?? new MenuOptions();
        var channelId = innerDc.Context.Activity.ChannelId;
        var intent = menu.Intent ?? TurnRecognition.Get(innerDc.Context)?.TopIntent;
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
        return await step.PromptAsync(MenuPromptId, new PromptOptions
        {
            Prompt = Activities.Prompt(options.Again ? ResponseKeys.AskTopicAgain : ResponseKeys.AskTopic, channelId),
            RetryPrompt = Activities.Prompt(ResponseKeys.RetryTopic, channelId),
            Choices = _faq.Topics.Select(t => Activities.Choice(t.Id, t.Choice, t.Synonyms)).ToList(),
            MaxAttempts = 3,
            TooManyAttemptsMessage = Activities.Message(ResponseKeys.SayTopicGaveUp, channelId),
        }, cancellationToken);
    }

    private async Task<DialogTurnResult> OpenTopicStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var topic = TopicSwitch.Take(step.Context) ?? (step.Result as FoundChoice)?.Value ?? step.Result as string;
        if (topic is null || _faq.Find(topic) is null)
        {
            return await step.EndDialogAsync(null, cancellationToken);
        }

        return await step.BeginDialogAsync(TopicDialog.IdFor(topic), null, cancellationToken);
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
