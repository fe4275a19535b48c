using BackCare.Bot.Content;
using BackCare.Bot.Framework.Dialogs;
using BackCare.Bot.Framework.Prompts;

namespace BackCare.Bot.Dialogs;

/// <summary>
/// One conversation topic from faq.en-GB.json as a waterfall: ask the clarifying question if the
/// topic has one, answer, then offer a follow-up (another question / check my soreness / book).
/// Ends with the follow-up's value or the topic the user switched to.
/// </summary>
public sealed class TopicDialog : ComponentDialog
{
    public const string ClarifyPromptId = "TopicDialog.clarify";
    public const string FollowUpPromptId = "TopicDialog.followUp";
    private const string ClarifiedKey = "clarified";

    private readonly FaqTopic _topic;
    private readonly ContentActivities _activities;
    private readonly Triage.TriageProfileAccessor _profiles;

    public TopicDialog(FaqTopic topic, ContentActivities activities, Triage.TriageProfileAccessor profiles)
        : base(IdFor(topic.Id))
    {
        _topic = topic;
        _activities = activities;
        _profiles = profiles;
        AddDialog(new WaterfallDialog($"{Id}.steps", [ClarifyStepAsync, AnswerStepAsync, FinishStepAsync]));
        AddDialog(new ChoicePrompt(ClarifyPromptId, TopicSwitch.ValidateChoiceOrTopicAsync));
        AddDialog(new ChoicePrompt(FollowUpPromptId, TopicSwitch.ValidateChoiceTopicOrCandidatesAsync));
    }

    public static string IdFor(string topicId) => $"Topic.{topicId}";

    private async Task<DialogTurnResult> ClarifyStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (_topic.Clarify is not { } clarify)
        {
            return await step.NextAsync(null, cancellationToken);
        }

        var channelId = step.Context.Activity.ChannelId;
        return await step.PromptAsync(ClarifyPromptId, new PromptOptions
        {
            Prompt = _activities.Prompt(clarify.Prompt, channelId),
            RetryPrompt = _activities.Prompt(clarify.Retry, channelId),
            Choices = clarify.Choices.Select(c => _activities.Choice(c.Value, c.Title, c.Synonyms)).ToList(),
            MaxAttempts = 3,
        }, cancellationToken);
    }

    private async Task<DialogTurnResult> AnswerStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (TopicSwitch.Take(step.Context) is { } switchedTo)
        {
            return await step.EndDialogAsync(switchedTo, cancellationToken);
        }

        var channelId = step.Context.Activity.ChannelId;
        var clarified = (step.Result as FoundChoice)?.Value;
        step.Values.Set(ClarifiedKey, clarified);
        foreach (var key in AnswerKeysFor(clarified))
        {
            var message = _topic.BookingCard ? _activities.BookingMessage(key, channelId) : _activities.Message(key, channelId);
            await step.Context.SendActivityAsync(message, cancellationToken);
        }

        return await step.PromptAsync(FollowUpPromptId, new PromptOptions
        {
            Prompt = _activities.Prompt(ResponseKeys.AskFollowUp, channelId),
            RetryPrompt = _activities.Prompt(ResponseKeys.RetryFollowUp, channelId),
            Choices = FollowUpChoices(await _profiles.GetAsync(step.Context, cancellationToken)),
            MaxAttempts = 3,
            TooManyAttemptsMessage = _activities.Message(ResponseKeys.SayTopicGaveUp, channelId),
            KeepAsking = true,
        }, cancellationToken);
    }

    private async Task<DialogTurnResult> FinishStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var next = TopicSwitch.Take(step.Context) ?? (step.Result as FoundChoice)?.Value;
        return await step.EndDialogAsync(next, cancellationToken);
    }

    private IEnumerable<string> AnswerKeysFor(string? clarified)
    {
        var choice = _topic.Clarify?.Choices.FirstOrDefault(c => c.Value == clarified);
        if (choice is not null)
        {
            return [choice.Answer];
        }

        // The clarifying question was not answered: give every branch rather than nothing.
        return _topic.AnswerKeys.Any() ? _topic.AnswerKeys : _topic.Clarify?.Choices.Select(c => c.Answer) ?? [];
    }

    private List<Choice> FollowUpChoices(Triage.TriageProfile profile)
    {
        var choices = new List<Choice> { _activities.Choice(FollowUp.AnotherQuestion, ResponseKeys.ChoiceAnotherQuestion) };

        // While emergency or urgent advice holds, neither the check nor a booking is offered.
        var adviceHolds = profile.Advice is not null;
        if (_topic.Id != Recognizers.Intents.SorenessCheck && !adviceHolds)
        {
            choices.Add(_activities.Choice(Recognizers.Intents.SorenessCheck, ResponseKeys.ChoiceSorenessCheck));
        }

        // Nothing offers a booking once emergency advice was given.
        if (_topic.Id != Recognizers.Intents.Booking && !profile.EmergencyAdvised && !adviceHolds)
        {
            choices.Add(_activities.Choice(Recognizers.Intents.Booking, ResponseKeys.ChoiceBooking));
        }

        return choices;
    }
}
