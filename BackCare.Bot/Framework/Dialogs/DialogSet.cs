using BackCare.Bot.Framework.State;
using BackCare.Bot.Framework.Turns;

namespace BackCare.Bot.Framework.Dialogs;

/// <summary>A named collection of dialogs that can start one another.</summary>
public sealed class DialogSet(IStatePropertyAccessor<DialogState>? dialogState = null)
{
    private readonly Dictionary<string, Dialog> _dialogs = new(StringComparer.Ordinal);

    public DialogSet Add(Dialog dialog)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        if (!_dialogs.TryAdd(dialog.Id, dialog) && !ReferenceEquals(_dialogs[dialog.Id], dialog))
        {
            throw new InvalidOperationException($"A different dialog with the id '{dialog.Id}' was already added to this set.");
        }

        return this;
    }

    public Dialog? Find(string dialogId) => _dialogs.GetValueOrDefault(dialogId);

    public IEnumerable<Dialog> GetDialogs() => _dialogs.Values;

    public async Task<DialogContext> CreateContextAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        if (dialogState is null)
        {
            throw new InvalidOperationException("This DialogSet was created without a DialogState accessor; pass one to its constructor.");
        }

        var state = await dialogState.GetAsync(turnContext, () => new DialogState(), cancellationToken);
        return new DialogContext(this, turnContext, state);
    }
}
