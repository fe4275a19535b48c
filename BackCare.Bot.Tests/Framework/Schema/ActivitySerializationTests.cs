using System.Text.Json;
using System.Text.Json.Nodes;
using BackCare.Bot.Framework.Schema;

namespace BackCare.Bot.Tests.Framework.Schema;

public sealed class ActivitySerializationTests
{
    /// <summary>protocol.md R5.3's Emulator sample, with the elided ids filled in.</summary>
    private const string EmulatorConversationUpdate = """
        {"type":"conversationUpdate","membersAdded":[{"id":"92e19130-c37d-11e9-8f0b-b9b7d2a0c9b1","name":"Bot"}],"channelId":"emulator",
         "conversation":{"id":"45b27fe0-c37d-11e9-8f0b-b9b7d2a0c9b1|livechat"},"id":"45c5b9c0-c37d-11e9-8f0b-b9b7d2a0c9b1","localTimestamp":"2019-08-20T13:37:05-07:00",
         "recipient":{"id":"92e19130-c37d-11e9-8f0b-b9b7d2a0c9b1","name":"Bot","role":"bot"},"timestamp":"2019-08-20T20:37:05.499Z",
         "from":{"id":"57efe82e-2f0c-4a4e-9a0f-1f3f8f2b7a11","name":"User"},"locale":"en-US","serviceUrl":"http://localhost:53559"}
        """;

    /// <summary>A Teams channel message with an @mention of the bot and of a colleague (protocol.md R7.3, R7.4).</summary>
    private const string TeamsMentionMessage = """
        {
          "type": "message",
          "id": "1650000000001",
          "serviceUrl": "https://smba.trafficmanager.net/amer/",
          "channelId": "msteams",
          "from": { "id": "29:1abc", "name": "Ana Patel", "aadObjectId": "6b0a6b6e-0000-4000-8000-000000000001" },
          "conversation": {
            "isGroup": true,
            "conversationType": "channel",
            "tenantId": "72f988bf-0000-4000-8000-000000000002",
            "id": "19:abc123@thread.tacv2;messageid=1650000000000"
          },
          "recipient": { "id": "28:11111111-2222-3333-4444-555555555555", "name": "BackCare" },
          "textFormat": "plain",
          "text": "<at>BackCare</at> can <at>Ben</at> book for me?",
          "attachments": [ { "contentType": "text/html", "content": "<div><at id=\"0\">BackCare</at> can <at id=\"1\">Ben</at> book for me?</div>" } ],
          "entities": [
            { "type": "mention", "mentioned": { "id": "28:11111111-2222-3333-4444-555555555555", "name": "BackCare" }, "text": "<at>BackCare</at>" },
            { "type": "mention", "mentioned": { "id": "29:2def", "name": "Ben" }, "text": "<at>Ben</at>" },
            { "type": "clientInfo", "locale": "en-GB", "country": "GB", "platform": "Web", "timezone": "Europe/London" }
          ],
          "channelData": {
            "tenant": { "id": "72f988bf-0000-4000-8000-000000000002" },
            "team": { "id": "19:team@thread.tacv2", "name": "Clinic", "aadGroupId": "0a0a0a0a-0000-4000-8000-000000000003" },
            "channel": { "id": "19:abc123@thread.tacv2", "name": "General" },
            "settings": { "selectedChannel": { "id": "19:abc123@thread.tacv2" } },
            "legacy": { "replyToId": "1:xyz" }
          },
          "locale": "en-GB"
        }
        """;

    private static Activity Parse(string json) => JsonSerializer.Deserialize<Activity>(json, ProtocolJson.Options)!;

    private static JsonNode RoundTrip(string json) => JsonSerializer.SerializeToNode(Parse(json), ProtocolJson.Options)!;

    [Fact]
    public void WritesCamelCaseNames()
    {
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            ReplyToId = "1",
            ServiceUrl = "https://x.invalid/",
            ChannelId = ChannelIds.WebChat,
            InputHint = InputHints.ExpectingInput,
            SuggestedActions = new SuggestedActions { Actions = [CardAction.ImBack("Yes")] },
            From = new ChannelAccount { Id = "b", AadObjectId = "a" },
        };

        var json = JsonSerializer.Serialize(activity, ProtocolJson.Options);

        Assert.Equal(
            """{"type":"message","serviceUrl":"https://x.invalid/","channelId":"webchat","from":{"id":"b","aadObjectId":"a"},"inputHint":"expectingInput","suggestedActions":{"actions":[{"type":"imBack","title":"Yes","value":"Yes"}]},"replyToId":"1"}""",
            json);
    }

    [Fact]
    public void OmitsNulls()
    {
        var json = JsonSerializer.Serialize(new Activity { Type = ActivityTypes.Typing, Conversation = new ConversationAccount { Id = "c" } }, ProtocolJson.Options);

        Assert.Equal("""{"type":"typing","conversation":{"id":"c"}}""", json);
    }

    [Fact]
    public void ReadsNamesCaseInsensitively()
    {
        var activity = Parse("""{"Type":"message","TEXT":"hi","ReplyToID":"7"}""");

        Assert.Equal(("message", "hi", "7"), (activity.Type, activity.Text, activity.ReplyToId));
    }

    [Fact]
    public void KeepsUnknownFieldsAtTheTopLevelAndInsideFromAndConversation()
    {
        const string json = """
            {"type":"message","text":"hi","listenFor":["yes"],"semanticAction":{"id":"a","entities":{}},"callerId":"urn:botframework:azure",
             "from":{"id":"u","name":"User","agenticAppId":"app-1","properties":{"x":1}},
             "conversation":{"id":"c","legacy":true,"properties":{"nested":[1,2,{"k":"v"}]}},
             "recipient":{"id":"b","role":"bot","futureField":null}}
            """;

        var activity = Parse(json);
        var written = JsonSerializer.SerializeToNode(activity, ProtocolJson.Options);

        Assert.True(activity.ExtensionData!.ContainsKey("listenFor"));
        Assert.Equal("app-1", activity.From!.ExtensionData!["agenticAppId"].GetString());
        Assert.True(activity.Conversation!.ExtensionData!["legacy"].GetBoolean());
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(json), written), written!.ToJsonString());
    }

    [Fact]
    public void LeavesChannelDataEntitiesValueAndAttachmentsUntouched()
    {
        var written = RoundTrip(TeamsMentionMessage);

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(TeamsMentionMessage), written), written.ToJsonString());
    }

    [Fact]
    public void RoundTripsACardSubmitValueAndRelatesTo()
    {
        const string json = """
            {"type":"message","value":{"action":"book","slots":[{"day":"Mon","free":true},{"day":"Tue","free":false}],"score":7.5,"note":null},
             "relatesTo":{"activityId":"1","conversation":{"id":"c"}},"valueType":"application/json",
             "attachments":[{"contentType":"application/vnd.microsoft.card.adaptive","content":{"type":"AdaptiveCard","version":"1.5","body":[{"type":"TextBlock","text":"Hi"}]}}]}
            """;

        var written = RoundTrip(json);

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(json), written), written.ToJsonString());
    }

    [Fact]
    public void RoundTripsAStringValue()
    {
        var written = RoundTrip("""{"type":"message","text":"","value":"Sciatica"}""");

        Assert.Equal("Sciatica", written["value"]!.GetValue<string>());
        Assert.Equal("", written["text"]!.GetValue<string>());
    }

    [Theory]
    [InlineData(InputHints.AcceptingInput, "acceptingInput")]
    [InlineData(InputHints.ExpectingInput, "expectingInput")]
    [InlineData(InputHints.IgnoringInput, "ignoringInput")]
    public void WritesInputHintWireValues(string hint, string wire)
    {
        var json = JsonSerializer.SerializeToNode(Activity.CreateMessage("q", hint), ProtocolJson.Options)!;

        Assert.Equal(wire, json["inputHint"]!.GetValue<string>());
        Assert.Equal(hint, Parse(json.ToJsonString()).InputHint);
    }

    [Fact]
    public void ParsesTheEmulatorSampleActivity()
    {
        var activity = Parse(EmulatorConversationUpdate);

        Assert.Equal(ActivityTypes.ConversationUpdate, activity.Type);
        Assert.Equal(ChannelIds.Emulator, activity.ChannelId);
        Assert.Equal("45b27fe0-c37d-11e9-8f0b-b9b7d2a0c9b1|livechat", activity.Conversation!.Id);
        Assert.Equal("92e19130-c37d-11e9-8f0b-b9b7d2a0c9b1", Assert.Single(activity.MembersAdded!).Id);
        Assert.Equal("bot", activity.Recipient!.Role);
        Assert.Equal(new DateTimeOffset(2019, 8, 20, 20, 37, 5, 499, TimeSpan.Zero), activity.Timestamp);
        Assert.Equal(TimeSpan.FromHours(-7), activity.LocalTimestamp!.Value.Offset);
        Assert.Equal(new DateTimeOffset(2019, 8, 20, 20, 37, 5, TimeSpan.Zero), activity.LocalTimestamp.Value.ToUniversalTime());
        Assert.Equal("en-US", activity.Locale);
        Assert.Equal("http://localhost:53559", activity.ServiceUrl);
        Assert.Null(activity.ExtensionData);
    }

    [Fact]
    public void ParsesATeamsMessageWithMentions()
    {
        var activity = Parse(TeamsMentionMessage);

        Assert.Equal(ChannelIds.MsTeams, activity.ChannelId);
        Assert.Equal("channel", activity.Conversation!.ConversationType);
        Assert.True(activity.Conversation.IsGroup);
        Assert.Equal("6b0a6b6e-0000-4000-8000-000000000001", activity.From!.AadObjectId);
        var mentions = activity.Entities!.Where(e => (string?)e["type"] == "mention").ToList();
        Assert.Equal(["BackCare", "Ben"], mentions.Select(m => (string)m["mentioned"]!["name"]!));
        Assert.Equal(activity.Recipient!.Id, (string)mentions[0]["mentioned"]!["id"]!);
        Assert.Contains((string)mentions[0]["text"]!, activity.Text, StringComparison.Ordinal);
        Assert.Equal("Clinic", (string)activity.ChannelData!["team"]!["name"]!);
    }

    [Fact]
    public void CreateReplyAddressesTheReplyBackToTheSender()
    {
        var incoming = Parse(TeamsMentionMessage);

        var reply = incoming.CreateReply("Hello");
        var json = JsonSerializer.SerializeToNode(reply, ProtocolJson.Options)!;

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""
            {"type":"message","serviceUrl":"https://smba.trafficmanager.net/amer/","channelId":"msteams",
             "from":{"id":"28:11111111-2222-3333-4444-555555555555","name":"BackCare"},
             "conversation":{"id":"19:abc123@thread.tacv2;messageid=1650000000000","isGroup":true,"tenantId":"72f988bf-0000-4000-8000-000000000002"},
             "recipient":{"id":"29:1abc","name":"Ana Patel"},"locale":"en-GB","text":"Hello","replyToId":"1650000000001"}
            """), json), json.ToJsonString());
    }

    [Theory]
    [InlineData(ChannelIds.DirectLine, ActivityTypes.ConversationUpdate, null)]
    [InlineData(ChannelIds.WebChat, ActivityTypes.ConversationUpdate, null)]
    [InlineData(ChannelIds.Emulator, ActivityTypes.ConversationUpdate, "in-1")]
    [InlineData(ChannelIds.MsTeams, ActivityTypes.ConversationUpdate, "in-1")]
    [InlineData(ChannelIds.DirectLine, ActivityTypes.Message, "in-1")]
    [InlineData(ChannelIds.WebChat, ActivityTypes.Message, "in-1")]
    public void CreateReplyLeavesReplyToIdOutOnlyForConversationUpdatesOnDirectLineAndWebChat(string channelId, string type, string? expected)
    {
        var incoming = new Activity { Type = type, Id = "in-1", ChannelId = channelId, Conversation = new ConversationAccount { Id = "c" } };

        var reply = incoming.CreateReply();

        Assert.Equal(expected, reply.ReplyToId);
        Assert.Equal(ActivityTypes.Message, reply.Type);
    }

    [Fact]
    public void CreateReplyCopiesOnlyIdAndNameOfTheAccounts()
    {
        var incoming = Parse(EmulatorConversationUpdate);

        var reply = incoming.CreateReply();

        Assert.Null(reply.From!.Role);
        Assert.Equal(("57efe82e-2f0c-4a4e-9a0f-1f3f8f2b7a11", "User"), (reply.Recipient!.Id, reply.Recipient.Name));
        Assert.NotSame(incoming.Conversation, reply.Conversation);
    }

    [Fact]
    public void AHeroCardSerialisesAsAnAttachmentWithButtons()
    {
        var attachment = new HeroCard { Title = "Book", Buttons = [CardAction.OpenUrl("Open", "https://example.invalid/book")] }.ToAttachment();

        var json = JsonSerializer.SerializeToNode(attachment, ProtocolJson.Options)!;

        Assert.True(JsonNode.DeepEquals(
            JsonNode.Parse("""{"contentType":"application/vnd.microsoft.card.hero","content":{"title":"Book","buttons":[{"type":"openUrl","title":"Open","value":"https://example.invalid/book"}]}}"""),
            json), json.ToJsonString());
    }

    [Theory]
    [InlineData("message", true)]
    [InlineData("ping", true)]
    [InlineData("installationUpdate", true)]
    [InlineData("Message", false)]
    [InlineData("somethingNew", false)]
    public void KnowsTheActivityTypesOfTheSpec(string type, bool known)
    {
        Assert.Equal(known, ActivityTypes.IsKnown(type));
    }

    [Fact]
    public void AcceptsAnUnknownActivityType()
    {
        var activity = Parse("""{"type":"futureType","text":"x"}""");

        Assert.Equal("futureType", activity.Type);
        Assert.False(activity.IsType(ActivityTypes.Message));
    }
}
