using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace BackCare.Bot.Framework.Schema;

/// <summary>
/// A Bot Framework v3 activity. Field names and meanings follow the activity spec
/// (https://github.com/microsoft/botframework-sdk/blob/main/specs/botframework-activity/botframework-activity.md). Unknown fields are kept in <see cref="ExtensionData"/>
/// so they round-trip (spec A2005).
/// </summary>
public sealed class Activity
{
    public string? Type { get; set; }
    public string? Id { get; set; }
    public DateTimeOffset? Timestamp { get; set; }
    public DateTimeOffset? LocalTimestamp { get; set; }
    public string? LocalTimezone { get; set; }
    public string? ServiceUrl { get; set; }
    public string? ChannelId { get; set; }
    public ChannelAccount? From { get; set; }
    public ConversationAccount? Conversation { get; set; }
    public ChannelAccount? Recipient { get; set; }
    public string? TextFormat { get; set; }
    public string? AttachmentLayout { get; set; }
    public List<ChannelAccount>? MembersAdded { get; set; }
    public List<ChannelAccount>? MembersRemoved { get; set; }
    public string? TopicName { get; set; }
    public string? Locale { get; set; }
    public string? Text { get; set; }
    public string? Speak { get; set; }
    public string? InputHint { get; set; }
    public string? Summary { get; set; }
    public SuggestedActions? SuggestedActions { get; set; }
    public List<Attachment>? Attachments { get; set; }
    public List<JsonObject>? Entities { get; set; }
    public JsonNode? ChannelData { get; set; }
    public string? Action { get; set; }
    public string? ReplyToId { get; set; }
    public string? Label { get; set; }
    public string? ValueType { get; set; }
    public JsonNode? Value { get; set; }
    public string? Name { get; set; }
    public JsonNode? RelatesTo { get; set; }
    public string? Code { get; set; }
    public DateTimeOffset? Expiration { get; set; }
    public string? Importance { get; set; }
    public string? DeliveryMode { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }

    /// <summary>A shallow copy (nested objects shared), for sending without touching the original.</summary>
    public Activity ShallowCopy() => (Activity)MemberwiseClone();

    public bool IsType(string type) => string.Equals(Type, type, StringComparison.Ordinal);

    /// <summary>
    /// Creates a message addressed back to the sender, as the SDK's CreateReply does (protocol.md R1.23, R1.24).
    /// </summary>
    public Activity CreateReply(string? text = null)
    {
        var noReplyTo = IsType(ActivityTypes.ConversationUpdate)
            && (ChannelId is ChannelIds.DirectLine or ChannelIds.WebChat);
        return new Activity
        {
            Type = ActivityTypes.Message,
            From = Recipient is null ? null : new ChannelAccount { Id = Recipient.Id, Name = Recipient.Name },
            Recipient = From is null ? null : new ChannelAccount { Id = From.Id, Name = From.Name },
            Conversation = Conversation is null
                ? null
                : new ConversationAccount { Id = Conversation.Id, Name = Conversation.Name, IsGroup = Conversation.IsGroup, TenantId = Conversation.TenantId },
            ServiceUrl = ServiceUrl,
            ChannelId = ChannelId,
            Locale = Locale,
            ReplyToId = noReplyTo ? null : Id,
            Text = text,
        };
    }

    /// <summary>Creates a plain message activity (addressing is filled in when it is sent).</summary>
    public static Activity CreateMessage(string? text = null, string? inputHint = null) =>
        new() { Type = ActivityTypes.Message, Text = text, InputHint = inputHint };

    /// <summary>Creates a trace activity; channels other than the Emulator never receive these.</summary>
    public static Activity CreateTrace(string name, JsonNode? value, string? valueType = null, string? label = null) =>
        new() { Type = ActivityTypes.Trace, Name = name, Value = value, ValueType = valueType ?? name, Label = label };
}
