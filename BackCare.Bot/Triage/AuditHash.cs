using System.Security.Cryptography;
using System.Text;

namespace BackCare.Bot.Triage;

/// <summary>
/// How the audit log names a conversation without storing its id: the lowercase hex SHA-256 of the
/// UTF-8 conversation id. The writer (<see cref="SymptomCheckAuditRecord.ConversationHash"/>) and the
/// eraser both use it, so an erasure request finds exactly that conversation's records.
/// </summary>
public static class AuditHash
{
    private const int HexLength = SHA256.HashSizeInBytes * 2;

    public static string ForConversation(string conversationId)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(conversationId)));
    }

    /// <summary>The id of one audited event: the hash of the conversation id, the activity id and the outcome.</summary>
    public static string ForEvent(string conversationId, string activityId, string outcome) =>
        ForConversation($"{conversationId}\n{activityId}\n{outcome}");

    /// <summary>True when <paramref name="value"/> has the shape <see cref="ForConversation"/> returns (64 lowercase hex digits).</summary>
    public static bool IsHash(string? value) =>
        value is { Length: HexLength } && value.All(char.IsAsciiHexDigitLower);
}
