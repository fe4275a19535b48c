using BackCare.Bot.Framework.Schema;
using BackCare.Bot.Framework.Turns;

namespace BackCare.Bot.Framework.Prompts;

/// <summary>Asks the user to pick one of <see cref="PromptOptions.Choices"/>; the result is a <see cref="FoundChoice"/>.</summary>
public sealed class ChoicePrompt(string dialogId, PromptValidator<FoundChoice>? validator = null) : Prompt<FoundChoice>(dialogId, validator)
{
    protected override Activity Decorate(Activity prompt, ITurnContext turnContext, PromptOptions options) =>
        ChoiceFactory.AddChoices(prompt, turnContext.Activity, options.Choices ?? [], options.Style);

    protected override Task<PromptRecognizerResult<FoundChoice>> OnRecognizeAsync(ITurnContext turnContext, PromptOptions options, CancellationToken cancellationToken)
    {
        var found = ChoiceRecognizer.Recognize(PromptInput.GetText(turnContext.Activity), options.Choices ?? []);
        return Task.FromResult(found is null
            ? PromptRecognizerResult<FoundChoice>.Failed
            : PromptRecognizerResult<FoundChoice>.Success(found));
    }
}
