using BackCare.Bot.Framework.Prompts;
using BackCare.Bot.Framework.Schema;
using BackCare.Bot.Framework.Turns;

namespace BackCare.Bot.Dialogs.Booking;

/// <summary>
/// Asks for one free-text field (name, phone, email, when to call) with optional quick-choice buttons. The result
/// is the value of a button when the message is exactly one of them ("Email me instead"), otherwise the text as
/// typed (empty when there was none), for the field's validator to check and re-ask specifically.
/// </summary>
public sealed class FieldPrompt(string dialogId, PromptValidator<string> validator) : Prompt<string>(dialogId, validator)
{
    protected override Activity Decorate(Activity prompt, ITurnContext turnContext, PromptOptions options) =>
        options.Choices is { Count: > 0 } choices ? ChoiceFactory.AddChoices(prompt, turnContext.Activity, choices, options.Style) : prompt;

    protected override Task<PromptRecognizerResult<string>> OnRecognizeAsync(ITurnContext turnContext, PromptOptions options, CancellationToken cancellationToken)
    {
        var text = PromptInput.GetText(turnContext.Activity)?.Trim() ?? string.Empty;
        var normalized = TextNormalizer.Normalize(text);
        var button = normalized.Length == 0 ? null : options.Choices?.FirstOrDefault(c =>
            TextNormalizer.Normalize(c.Title ?? c.Value) == normalized || (c.Synonyms ?? []).Any(s => TextNormalizer.Normalize(s) == normalized));
        return Task.FromResult(PromptRecognizerResult<string>.Success(button?.Value ?? text));
    }
}
