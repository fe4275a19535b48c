using BackCare.Bot.Framework.Schema;
using BackCare.Bot.Tests.Support;

namespace BackCare.Bot.Tests.Channels;

/// <summary>
/// Installing BackCare for oneself in Teams adds only the bot to the personal chat (conversationUpdate with the bot
/// alone in membersAdded, and an installationUpdate "add"). The user must be welcomed exactly once, however the
/// install events arrive, duplicate or repeat.
/// </summary>
public sealed class TeamsWelcomeTests : IAsyncLifetime
{
    private const string BotId = "28:7e0c3a2b-1f6d-4c1e-9a55-0d3b8f1e2a10";
    private const string UserId = "29:1GcS4EyB_oSI8A88XmWBN7NJFyMqe3QGnJdgLfFGkJnVelzRGos0bPbpsfJjcbAD22bmKc4GMbrY2g4JDrrA8vM06X1-cHHle4zOE6U4ttcc";

    private readonly BackCareApplication _app = new();
    private ChatClient _teams = null!;

    public Task InitializeAsync()
    {
        _teams = new ChatClient(_app.CreateClient(), ChannelIds.MsTeams, "a:1T4b6Xx5eXWaJ3p0S_personal") { BotId = BotId, UserId = UserId };
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task APersonalInstallThatAddsOnlyTheBotIsWelcomedOnceWithTheMenu()
    {
        await _teams.SendAsync(BotAdded());

        var welcome = Assert.Single(_teams.LastMessages, IsWelcome);
        Assert.StartsWith("Hi, I'm BackCare", welcome.Text, StringComparison.Ordinal);
        Assert.Contains("In an emergency, call 999 or go to A&E", welcome.Text, StringComparison.Ordinal);
        Assert.Contains("What would you like to know?", _teams.LastText, StringComparison.Ordinal);
        Assert.NotEmpty(_teams.LastButtons);
    }

    [Fact]
    public async Task TheUsersOwnMembersAddedDuplicatesAndTheInstallationUpdateNeverWelcomeAgain()
    {
        var welcomes = 0;

        foreach (var activity in new[] { BotAdded(), InstallationUpdate("add"), UserAdded(), BotAdded(), InstallationUpdate("add") })
        {
            await _teams.SendAsync(activity);
            welcomes += _teams.LastMessages.Count(IsWelcome);
        }

        await _teams.SayAsync("how often should I have a massage?");
        welcomes += _teams.LastMessages.Count(IsWelcome);

        Assert.Equal(1, welcomes);
        Assert.Contains("relaxation and general stiffness", _teams.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheInstallationUpdateArrivingFirstWelcomesAndTheConversationUpdateAfterItDoesNot()
    {
        await _teams.SendAsync(InstallationUpdate("add"));
        var first = _teams.LastMessages.Count(IsWelcome);
        await _teams.SendAsync(BotAdded());
        var second = _teams.LastMessages.Count(IsWelcome);

        Assert.Equal(1, first);
        Assert.Equal(0, second);
    }

    [Fact]
    public async Task UninstallingAndInstallingAgainDoesNotWelcomeASecondTime()
    {
        await _teams.SendAsync(BotAdded());
        await _teams.SendAsync(InstallationUpdate("add"));

        await _teams.SendAsync(InstallationUpdate("remove"));
        Assert.Empty(_teams.LastMessages);
        await _teams.SendAsync(InstallationUpdate("add"));
        Assert.Empty(_teams.LastMessages);
        await _teams.SendAsync(BotAdded());
        Assert.Empty(_teams.LastMessages);
    }

    [Fact]
    public async Task APersonalChatThatAddsTheBotAndTheUserTogetherIsWelcomedOnce()
    {
        var both = BotAdded();
        both.MembersAdded = [new() { Id = BotId }, new() { Id = UserId }];

        await _teams.SendAsync(both);
        var first = _teams.LastMessages.Count(IsWelcome);
        await _teams.SendAsync(UserAdded());

        Assert.Equal(1, first);
        Assert.Empty(_teams.LastMessages);
    }

    [Fact]
    public async Task AMessageBeforeAnyInstallEventGetsTheShortIntroAndTheLateInstallEventsDoNotWelcome()
    {
        await _teams.SendAsync(new Activity { Type = ActivityTypes.Message, Text = "sciatica", Conversation = Personal() });
        var intro = _teams.LastMessages.Count(IsWelcome);

        await _teams.SendAsync(BotAdded());
        var afterBot = _teams.LastMessages.Count;
        await _teams.SendAsync(InstallationUpdate("add"));

        Assert.Equal(1, intro);
        Assert.Equal(0, afterBot);
        Assert.Empty(_teams.LastMessages);
    }

    /// <summary>The welcome or the short introduction: both introduce the bot, and either must come only once.</summary>
    private static bool IsWelcome(Activity message) =>
        message.Text?.Contains("back-care assistant", StringComparison.Ordinal) == true;

    // The shapes Teams sends (https://learn.microsoft.com/microsoftteams/platform/bots/how-to/conversations/subscribe-to-conversation-events).
    private Activity BotAdded() => new()
    {
        Type = ActivityTypes.ConversationUpdate,
        MembersAdded = [new() { Id = BotId }],
        Conversation = Personal(),
        From = new ChannelAccount { Id = UserId, AadObjectId = "00000000-0000-0000-0000-0000000000aa" },
        ChannelData = TenantChannelData(),
    };

    private Activity UserAdded() => new()
    {
        Type = ActivityTypes.ConversationUpdate,
        MembersAdded = [new() { Id = UserId, AadObjectId = "00000000-0000-0000-0000-0000000000aa" }],
        Conversation = Personal(),
        ChannelData = TenantChannelData(),
    };

    private Activity InstallationUpdate(string action) => new()
    {
        Type = ActivityTypes.InstallationUpdate,
        Action = action,
        Conversation = Personal(),
        ChannelData = TenantChannelData(),
    };

    private ConversationAccount Personal() => new() { Id = _teams.ConversationId, ConversationType = "personal", TenantId = "tenant-1" };

    private static System.Text.Json.Nodes.JsonObject TenantChannelData() => new() { ["tenant"] = new System.Text.Json.Nodes.JsonObject { ["id"] = "tenant-1" } };
}
