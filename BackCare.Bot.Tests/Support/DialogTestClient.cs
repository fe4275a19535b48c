using BackCare.Bot.Framework.Dialogs;
using BackCare.Bot.Framework.Schema;
using BackCare.Bot.Framework.State;
using BackCare.Bot.Framework.Turns;
using BackCare.Bot.Storage;

namespace BackCare.Bot.Tests.Support;

/// <summary>
/// Runs one dialog turn by turn, as Bot Builder's DialogTestClient does: each message continues the
/// active dialog or begins the dialog when the stack is empty; state is saved to storage between
/// turns (so every turn round-trips through JSON, as in production).
/// </summary>
public sealed class DialogTestClient
{
    private readonly Dialog _dialog;
    private readonly ConversationState _conversationState;
    private readonly IStatePropertyAccessor<DialogState> _dialogState;
    private readonly string _channelId;
    private readonly object? _options;
    private readonly Func<ITurnContext, Task>? _beforeTurn;
    private int _turn;

    public DialogTestClient(Dialog dialog, string channelId = ChannelIds.Test, object? options = null, IStorage? storage = null, Func<ITurnContext, Task>? beforeTurn = null)
    {
        _dialog = dialog;
        _channelId = channelId;
        _options = options;
        _beforeTurn = beforeTurn;
        Storage = storage ?? new InMemoryStorage();
        _conversationState = new ConversationState(Storage);
        _dialogState = _conversationState.CreateProperty<DialogState>(nameof(DialogState));
    }

    public IStorage Storage { get; }

    public string ConversationId { get; init; } = "conversation-1";

    public DialogTurnResult? DialogTurnResult { get; private set; }

    /// <summary>Everything the last turn sent (traces included).</summary>
    public IReadOnlyList<Activity> LastReplies { get; private set; } = [];

    public Task<IReadOnlyList<Activity>> SendActivityAsync(string text) =>
        SendActivityAsync(new Activity { Type = ActivityTypes.Message, Text = text });

    public async Task<IReadOnlyList<Activity>> SendActivityAsync(Activity activity)
    {
        activity.Type ??= ActivityTypes.Message;
        activity.Id ??= $"in-{++_turn}";
        activity.ChannelId ??= _channelId;
        activity.Conversation ??= new ConversationAccount { Id = ConversationId };
        activity.From ??= new ChannelAccount { Id = "user-1", Name = "User" };
        activity.Recipient ??= new ChannelAccount { Id = "bot-1", Name = "Bot" };
        activity.ServiceUrl ??= "https://test.invalid/";

        var context = new TurnContext(activity);
        await _conversationState.LoadAsync(context, force: true, CancellationToken.None);
        if (_beforeTurn is not null)
        {
            await _beforeTurn(context);
        }

        var dialogSet = new DialogSet(_dialogState).Add(_dialog);
        var dc = await dialogSet.CreateContextAsync(context, CancellationToken.None);
        var result = await dc.ContinueDialogAsync(CancellationToken.None);
        if (result.Status == DialogTurnStatus.Empty)
        {
            result = await dc.BeginDialogAsync(_dialog.Id, _options, CancellationToken.None);
        }

        DialogTurnResult = result;
        await _conversationState.SaveChangesAsync(context, force: false, CancellationToken.None);
        LastReplies = context.BufferedReplies.ToList();
        return LastReplies.Where(a => a.IsType(ActivityTypes.Message)).ToList();
    }

    /// <summary>The conversation's stored state document, as the next turn will read it.</summary>
    public async Task<System.Text.Json.Nodes.JsonObject> ReadStoredStateAsync()
    {
        var key = $"{_channelId}/conversations/{ConversationId}";
        var items = await Storage.ReadAsync([key], CancellationToken.None);
        return System.Text.Json.Nodes.JsonNode.Parse(items[key].Json)!.AsObject();
    }
}
