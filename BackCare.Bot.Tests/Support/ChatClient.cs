using System.Net.Http.Json;
using System.Text.Json;
using BackCare.Bot.Framework.Schema;

namespace BackCare.Bot.Tests.Support;

/// <summary>
/// Plays a conversation against /api/messages the way a channel does, one turn at a time, with
/// deliveryMode expectReplies so each turn's replies come back in the response body.
/// </summary>
public sealed class ChatClient(HttpClient http, string channelId = ChannelIds.Emulator, string? conversationId = null)
{
    private int _sequence;

    public string ConversationId { get; } = conversationId ?? $"conv-{Guid.NewGuid():N}|livechat";

    public string UserId { get; init; } = "user-1";

    public string BotId { get; init; } = "bot-1";

    /// <summary>All activities of the last turn, traces included.</summary>
    public IReadOnlyList<Activity> LastActivities { get; private set; } = [];

    /// <summary>The messages of the last turn (what the user sees).</summary>
    public IReadOnlyList<Activity> LastMessages => LastActivities.Where(a => a.IsType(ActivityTypes.Message)).ToList();

    /// <summary>Every activity of the conversation in order: what was sent, then that turn's replies (for Emulator transcripts).</summary>
    public List<Activity> History { get; } = [];

    public string LastText => string.Join("\n---\n", LastMessages.Select(m => m.Text));

    public IReadOnlyList<string> LastButtons =>
        LastMessages.LastOrDefault() is { } last
            ? (last.SuggestedActions?.Actions.Select(a => a.Title ?? string.Empty)
               ?? last.Attachments?.SelectMany(a => a.Content?["buttons"]?.AsArray().Select(b => b?["title"]?.GetValue<string>() ?? string.Empty) ?? [])
               ?? []).ToList()
            : [];

    public Task<IReadOnlyList<Activity>> JoinAsync() => SendAsync(new Activity
    {
        Type = ActivityTypes.ConversationUpdate,
        MembersAdded = [new() { Id = BotId, Name = "Bot" }, new() { Id = UserId, Name = "User" }],
    });

    public Task<IReadOnlyList<Activity>> SayAsync(string text) =>
        SendAsync(new Activity { Type = ActivityTypes.Message, Text = text });

    public async Task<IReadOnlyList<Activity>> SendAsync(Activity activity)
    {
        activity.Id ??= $"{ConversationId}-{++_sequence}";
        activity.ChannelId ??= channelId;
        activity.Conversation ??= new ConversationAccount { Id = ConversationId };
        activity.From ??= new ChannelAccount { Id = UserId, Name = "User", Role = "user" };
        activity.Recipient ??= new ChannelAccount { Id = BotId, Name = "Bot", Role = "bot" };
        activity.DeliveryMode ??= DeliveryModes.ExpectReplies;
        activity.Locale ??= "en-GB";

        using var response = await http.PostAsJsonAsync("/api/messages", activity, ProtocolJson.Options);
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"/api/messages answered {(int)response.StatusCode}: {body}");
        }

        LastActivities = JsonSerializer.Deserialize<ExpectedReplies>(body, ProtocolJson.Options)!.Activities;
        History.Add(activity);
        History.AddRange(LastActivities);
        return LastMessages;
    }
}
