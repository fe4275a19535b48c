using BackCare.Bot.Framework.Schema;

namespace BackCare.Bot.Framework.Prompts;

/// <summary>
/// What a channel renders. Teams shows at most three suggested actions and only in personal chat
/// (protocol.md R7.10); elsewhere in Teams choices become card buttons. Web Chat, Direct Line and
/// the Emulator show up to 100 (R7.11).
/// </summary>
public static class ChannelCapabilities
{
    public static bool SupportsSuggestedActions(Activity activity, int buttonCount) => activity.ChannelId switch
    {
        ChannelIds.MsTeams => buttonCount <= 3 && activity.Conversation?.ConversationType is null or "personal",
        ChannelIds.Emulator or ChannelIds.DirectLine or ChannelIds.WebChat or ChannelIds.Test => buttonCount <= 100,
        _ => false,
    };
}
