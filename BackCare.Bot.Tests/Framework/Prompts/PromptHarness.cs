using System.Globalization;
using BackCare.Bot.Framework.Dialogs;
using BackCare.Bot.Framework.Prompts;
using BackCare.Bot.Framework.Schema;
using BackCare.Bot.Tests.Support;

namespace BackCare.Bot.Tests.Framework.Prompts;

/// <summary>
/// Wraps one prompt in a two-step waterfall: ask with the given options, then say "Result: …" and end
/// with the prompt's result. "repeat that" re-prompts, as a help interruption would.
/// </summary>
public sealed class PromptHarness : ComponentDialog
{
    public const string RepromptCommand = "repeat that";

    private readonly string _promptId;
    private readonly PromptOptions _options;

    private PromptHarness(Dialog prompt, PromptOptions options)
        : base(nameof(PromptHarness))
    {
        _promptId = prompt.Id;
        _options = options;
        AddDialog(new WaterfallDialog("harness.steps", [AskStepAsync, ReportStepAsync]));
        AddDialog(prompt);
    }

    public static DialogTestClient CreateClient(Dialog prompt, PromptOptions options, string channelId = ChannelIds.Test) =>
        new(new PromptHarness(prompt, options), channelId);

    public static string Describe(object? result) => result switch
    {
        null => "(none)",
        FoundChoice choice => $"{choice.Value} #{choice.Index}",
        bool answer => answer ? "yes" : "no",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => result.ToString() ?? string.Empty,
    };

    protected override async Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        if (innerDc.Context.Activity.Text == RepromptCommand)
        {
            await innerDc.RepromptDialogAsync(cancellationToken);
            return EndOfTurn;
        }

        return await base.OnContinueDialogAsync(innerDc, cancellationToken);
    }

    private Task<DialogTurnResult> AskStepAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        step.PromptAsync(_promptId, _options, cancellationToken);

    private static async Task<DialogTurnResult> ReportStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        await step.Context.SendActivityAsync($"Result: {Describe(step.Result)}", cancellationToken);
        return await step.EndDialogAsync(step.Result, cancellationToken);
    }
}
