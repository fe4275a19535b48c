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
    /// <summary>What <see cref="Take"/> returns when the message was unsure between topics (see <see cref="TakeCandidates"/>).</summary>
    public const string DidYouMean = "did_you_mean";

    private const string Key = "BackCare.TopicSwitch";
    private const string CandidatesKey = "BackCare.TopicSwitch.Candidates";

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

    /// <summary>
    /// Like <see cref="ValidateChoiceOrTopicAsync"/>, and when the recognizer is unsure between topics, accepts the
    /// turn as <see cref="DidYouMean"/> so the menu can ask "Did you mean …?" with them.
    /// </summary>
    public static async Task<bool> ValidateChoiceTopicOrCandidatesAsync(PromptValidatorContext<FoundChoice> promptContext, CancellationToken cancellationToken)
    {
        if (await ValidateChoiceOrTopicAsync(promptContext, cancellationToken))
        {
            return true;
        }

        var candidates = CandidateTopics(promptContext.Context);
        if (candidates.Count == 0)
        {
            return false;
        }

        promptContext.Context.TurnState[Key] = DidYouMean;
        promptContext.Context.TurnState[CandidatesKey] = candidates;
        return true;
    }

    /// <summary>
    /// For prompts of a topic's own flow (booking): records a switch when the message clearly names another topic
    /// than <paramref name="current"/>, and says whether it did.
    /// </summary>
    public static bool TrySwitchAwayFrom(ITurnContext turnContext, string current)
    {
        if (TurnRecognition.GetTopic(turnContext) is not { } topic || topic == current)
        {
            return false;
        }

        turnContext.TurnState[Key] = topic;
        return true;
    }

    /// <summary>The topics the recognizer hesitated between this turn, best first (empty unless it was unsure).</summary>
    public static IReadOnlyList<string> CandidateTopics(ITurnContext turnContext) =>
        TurnRecognition.Get(turnContext)?.Verdict is Framework.Recognizers.RecognitionVerdict.Unsure unsure
            ? unsure.Candidates.Select(c => c.Key).Where(Recognizers.Intents.Topics.Contains).ToList()
            : [];

    /// <summary>The candidates recorded with <see cref="DidYouMean"/> this turn.</summary>
    public static IReadOnlyList<string> TakeCandidates(ITurnContext turnContext) =>
        turnContext.TurnState.Remove(CandidatesKey, out var value) && value is IReadOnlyList<string> candidates ? candidates : [];

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
