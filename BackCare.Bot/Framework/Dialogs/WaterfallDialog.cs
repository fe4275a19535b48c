using System.Text.Json;
using System.Text.Json.Nodes;
using BackCare.Bot.Framework.Schema;
using BackCare.Bot.Framework.Turns;

namespace BackCare.Bot.Framework.Dialogs;

/// <summary>
/// A dialog made of steps run in order; each step either waits for the user (by starting a prompt
/// or another dialog) or moves on. The step index, options and shared values are stored as typed
/// JSON, which avoids Bot Builder's Int64-after-round-trip bug (botbuilder-dotnet #871).
/// </summary>
public class WaterfallDialog : Dialog
{
    internal const string StepIndexKey = "stepIndex";
    internal const string OptionsKey = "options";
    internal const string ValuesKey = "values";

    private readonly List<WaterfallStep> _steps;

    public WaterfallDialog(string id, IEnumerable<WaterfallStep> steps)
        : base(id)
    {
        _steps = steps?.ToList() ?? throw new ArgumentNullException(nameof(steps));
        if (_steps.Count == 0)
        {
            throw new ArgumentException($"Waterfall '{id}' needs at least one step.", nameof(steps));
        }
    }

    public int StepCount => _steps.Count;

    public override Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        var state = dc.ActiveDialog!.State;
        state[StepIndexKey] = -1;
        state[OptionsKey] = options is null ? null : JsonSerializer.SerializeToNode(options, options.GetType(), ProtocolJson.Options);
        state[ValuesKey] = new JsonObject();
        return RunStepAsync(dc, 0, DialogReason.BeginCalled, null, cancellationToken);
    }

    public override Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        // Only messages move a waterfall on; other activity types leave it waiting.
        if (!dc.Context.Activity.IsType(ActivityTypes.Message))
        {
            return Task.FromResult(EndOfTurn);
        }

        return ResumeDialogAsync(dc, DialogReason.ContinueCalled, dc.Context.Activity.Text, cancellationToken);
    }

    public override Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result, CancellationToken cancellationToken)
    {
        var index = dc.ActiveDialog!.State[StepIndexKey]!.GetValue<int>();
        return RunStepAsync(dc, index + 1, reason, result, cancellationToken);
    }

    public override Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    internal string GetStepName(int index)
    {
        var name = _steps[index].Method.Name;
        return string.IsNullOrEmpty(name) || name.Contains('<') ? $"{Id}.step{index}" : name;
    }

    private async Task<DialogTurnResult> RunStepAsync(DialogContext dc, int index, DialogReason reason, object? result, CancellationToken cancellationToken)
    {
        if (index >= _steps.Count)
        {
            return await dc.EndDialogAsync(result, cancellationToken);
        }

        var state = dc.ActiveDialog!.State;
        state[StepIndexKey] = index;
        var stepContext = new WaterfallStepContext(this, dc, index, reason, result, state);
        return await _steps[index](stepContext, cancellationToken);
    }
}
