using BackCare.Bot.Framework.Schema;

namespace BackCare.Bot.Channels.Teams;

/// <summary>
/// Installing the app for oneself in Teams (personal scope) sends a conversationUpdate whose membersAdded holds only
/// the bot, and an installationUpdate with action "add" (protocol.md R7.5, R7.6). Bot Builder's welcome pattern
/// greets added members other than the bot, so it never greets here: the classic Teams welcome bug. These say when
/// an activity is that install, so the bot can greet the user once.
/// See https://learn.microsoft.com/microsoftteams/platform/bots/how-to/conversations/subscribe-to-conversation-events
/// </summary>
public static class TeamsInstallation
{
    public const string PersonalConversationType = "personal";

    public const string AddAction = "add";

    /// <summary>The bot was added to a personal chat in Teams (a conversationUpdate naming the bot, or an installationUpdate "add").</summary>
    public static bool IsPersonalInstall(Activity activity)
    {
        if (activity.ChannelId != ChannelIds.MsTeams || activity.Conversation?.ConversationType != PersonalConversationType)
        {
            return false;
        }

        if (activity.IsType(ActivityTypes.InstallationUpdate))
        {
            return string.Equals(activity.Action, AddAction, StringComparison.OrdinalIgnoreCase);
        }

        var botId = activity.Recipient?.Id;
        return activity.IsType(ActivityTypes.ConversationUpdate)
            && botId is not null
            && activity.MembersAdded?.Any(m => m.Id == botId) == true;
    }
}
