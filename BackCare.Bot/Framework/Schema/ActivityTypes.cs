namespace BackCare.Bot.Framework.Schema;

/// <summary>Activity type names (protocol.md R1.5).</summary>
public static class ActivityTypes
{
    public const string Message = "message";
    public const string ContactRelationUpdate = "contactRelationUpdate";
    public const string ConversationUpdate = "conversationUpdate";
    public const string Typing = "typing";
    public const string EndOfConversation = "endOfConversation";
    public const string Event = "event";
    public const string Invoke = "invoke";
    public const string DeleteUserData = "deleteUserData";
    public const string MessageUpdate = "messageUpdate";
    public const string MessageDelete = "messageDelete";
    public const string InstallationUpdate = "installationUpdate";
    public const string MessageReaction = "messageReaction";
    public const string Suggestion = "suggestion";
    public const string Trace = "trace";
    public const string Handoff = "handoff";
    public const string Command = "command";
    public const string CommandResult = "commandResult";

    /// <summary>The Emulator sends this non-standard type (protocol.md R5.5); it is accepted and ignored.</summary>
    public const string Ping = "ping";

    private static readonly HashSet<string> Known = new(StringComparer.Ordinal)
    {
        Message, ContactRelationUpdate, ConversationUpdate, Typing, EndOfConversation, Event, Invoke,
        DeleteUserData, MessageUpdate, MessageDelete, InstallationUpdate, MessageReaction, Suggestion,
        Trace, Handoff, Command, CommandResult, Ping,
    };

    public static bool IsKnown(string type) => Known.Contains(type);
}
