using BackCare.Bot.Content;
using BackCare.Bot.Framework.Schema;
using BackCare.Bot.Framework.Turns;
using Microsoft.Extensions.Options;

namespace BackCare.Bot.Channels.DirectLine;

/// <summary>
/// The channel half of the local endpoint: stamps what the visitor sends (server id, timestamp, channel
/// "directline", the token's user as <c>from</c>, whatever the client claimed), records it, runs the turn
/// in-process through the <see cref="CloudAdapter"/> (expectReplies, so the replies come back here instead of
/// going to a Connector), and records the bot's replies after it.
/// </summary>
public sealed class LocalDirectLineChannel(CloudAdapter adapter, IOptions<ClinicOptions> clinic, TimeProvider time)
{
    public const string BotId = "backcare-bot";

    /// <summary>Tells the bot the conversation started, with the bot and the user as members (the welcome comes from this).</summary>
    public async Task StartAsync(DirectLineConversation conversation, string? locale, string serviceUrl, IBot bot, CancellationToken cancellationToken)
    {
        var update = new Activity
        {
            Type = ActivityTypes.ConversationUpdate,
            Id = $"{conversation.Id}|start",
            MembersAdded = [BotAccount(), new ChannelAccount { Id = conversation.UserId, Role = "user" }],
            Locale = locale,
        };
        await RunTurnAsync(conversation, Address(update, conversation, serviceUrl), bot, cancellationToken);
    }

    /// <summary>Records the visitor's activity and the bot's replies; returns the id it was given.</summary>
    public async Task<string> PostAsync(DirectLineConversation conversation, Activity activity, string serviceUrl, IBot bot, CancellationToken cancellationToken)
    {
        var echoed = conversation.Append(Address(activity, conversation, serviceUrl), time.GetUtcNow());
        if (!echoed.IsType(ActivityTypes.Typing))
        {
            await RunTurnAsync(conversation, echoed.ShallowCopy(), bot, cancellationToken);
        }

        return echoed.Id!;
    }

    private async Task RunTurnAsync(DirectLineConversation conversation, Activity toBot, IBot bot, CancellationToken cancellationToken)
    {
        toBot.DeliveryMode = DeliveryModes.ExpectReplies;
        toBot.Timestamp ??= time.GetUtcNow();
        var outcome = await adapter.ProcessActivityAsync(toBot, bot, cancellationToken);
        foreach (var reply in outcome.ExpectedReplies ?? [])
        {
            reply.Id = null;
            reply.ServiceUrl = null;
            reply.ChannelId = ChannelIds.DirectLine;
            reply.From = new ChannelAccount { Id = reply.From?.Id ?? BotId, Name = reply.From?.Name ?? clinic.Value.BotName, Role = "bot" };
            conversation.Append(reply, time.GetUtcNow());
        }
    }

    /// <summary>The channel decides who sent it and where it goes; the client decides only the content.</summary>
    private Activity Address(Activity activity, DirectLineConversation conversation, string serviceUrl)
    {
        activity.Id = null;
        activity.ChannelId = ChannelIds.DirectLine;
        activity.ServiceUrl = serviceUrl;
        activity.Conversation = new ConversationAccount { Id = conversation.Id };
        activity.From = new ChannelAccount { Id = conversation.UserId, Name = activity.From?.Name, Role = "user" };
        activity.Recipient = BotAccount();
        activity.DeliveryMode = null;
        return activity;
    }

    private ChannelAccount BotAccount() => new() { Id = BotId, Name = clinic.Value.BotName, Role = "bot" };
}
