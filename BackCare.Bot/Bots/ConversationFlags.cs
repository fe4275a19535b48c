namespace BackCare.Bot.Bots;

/// <summary>Per-conversation facts the bot keeps outside the dialog stack.</summary>
public sealed class ConversationFlags
{
    /// <summary>Set once the welcome (or the short introduction) was shown, so it is never repeated (Direct Line can send two conversationUpdates).</summary>
    public bool Welcomed { get; set; }
}
