using System.Text.Json;
using BackCare.Bot.Framework.Dialogs;
using BackCare.Bot.Framework.Schema;
using BackCare.Bot.Framework.Turns;

namespace BackCare.Bot.Framework.Prompts;

/// <summary>
/// Asks a question and waits for a valid answer: recognise, count the attempt, validate, then
/// end with the value, or re-ask (unless the validator already replied), or give up after
/// <see cref="PromptOptions.MaxAttempts"/> answers and end with a null result (or, with
/// <see cref="PromptOptions.KeepAsking"/>, say so and ask again).
/// </summary>
public abstract class Prompt<T>(string dialogId, PromptValidator<T>? validator = null) : Dialog(dialogId)
{
    internal const string OptionsKey = "options";
    internal const string AttemptCountKey = "attemptCount";

    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        var promptOptions = options as PromptOptions
            ?? throw new ArgumentException($"Prompt '{Id}' must be started with PromptOptions.", nameof(options));
        var state = dc.ActiveDialog!.State;
        state[OptionsKey] = JsonSerializer.SerializeToNode(promptOptions, ProtocolJson.Options);
        state[AttemptCountKey] = 0;
        await OnPromptAsync(dc.Context, promptOptions, isRetry: false, cancellationToken);
        return EndOfTurn;
    }

    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        if (!dc.Context.Activity.IsType(ActivityTypes.Message))
        {
            return EndOfTurn;
        }

        var state = dc.ActiveDialog!.State;
        var options = ReadOptions(state);
        var attempts = state[AttemptCountKey]!.GetValue<int>() + 1;
        state[AttemptCountKey] = attempts;

        var recognized = await OnRecognizeAsync(dc.Context, options, cancellationToken);
        var sentBefore = dc.Context.SentMessageCount;
        var isValid = validator is null
            ? recognized.Succeeded
            : await validator(new PromptValidatorContext<T>(dc.Context, recognized, options, attempts), cancellationToken);

        if (isValid)
        {
            return await dc.EndDialogAsync(recognized.Value, cancellationToken);
        }

        if (options.MaxAttempts is { } max && attempts >= max)
        {
            if (options.TooManyAttemptsMessage is not null)
            {
                await dc.Context.SendActivityAsync(options.TooManyAttemptsMessage.ShallowCopy(), cancellationToken);
            }

            if (options.KeepAsking)
            {
                state[AttemptCountKey] = 0;
                await OnPromptAsync(dc.Context, options, isRetry: false, cancellationToken);
                return EndOfTurn;
            }

            return await dc.EndDialogAsync(null, cancellationToken);
        }

        if (dc.Context.SentMessageCount == sentBefore)
        {
            await OnPromptAsync(dc.Context, options, isRetry: true, cancellationToken);
        }

        return EndOfTurn;
    }

    public override Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken) =>
        OnPromptAsync(turnContext, ReadOptions(instance.State), isRetry: false, cancellationToken);

    /// <summary>Sends the prompt (or the retry prompt), decorated as the prompt type needs.</summary>
    protected virtual async Task OnPromptAsync(ITurnContext turnContext, PromptOptions options, bool isRetry, CancellationToken cancellationToken)
    {
        var source = isRetry && options.RetryPrompt is not null ? options.RetryPrompt : options.Prompt;
        if (source is null)
        {
            return;
        }

        var activity = Decorate(source.ShallowCopy(), turnContext, options);
        activity.InputHint ??= InputHints.ExpectingInput;
        await turnContext.SendActivityAsync(activity, cancellationToken);
    }

    /// <summary>Adds buttons or other affordances to the outgoing prompt; nothing by default.</summary>
    protected virtual Activity Decorate(Activity prompt, ITurnContext turnContext, PromptOptions options) => prompt;

    protected abstract Task<PromptRecognizerResult<T>> OnRecognizeAsync(ITurnContext turnContext, PromptOptions options, CancellationToken cancellationToken);

    private static PromptOptions ReadOptions(System.Text.Json.Nodes.JsonObject state) =>
        state[OptionsKey]?.Deserialize<PromptOptions>(ProtocolJson.Options) ?? new PromptOptions();
}
