using BackCare.Bot.Framework.Prompts;
using BackCare.Bot.Framework.Schema;
using BackCare.Bot.Framework.Turns;
using BackCare.Bot.Triage;

namespace BackCare.Bot.Dialogs.Triage;

/// <summary>
/// Asks one symptom-check question and returns its answer code. Buttons are offered, but typed
/// answers always work too ("yeah", "a bit", "not sure", "2 days ago", "seven", "osteoporosis and
/// warfarin"), so a channel that cannot show the buttons never leaves the user stuck.
/// </summary>
public sealed class CodedAnswerPrompt(string dialogId, TriageQuestion question, AnswerReader reader, IReadOnlyList<string> titles)
    : Prompt<string>(dialogId)
{
    public TriageQuestion Question { get; } = question;

    protected override Activity Decorate(Activity prompt, ITurnContext turnContext, PromptOptions options) =>
        options.Choices is { Count: > 0 } choices ? ChoiceFactory.AddChoices(prompt, turnContext.Activity, choices, options.Style) : prompt;

    protected override Task<PromptRecognizerResult<string>> OnRecognizeAsync(ITurnContext turnContext, PromptOptions options, CancellationToken cancellationToken)
    {
        var code = reader.Read(Question, PromptInput.GetText(turnContext.Activity), titles);
        return Task.FromResult(code is null ? PromptRecognizerResult<string>.Failed : PromptRecognizerResult<string>.Success(code));
    }
}
