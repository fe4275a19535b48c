using BackCare.Bot.Framework.Turns;

namespace BackCare.Bot.Framework.State;

/// <summary>State scoped to one conversation: key "{channelId}/conversations/{conversationId}".</summary>
public sealed class ConversationState(IStorage storage) : BotState(storage, nameof(ConversationState))
{
    public override string? GetStorageKey(ITurnContext turnContext)
    {
        var activity = turnContext.Activity;
        var conversationId = activity.Conversation?.Id;
        return string.IsNullOrEmpty(conversationId)
            ? null
            : $"{activity.ChannelId ?? "unknown"}/conversations/{conversationId}";
    }
}
