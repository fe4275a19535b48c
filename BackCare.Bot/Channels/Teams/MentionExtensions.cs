using System.Text.RegularExpressions;
using BackCare.Bot.Framework.Schema;

namespace BackCare.Bot.Channels.Teams;

/// <summary>
/// In Teams channels and group chats the bot is @mentioned, so the text arrives as "&lt;at&gt;BackCare&lt;/at&gt; sciatica".
/// The mention of the bot itself is removed before the text is read (protocol.md R7.3).
/// </summary>
public static class MentionExtensions
{
    public static void RemoveRecipientMention(this Activity activity)
    {
        if (string.IsNullOrEmpty(activity.Text) || activity.Entities is null || activity.Recipient?.Id is not { } botId)
        {
            return;
        }

        foreach (var entity in activity.Entities)
        {
            var type = entity["type"]?.GetValue<string>();
            if (!string.Equals(type, "mention", StringComparison.OrdinalIgnoreCase)
                || entity["mentioned"]?["id"]?.GetValue<string>() != botId)
            {
                continue;
            }

            var mentionText = entity["text"]?.GetValue<string>()
                ?? $"<at>{entity["mentioned"]?["name"]?.GetValue<string>()}</at>";
            activity.Text = Regex.Replace(activity.Text, Regex.Escape(mentionText), string.Empty, RegexOptions.IgnoreCase, TimeSpan.FromMilliseconds(100));
        }

        activity.Text = activity.Text.Trim();
    }
}
