using BackCare.Bot.Framework.Prompts;
using BackCare.Bot.Framework.Schema;
using BackCare.Bot.Framework.Turns;
using BackCare.Bot.Triage;

namespace BackCare.Bot.Dialogs.Triage;

/// <summary>
/// Asks one symptom-check question and returns its answer code. Buttons are offered, but typed
/// answers always work too ("yeah", "a bit", "not sure", "2 days ago", "seven", "osteoporosis and
/// warfarin"), so a channel that cannot show the buttons never leaves the user stuck. A message that
/// is not an answer but asks to book returns <see cref="MidCheck.BookingRequested"/>.
/// </summary>
public sealed class CodedAnswerPrompt(string dialogId, TriageQuestion question, AnswerReader reader, IReadOnlyList<string> titles)
    : Prompt<string>(dialogId)
{
    public TriageQuestion Question { get; } = question;

    protected override Activity Decorate(Activity prompt, ITurnContext turnContext, PromptOptions options) =>
        options.Choices is { Count: > 0 } choices ? ChoiceFactory.AddChoices(prompt, turnContext.Activity, choices, options.Style) : prompt;

    protected override Task<PromptRecognizerResult<string>> OnRecognizeAsync(ITurnContext turnContext, PromptOptions options, CancellationToken cancellationToken) =>
        Task.FromResult(MidCheck.Result(reader.Read(Question, PromptInput.GetText(turnContext.Activity), titles), turnContext));
}

/// <summary>
/// Asks a group of questions as one ("have you had any of these?") and returns <see cref="AnswerCodes.None"/>,
/// <see cref="AnswerCodes.Yes"/> or <see cref="AnswerCodes.Unsure"/> (or <see cref="MidCheck.BookingRequested"/>).
/// </summary>
public sealed class GroupAnswerPrompt(string dialogId, AnswerReader reader, IReadOnlyList<string> titles) : Prompt<string>(dialogId)
{
    protected override Activity Decorate(Activity prompt, ITurnContext turnContext, PromptOptions options) =>
        options.Choices is { Count: > 0 } choices ? ChoiceFactory.AddChoices(prompt, turnContext.Activity, choices, options.Style) : prompt;

    protected override Task<PromptRecognizerResult<string>> OnRecognizeAsync(ITurnContext turnContext, PromptOptions options, CancellationToken cancellationToken) =>
        Task.FromResult(MidCheck.Result(reader.ReadGroup(PromptInput.GetText(turnContext.Activity), titles), turnContext));
}

/// <summary>
/// Asks consent to the check. Only a clear decline ("not now", "no thanks", "nah") declines; a yes
/// starts; a message describing symptoms ("nope nothing like that, bladder's fine") also starts, and
/// is read for answers; a request to book returns <see cref="MidCheck.BookingRequested"/>.
/// </summary>
public sealed class ConsentPrompt(string dialogId, TriageContent triage) : Prompt<string>(dialogId)
{
    public const string Start = "start";
    public const string Decline = "decline";
    public const string Described = "described";

    private readonly HashSet<string> _declines = triage.File.Vocabulary.ConsentDeclines.ToHashSet(StringComparer.Ordinal);

    private readonly HashSet<string> _starts = triage.File.Vocabulary.ConsentStarts.ToHashSet(StringComparer.Ordinal);

    protected override Activity Decorate(Activity prompt, ITurnContext turnContext, PromptOptions options) =>
        options.Choices is { Count: > 0 } choices ? ChoiceFactory.AddChoices(prompt, turnContext.Activity, choices, options.Style) : prompt;

    protected override Task<PromptRecognizerResult<string>> OnRecognizeAsync(ITurnContext turnContext, PromptOptions options, CancellationToken cancellationToken)
    {
        var typed = PromptInput.GetText(turnContext.Activity);
        var text = triage.Text.Fold(typed);
        var titles = (options.Choices ?? []).Select(c => triage.Text.Fold(c.Title ?? c.Value)).ToList();
        string? answer = text.Length == 0 ? null
            : titles.Count > 0 && text == titles[0] ? Start
            : titles.Count > 1 && text == titles[1] ? Decline
            : _declines.Contains(text) ? Decline
            : _starts.Contains(text) || ConfirmPrompt.Recognize(text) == true ? Start
            : triage.DescribesSymptoms(typed) ? Described
            : null;
        return Task.FromResult(MidCheck.Result(answer, turnContext));
    }
}

/// <summary>What a check prompt returns when a message is not an answer but asks for something the check handles.</summary>
public static class MidCheck
{
    /// <summary>The person asked to book ("actually can I book in for thursday?", or tapped "Book an assessment").</summary>
    public const string BookingRequested = "booking_requested";

    /// <summary>Prefix of the result when the person asked an FAQ question instead ("faq:sciatica"): answered, then the question is asked again.</summary>
    public const string FaqPrefix = "faq:";

    /// <summary>The FAQ topics that can be answered in the middle of the check without leaving it.</summary>
    private static readonly HashSet<string> Asides = new(StringComparer.Ordinal)
    {
        Recognizers.Intents.Frequency, Recognizers.Intents.Sciatica, Recognizers.Intents.Pregnancy, Recognizers.Intents.IncreasedPain,
        Recognizers.Intents.Cure, Recognizers.Intents.SelfMassage, Recognizers.Intents.FindTherapist,
    };

    public static PromptRecognizerResult<string> Result(string? answer, ITurnContext turnContext) =>
        answer is not null ? PromptRecognizerResult<string>.Success(answer) : TurnRecognition.GetIntent(turnContext) switch
        {
            Recognizers.Intents.Booking => PromptRecognizerResult<string>.Success(BookingRequested),
            { } topic when Asides.Contains(topic) => PromptRecognizerResult<string>.Success(FaqPrefix + topic),
            _ => PromptRecognizerResult<string>.Failed,
        };
}
