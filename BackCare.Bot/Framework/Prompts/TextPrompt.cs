using BackCare.Bot.Framework.Turns;

namespace BackCare.Bot.Framework.Prompts;

/// <summary>Accepts any non-empty text (typed, or sent by a card button as its value).</summary>
public sealed class TextPrompt(string dialogId, PromptValidator<string>? validator = null) : Prompt<string>(dialogId, validator)
{
    protected override Task<PromptRecognizerResult<string>> OnRecognizeAsync(ITurnContext turnContext, PromptOptions options, CancellationToken cancellationToken)
    {
        var text = PromptInput.GetText(turnContext.Activity)?.Trim();
        return Task.FromResult(string.IsNullOrEmpty(text)
            ? PromptRecognizerResult<string>.Failed
            : PromptRecognizerResult<string>.Success(text));
    }
}
