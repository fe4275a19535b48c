using BackCare.Bot.Framework.Schema;
using BackCare.Bot.Tests.Support;

namespace BackCare.Bot.Tests.Channels;

/// <summary>
/// Screen readers announce a card as "attachment" and some Teams clients do not render every card, so everything
/// safety-related must be plain text in the message itself; a card may carry buttons only. Plays the red-flag
/// paths on Teams, in a personal chat (suggested actions) and in a channel (card buttons).
/// </summary>
public sealed class TeamsSafetyTextTests : IAsyncLifetime
{
    private const string EmergencyAdvice = "Please call 999 now or go to A&E.";

    private readonly BackCareApplication _app = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _app.DisposeAsync();

    public static TheoryData<string> ConversationTypes() => new() { "personal", "channel" };

    [Theory]
    [MemberData(nameof(ConversationTypes))]
    public async Task EmergencyAdviceInTheFirstMessageIsPlainText(string conversationType)
    {
        var teams = Teams(conversationType);

        await SayAsync(teams, conversationType, "hi, my legs both went numb and tingly since the massage");

        Assert.StartsWith("🚨 **" + EmergencyAdvice, teams.LastMessages[0].Text, StringComparison.Ordinal);
        AssertEverySentenceIsPlainText(teams);
    }

    [Theory]
    [MemberData(nameof(ConversationTypes))]
    public async Task ARedFlagMidCheckAndTheAdviceHoldThatFollowsArePlainText(string conversationType)
    {
        var teams = Teams(conversationType);

        await SayAsync(teams, conversationType, "Check my soreness");
        AssertEverySentenceIsPlainText(teams);
        await SayAsync(teams, conversationType, "Start the check");
        Assert.Contains("genitals, bottom, buttocks or inner thighs", teams.LastMessages[^1].Text, StringComparison.Ordinal);
        Assert.Equal(["None of these", "Yes, one or more", "Not sure"], teams.LastButtons);
        AssertEverySentenceIsPlainText(teams);

        await SayAsync(teams, conversationType, "actually I've wet myself without noticing");
        Assert.Contains(EmergencyAdvice, teams.LastText, StringComparison.Ordinal);
        AssertEverySentenceIsPlainText(teams);

        await SayAsync(teams, conversationType, "can it wait till tomorrow?");
        Assert.Contains("999", teams.LastText, StringComparison.Ordinal);
        AssertEverySentenceIsPlainText(teams);
    }

    [Theory]
    [MemberData(nameof(ConversationTypes))]
    public async Task TheConfirmingQuestionAndItsAnswerArePlainText(string conversationType)
    {
        var teams = Teams(conversationType);

        await SayAsync(teams, conversationType, "I think I might be a bit numb down below");
        Assert.Contains("Just to check", teams.LastText, StringComparison.Ordinal);
        Assert.Equal(["Yes", "No", "Not sure"], teams.LastButtons);
        AssertEverySentenceIsPlainText(teams);

        await SayAsync(teams, conversationType, "Yes");
        Assert.StartsWith("🚨 **" + EmergencyAdvice, teams.LastMessages[0].Text, StringComparison.Ordinal);
        AssertEverySentenceIsPlainText(teams);
    }

    [Theory]
    [MemberData(nameof(ConversationTypes))]
    public async Task UrgentAdviceAndItsBookingCaveatArePlainText(string conversationType)
    {
        var teams = Teams(conversationType);

        await SayAsync(teams, conversationType, "I've got a high temperature and my back is killing me");

        Assert.Contains("urgent GP appointment today", teams.LastText, StringComparison.Ordinal);
        AssertEverySentenceIsPlainText(teams);
    }

    /// <summary>Every message says what it says in its text; a card holds nothing but buttons.</summary>
    private static void AssertEverySentenceIsPlainText(ChatClient teams)
    {
        Assert.NotEmpty(teams.LastMessages);
        Assert.All(teams.LastMessages, message =>
        {
            Assert.False(string.IsNullOrWhiteSpace(message.Text), "a message with no text");
            Assert.All(message.Attachments ?? [], attachment =>
            {
                Assert.Equal(AttachmentContentTypes.HeroCard, attachment.ContentType);
                Assert.Null(attachment.Content?["title"]);
                Assert.Null(attachment.Content?["subtitle"]);
                Assert.Null(attachment.Content?["text"]);
                Assert.NotEmpty(attachment.Content?["buttons"]?.AsArray() ?? []);
            });
        });
    }

    private ChatClient Teams(string conversationType) =>
        new(_app.CreateClient(), ChannelIds.MsTeams, $"teams-{conversationType}-{Guid.NewGuid():N}");

    private static Task SayAsync(ChatClient teams, string conversationType, string text) => teams.SendAsync(new Activity
    {
        Type = ActivityTypes.Message,
        Text = text,
        Conversation = new ConversationAccount { Id = teams.ConversationId, ConversationType = conversationType, IsGroup = conversationType != "personal" },
    });
}
