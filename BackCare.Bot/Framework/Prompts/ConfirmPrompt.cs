using System.Text.RegularExpressions;
using BackCare.Bot.Framework.Schema;
using BackCare.Bot.Framework.Turns;

namespace BackCare.Bot.Framework.Prompts;

/// <summary>
/// Asks a yes/no question. Understands everyday answers ("yeah", "yep", "sure", "ok", "nope",
/// "nah", "y", "n", "not really") and answers that start with one ("yes I do", "no, never").
/// An answer that says both, or neither, is re-asked.
/// </summary>
public sealed partial class ConfirmPrompt(string dialogId, PromptValidator<bool>? validator = null) : Prompt<bool>(dialogId, validator)
{
    public static readonly IReadOnlyList<Choice> DefaultChoices =
    [
        new() { Value = "Yes" },
        new() { Value = "No" },
    ];

    private static readonly HashSet<string> YesPhrases = new(StringComparer.Ordinal)
    {
        "yes", "y", "yeah", "yea", "yeh", "ye", "yah", "ya", "yep", "yup", "yes please", "sure", "ok", "okay", "k", "kk",
        "aye", "correct", "right", "true", "affirmative", "of course", "definitely", "absolutely", "certainly",
        "i do", "i am", "i have", "i did", "it is", "it does", "it has", "indeed", "please", "go on", "go ahead", "alright",
        "all right", "sounds good", "why not", "yes i do", "yes it is", "thats right", "that is right", "si", "oui",
    };

    private static readonly HashSet<string> NoPhrases = new(StringComparer.Ordinal)
    {
        "no", "n", "nope", "nah", "na", "naw", "no thanks", "no thank you", "not really", "negative", "never", "false",
        "i dont", "i do not", "i am not", "im not", "i havent", "i have not", "i didnt", "i did not", "it isnt", "it is not",
        "it doesnt", "it does not", "not at all", "none", "no way", "not me", "nothing", "nothing like that", "neither",
        "dont think so", "i dont think so", "not that i know", "not that i know of", "not that i noticed", "no i dont",
    };

    /// <summary>Words that undo a yes or a no that follows them ("not sure", "no idea", "yes and no").</summary>
    private static readonly HashSet<string> Undecided = new(StringComparer.Ordinal)
    {
        "not sure", "unsure", "dont know", "do not know", "no idea", "maybe", "perhaps", "possibly", "dunno", "idk",
        "yes and no", "yes or no", "kind of", "kinda", "sort of", "a bit", "a little",
    };

    public static bool? Recognize(string? utterance)
    {
        var text = TextNormalizer.Normalize(utterance);
        if (text.Length == 0 || Undecided.Any(u => Contains(text, u)))
        {
            return null;
        }

        text = ElongatedYes().Replace(text, "yes");
        text = ElongatedNo().Replace(text, "no");
        if (YesPhrases.Contains(text))
        {
            return true;
        }

        if (NoPhrases.Contains(text))
        {
            return false;
        }

        var yes = LeadingPhrase(text, YesPhrases);
        var no = LeadingPhrase(text, NoPhrases);
        return (yes, no) switch
        {
            (true, false) => true,
            (false, true) => false,
            _ => null,
        };
    }

    protected override Activity Decorate(Activity prompt, ITurnContext turnContext, PromptOptions options) =>
        ChoiceFactory.AddChoices(prompt, turnContext.Activity, options.Choices ?? DefaultChoices, options.Style);

    protected override Task<PromptRecognizerResult<bool>> OnRecognizeAsync(ITurnContext turnContext, PromptOptions options, CancellationToken cancellationToken)
    {
        var text = PromptInput.GetText(turnContext.Activity);
        var answer = Recognize(text);
        if (answer is null && options.Choices is { Count: 2 } choices)
        {
            // Custom button titles ("Yes, I consent" / "No thanks") map to yes and no by position.
            var found = ChoiceRecognizer.Recognize(text, choices);
            answer = found is null ? null : found.Index == 0;
        }

        return Task.FromResult(answer is { } value
            ? PromptRecognizerResult<bool>.Success(value)
            : PromptRecognizerResult<bool>.Failed);
    }

    private static bool LeadingPhrase(string text, HashSet<string> phrases) =>
        phrases.Any(p => text.StartsWith(p + " ", StringComparison.Ordinal));

    private static bool Contains(string text, string phrase) =>
        $" {text} ".Contains($" {phrase} ", StringComparison.Ordinal);

    [GeneratedRegex(@"^y+e+s+\b|^y+e+a+h*\b")]
    private static partial Regex ElongatedYes();

    [GeneratedRegex(@"^n+o+\b")]
    private static partial Regex ElongatedNo();
}
