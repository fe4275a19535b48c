using BackCare.Bot.Framework.Prompts;
using BackCare.Bot.Framework.Turns;

namespace BackCare.Bot.Dialogs;

/// <summary>
/// Lets a question typed in free text ("I'm pregnant, is it safe?") answer a choice prompt that
/// offered other options: the validator accepts the turn and records the topic, and the next step
/// takes it from here instead of the choice.
/// </summary>
public static class TopicSwitch
{
    private const string Key = "BackCare.TopicSwitch";

    public static Task<bool> ValidateChoiceOrTopicAsync(PromptValidatorContext<FoundChoice> promptContext, CancellationToken cancellationToken)
    {
        if (promptContext.Recognized.Succeeded)
        {
            return Task.FromResult(true);
        }

        var topic = TurnRecognition.GetTopic(promptContext.Context);
        if (topic is null)
        {
            return Task.FromResult(false);
        }

        promptContext.Context.TurnState[Key] = topic;
        return Task.FromResult(true);
    }

    /// <summary>The topic a validator switched to this turn, if any; consumed by the call.</summary>
    public static string? Take(ITurnContext turnContext)
    {
        if (turnContext.TurnState.Remove(Key, out var value))
        {
            return value as string;
        }

        return null;
    }
}
