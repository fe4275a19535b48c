namespace BackCare.Bot.Framework.Schema;

/// <summary>The body returned for deliveryMode expectReplies (protocol.md R2.5).</summary>
public sealed class ExpectedReplies
{
    public List<Activity> Activities { get; set; } = [];
}
