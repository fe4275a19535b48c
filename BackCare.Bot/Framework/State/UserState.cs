using BackCare.Bot.Framework.Turns;

namespace BackCare.Bot.Framework.State;

/// <summary>State scoped to one user of a channel: key "{channelId}/users/{userId}".</summary>
public sealed class UserState(IStorage storage) : BotState(storage, nameof(UserState))
{
    public override string? GetStorageKey(ITurnContext turnContext)
    {
        var activity = turnContext.Activity;
        var userId = activity.From?.Id;
        return string.IsNullOrEmpty(userId)
            ? null
            : $"{activity.ChannelId ?? "unknown"}/users/{userId}";
    }
}
