namespace BackCare.Bot.Framework.Schema;

/// <summary>Delivery modes (protocol.md §1.2, R2.5).</summary>
public static class DeliveryModes
{
    public const string Normal = "normal";
    public const string Notification = "notification";
    public const string ExpectReplies = "expectReplies";
    public const string Ephemeral = "ephemeral";
}
