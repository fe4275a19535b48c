using BackCare.Bot.Framework.Schema;
using BackCare.Bot.Framework.Turns;

namespace BackCare.Bot.Tests.Framework.Turns;

public sealed class TurnContextTests
{
    private static TurnContext Turn(string conversationId, string userId, string channelId = ChannelIds.WebChat) => new(new Activity
    {
        Type = ActivityTypes.Message,
        Id = $"{conversationId}.in",
        ChannelId = channelId,
        ServiceUrl = "https://directline.invalid/",
        Conversation = new ConversationAccount { Id = conversationId },
        From = new ChannelAccount { Id = userId, Name = userId },
        Recipient = new ChannelAccount { Id = "bot", Name = "BackCare" },
        Locale = "en-GB",
    });

    [Fact]
    public async Task AddressesRepliesToTheSenderOfTheTurn()
    {
        var turn = Turn("c1", "ana");

        await turn.SendActivityAsync("Hello", CancellationToken.None);

        var reply = Assert.Single(turn.BufferedReplies);
        Assert.Equal(("c1", "ana", "bot", "c1.in", "en-GB"), (reply.Conversation!.Id, reply.Recipient!.Id, reply.From!.Id, reply.ReplyToId, reply.Locale));
        Assert.Equal(InputHints.AcceptingInput, reply.InputHint);
    }

    [Fact]
    public async Task AnActivitySentInTwoConversationsReachesEachConversation()
    {
        var shared = Activity.CreateMessage("Our clinic is closed today.");
        var first = Turn("c1", "ana");
        var second = Turn("c2", "ben");

        await first.SendActivityAsync(shared, CancellationToken.None);
        await second.SendActivityAsync(shared, CancellationToken.None);

        var toBen = Assert.Single(second.BufferedReplies);
        Assert.Equal(("c2", "ben", "c2.in"), (toBen.Conversation!.Id, toBen.Recipient!.Id, toBen.ReplyToId));
        Assert.Equal(("c1", "ana"), (first.BufferedReplies[0].Conversation!.Id, first.BufferedReplies[0].Recipient!.Id));
        Assert.Null(shared.Conversation);
    }

    [Fact]
    public async Task KeepsAddressingTheCallerSetExplicitly()
    {
        var turn = Turn("c1", "ana");

        await turn.SendActivityAsync(new Activity { Type = ActivityTypes.Typing, ReplyToId = "other" }, CancellationToken.None);

        var reply = Assert.Single(turn.BufferedReplies);
        Assert.Equal((ActivityTypes.Typing, "other"), (reply.Type, reply.ReplyToId));
    }

    [Fact]
    public async Task CountsOnlyMessagesAsResponses()
    {
        var turn = Turn("c1", "ana");

        await turn.SendActivityAsync(new Activity { Type = ActivityTypes.Typing }, CancellationToken.None);
        await turn.TraceActivityAsync("RecognizerResult", null, CancellationToken.None);
        var respondedBeforeMessage = turn.Responded;
        await turn.SendActivityAsync("Hi", CancellationToken.None);

        Assert.False(respondedBeforeMessage);
        Assert.True(turn.Responded);
        Assert.Equal(1, turn.SentMessageCount);
        Assert.Equal(3, turn.BufferedReplies.Count);
    }

    [Fact]
    public async Task GivesEveryReplyItsOwnId()
    {
        var turn = Turn("c1", "ana");

        var first = await turn.SendActivityAsync("one", CancellationToken.None);
        var second = await turn.SendActivityAsync("two", CancellationToken.None);

        Assert.Equal(("c1.in.1", "c1.in.2"), (first.Id, second.Id));
    }
}
