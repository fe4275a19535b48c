namespace BackCare.Bot.Channels.DirectLine;

/// <summary>What a local Direct Line token grants: one conversation, as one user, until it expires.</summary>
public sealed record LocalToken(string Value, string ConversationId, string UserId, DateTimeOffset ExpiresAt)
{
    public int ExpiresInSeconds(DateTimeOffset now) => (int)Math.Max(0, Math.Ceiling((ExpiresAt - now).TotalSeconds));
}
