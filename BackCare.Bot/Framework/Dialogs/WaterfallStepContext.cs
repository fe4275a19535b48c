using System.Text.Json;
using System.Text.Json.Nodes;
using BackCare.Bot.Framework.Schema;

namespace BackCare.Bot.Framework.Dialogs;

/// <summary>The context one waterfall step runs in: the dialog context plus the step's inputs.</summary>
public sealed class WaterfallStepContext : DialogContext
{
    private readonly WaterfallDialog _waterfall;
    private bool _nextCalled;

    internal WaterfallStepContext(WaterfallDialog waterfall, DialogContext dc, int index, DialogReason reason, object? result, JsonObject state)
        : base(dc.Dialogs, dc.Context, new DialogState { DialogStack = dc.Stack }, dc.Parent)
    {
        _waterfall = waterfall;
        Index = index;
        Reason = reason;
        Result = result;
        InstanceState = state;
    }

    public int Index { get; }

    public DialogReason Reason { get; }

    /// <summary>The result of the previous step or of the child dialog that just ended (turn only).</summary>
    public object? Result { get; }

    public string StepName => _waterfall.GetStepName(Index);

    /// <summary>Values the steps of this waterfall share; persisted with the dialog.</summary>
    public JsonObject Values => (JsonObject)InstanceState[WaterfallDialog.ValuesKey]!;

    internal JsonObject InstanceState { get; }

    public T? GetOptions<T>() =>
        InstanceState.TryGetPropertyValue(WaterfallDialog.OptionsKey, out var node) && node is not null
            ? node.Deserialize<T>(ProtocolJson.Options)
            : default;

    /// <summary>Skips to the next step with <paramref name="result"/>.</summary>
    public Task<DialogTurnResult> NextAsync(object? result, CancellationToken cancellationToken)
    {
        if (_nextCalled)
        {
            throw new InvalidOperationException($"NextAsync was called twice in step {Index} of '{_waterfall.Id}'.");
        }

        _nextCalled = true;
        return _waterfall.ResumeDialogAsync(this, DialogReason.NextCalled, result, cancellationToken);
    }
}
