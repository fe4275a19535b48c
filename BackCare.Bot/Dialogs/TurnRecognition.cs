using BackCare.Bot.Framework.Recognizers;
using BackCare.Bot.Framework.Turns;

namespace BackCare.Bot.Dialogs;

/// <summary>The recognizer's verdict on this turn's message, computed once by the bot and shared by the dialogs.</summary>
public static class TurnRecognition
{
    private const string Key = "BackCare.Recognition";

    public static void Set(ITurnContext turnContext, RecognizerResult result) => turnContext.TurnState[Key] = result;

    public static RecognizerResult? Get(ITurnContext turnContext) =>
        turnContext.TurnState.TryGetValue(Key, out var value) ? value as RecognizerResult : null;

    /// <summary>A command typed as the whole message (help, stop, start over), never a word inside a sentence.</summary>
    public static string? GetCommand(ITurnContext turnContext)
    {
        var result = Get(turnContext);
        return result is not null && result.TopScore >= 1.0 && result.TopIntent is Recognizers.Intents.Help or Recognizers.Intents.Cancel or Recognizers.Intents.StartOver
            ? result.TopIntent
            : null;
    }

    /// <summary>
    /// The intent to act on: the recognizer's confident verdict, or none when it is unsure or did not understand
    /// (null when nothing was recognised this turn). <see cref="RecognizerResult.Verdict"/> also has the candidates.
    /// </summary>
    public static string? GetIntent(ITurnContext turnContext) => Get(turnContext)?.Verdict switch
    {
        null => null,
        RecognitionVerdict.Confident confident => confident.Intent,
        _ => Recognizers.Intents.None,
    };

    /// <summary>The topic the message names, if it clearly (confidently) names one.</summary>
    public static string? GetTopic(ITurnContext turnContext)
    {
        return GetIntent(turnContext) is { } intent && Recognizers.Intents.Topics.Contains(intent) ? intent : null;
    }
}
