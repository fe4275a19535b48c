using BackCare.Bot.Framework.Schema;
using BackCare.Bot.Tests.Support;

namespace BackCare.Bot.Tests.Dialogs;

/// <summary>Whole conversations, played turn by turn through /api/messages, asserting what the user sees.</summary>
public sealed class MainDialogTests : IAsyncLifetime
{
    private static readonly string[] MenuButtons = Support.MenuButtons.All;

    private readonly BackCareApplication _app = new();
    private ChatClient _chat = null!;

    public Task InitializeAsync()
    {
        _chat = new ChatClient(_app.CreateClient());
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task WelcomesOnceWithDisclaimerEmergencyNumberAndMenu()
    {
        await _chat.JoinAsync();

        Assert.Equal(2, _chat.LastMessages.Count);
        Assert.Contains("BackCare", _chat.LastMessages[0].Text);
        Assert.Contains("can't diagnose", _chat.LastMessages[0].Text);
        Assert.Contains("don't replace a clinician", _chat.LastMessages[0].Text);
        Assert.Contains("call 999 or go to A&E", _chat.LastMessages[0].Text);
        Assert.Contains("What would you like to know?", _chat.LastMessages[1].Text);
        Assert.Equal(MenuButtons, _chat.LastButtons);

        await _chat.JoinAsync();
        Assert.Empty(_chat.LastMessages);
    }

    [Fact]
    public async Task ConversationUpdateAddingOnlyTheBotDoesNotWelcome()
    {
        await _chat.SendAsync(new Activity { Type = ActivityTypes.ConversationUpdate, MembersAdded = [new() { Id = _chat.BotId }] });

        Assert.Empty(_chat.LastMessages);
    }

    [Theory]
    [InlineData("Sciatica", "4 to 6 weeks", "hot-water bottle")]
    [InlineData("Pregnancy", "trained in pregnancy massage", "midwife")]
    [InlineData("Pain got worse after massage", "36 to 72 hours", "ask a pharmacist")]
    [InlineData("Can massage cure back pain?", "isn't a cure on its own", "exercise")]
    [InlineData("Self-massage risks", "Gentle self-massage is generally safe", "blood thinners")]
    [InlineData("Finding a therapist", "Health and Care Professions Council", "One Body LDN")]
    public async Task EachTopicButtonAnswersThenOffersFollowUpsAndReturnsToTheMenu(string button, string expected1, string expected2)
    {
        await _chat.JoinAsync();

        await _chat.SayAsync(button);

        Assert.Contains(expected1, _chat.LastText);
        Assert.Contains(expected2, _chat.LastText);
        Assert.Equal("Is there anything else I can help with?", _chat.LastMessages[^1].Text);
        Assert.Equal(["Another question", "Check my soreness", "Book an assessment"], _chat.LastButtons);

        await _chat.SayAsync("Another question");

        Assert.Equal("What else can I help you with?", _chat.LastMessages[^1].Text);
        Assert.Equal(MenuButtons, _chat.LastButtons);
    }

    [Theory]
    [InlineData("Relaxation or stiffness", "every week or two")]
    [InlineData("Ongoing pain or injury", "agree how often with you after an assessment")]
    [InlineData("it's for my chronic back pain", "agree how often with you after an assessment")]
    [InlineData("2", "agree how often with you after an assessment")]
    public async Task HowOftenAsksTheGoalThenAnswersForIt(string goal, string expected)
    {
        await _chat.JoinAsync();

        await _chat.SayAsync("How often to massage");

        Assert.Contains("relaxation and general stiffness, or for ongoing back pain", _chat.LastText);
        Assert.Equal(["Relaxation or stiffness", "Ongoing pain or injury"], _chat.LastButtons);

        await _chat.SayAsync(goal);

        Assert.Contains(expected, _chat.LastText);
        Assert.DoesNotContain("1-2 times", _chat.LastText);
        Assert.Equal("Is there anything else I can help with?", _chat.LastMessages[^1].Text);
    }

    [Fact]
    public async Task HowOftenReasksAFriendlyQuestionWhenTheGoalIsUnclear()
    {
        await _chat.JoinAsync();
        await _chat.SayAsync("How often to massage");

        await _chat.SayAsync("purple");

        Assert.Equal("Please choose relaxation, or ongoing pain or injury.", _chat.LastText);
        Assert.Equal(["Relaxation or stiffness", "Ongoing pain or injury"], _chat.LastButtons);
    }

    [Theory]
    [InlineData("I'm pregnant, is it safe?", "trained in pregnancy massage")]
    [InlineData("how often should I go", "relaxation and general stiffness")]
    [InlineData("can I use massage for my sciatica?", "4 to 6 weeks")]
    [InlineData("my back hurts more since the massage yesterday", "36 to 72 hours")]
    [InlineData("will massage cure my back pain for good", "isn't a cure on its own")]
    [InlineData("is it ok to use a foam roller on my lower back", "Gentle self-massage is generally safe")]
    [InlineData("how do I find a qualified physio", "Health and Care Professions Council")]
    [InlineData("I'd like to book an appointment", "Happy to help you book with One Body LDN")]
    public async Task FreeTextNamingATopicOpensItFromTheMenu(string text, string expected)
    {
        await _chat.JoinAsync();

        await _chat.SayAsync(text);

        Assert.Contains(expected, _chat.LastText);
    }

    [Fact]
    public async Task FreeTextAsTheFirstMessageGetsTheShortIntroductionThenTheAnswer()
    {
        await _chat.SayAsync("Can I use massage for sciatica?");

        Assert.Contains("general information, not a diagnosis", _chat.LastMessages[0].Text);
        Assert.Contains("call 999 or go to A&E", _chat.LastMessages[0].Text);
        Assert.Contains("4 to 6 weeks", _chat.LastText);
    }

    [Fact]
    public async Task AMessageTheBotDoesNotUnderstandStillShowsWhenToCallForHelp()
    {
        await _chat.JoinAsync();
        await _chat.SayAsync("stop");

        await _chat.SayAsync("what colour are the towels");

        Assert.Contains("Sorry, I didn't quite follow", _chat.LastText);
        Assert.Contains("call 999 or go to A&E now", _chat.LastText);
        Assert.Equal(MenuButtons, _chat.LastButtons);
    }

    [Fact]
    public async Task FreeTextAtTheFollowUpOpensTheNextTopic()
    {
        await _chat.JoinAsync();
        await _chat.SayAsync("Sciatica");

        await _chat.SayAsync("what about during pregnancy?");

        Assert.Contains("trained in pregnancy massage", _chat.LastText);
    }

    [Fact]
    public async Task MenuAcceptsTheOptionNumberAndMisspellings()
    {
        await _chat.JoinAsync();
        await _chat.SayAsync("2");
        Assert.Contains("4 to 6 weeks", _chat.LastText);

        await _chat.SayAsync("another question");
        await _chat.SayAsync("pregnacy");
        Assert.Contains("trained in pregnancy massage", _chat.LastText);
    }

    [Fact]
    public async Task BookingShowsTheLinkAndPhoneWithAButton()
    {
        await _chat.JoinAsync();

        await _chat.SayAsync("Book an assessment");
        Assert.Contains("020 0000 0000", _chat.LastText);

        await _chat.SayAsync("Book an assessment online");
        Assert.Contains("https://www.onebodyldn.com/book", _chat.LastText);
        Assert.Contains("020 0000 0000", _chat.LastText);
        var card = _chat.LastMessages.SelectMany(m => m.Attachments ?? []).Single();
        var button = card.Content!["buttons"]![0]!;
        Assert.Equal("openUrl", button["type"]!.GetValue<string>());
        Assert.Equal("https://www.onebodyldn.com/book", button["value"]!.GetValue<string>());
        Assert.Equal(["Another question", "Ask for a call-back"], _chat.LastButtons);
    }

    [Fact]
    public async Task HelpInTheMiddleOfATopicAnswersAndAsksTheSameQuestionAgain()
    {
        await _chat.JoinAsync();
        await _chat.SayAsync("How often to massage");

        await _chat.SayAsync("help");

        Assert.Contains("Here's how I can help", _chat.LastMessages[0].Text);
        Assert.Contains("relaxation and general stiffness", _chat.LastMessages[^1].Text);

        await _chat.SayAsync("relaxation");
        Assert.Contains("every week or two", _chat.LastText);
    }

    [Fact]
    public async Task AWordLikeHelpInsideASentenceIsNotACommand()
    {
        await _chat.JoinAsync();
        await _chat.SayAsync("How often to massage");

        await _chat.SayAsync("the massage didn't help my ongoing pain");

        Assert.DoesNotContain("Here's how I can help", _chat.LastText);
        Assert.Contains("agree how often with you after an assessment", _chat.LastText);
    }

    [Theory]
    [InlineData("stop")]
    [InlineData("Cancel")]
    [InlineData("quit")]
    public async Task StopEndsTheTopicAndShowsTheMenuWithButtons(string command)
    {
        await _chat.JoinAsync();
        await _chat.SayAsync("How often to massage");

        await _chat.SayAsync(command);

        Assert.Equal("OK, I've stopped that.", _chat.LastMessages[0].Text);
        Assert.Equal("What else can I help you with?", _chat.LastMessages[^1].Text);
        Assert.Equal(MenuButtons, _chat.LastButtons);

        await _chat.SayAsync("sciatica");
        Assert.Contains("4 to 6 weeks", _chat.LastText);
    }

    [Fact]
    public async Task StartOverReturnsToTheMenuFromAnywhere()
    {
        await _chat.JoinAsync();
        await _chat.SayAsync("How often to massage");

        await _chat.SayAsync("start over");

        Assert.Contains("let's start again", _chat.LastText);
        Assert.Equal("What would you like to know? Choose a topic, or type your question in your own words.", _chat.LastMessages[^1].Text);
        Assert.Equal(MenuButtons, _chat.LastButtons);
    }

    [Fact]
    public async Task NonsenseAtTheMenuIsReaskedThenHandedToTheClinicWithTheMenuAfterThreeTries()
    {
        await _chat.JoinAsync();

        await _chat.SayAsync("asdfgh");
        Assert.Contains("Sorry, I didn't quite follow", _chat.LastText);
        Assert.Equal(MenuButtons, _chat.LastButtons);
        await _chat.SayAsync("qwerty");
        Assert.Contains("Sorry, I didn't quite follow", _chat.LastText);
        await _chat.SayAsync("zxcvb");

        Assert.Contains("020 0000 0000", _chat.LastText);
        Assert.Equal(MenuButtons, _chat.LastButtons);

        await _chat.SayAsync("sciatica");
        Assert.Contains("4 to 6 weeks", _chat.LastText);
    }

    [Fact]
    public async Task GreetingAndThanksGetAFriendlyAnswer()
    {
        await _chat.JoinAsync();
        await _chat.SayAsync("stop");

        await _chat.SayAsync("hello");
        Assert.Contains("Hello! How can I help", _chat.LastText);
        Assert.Equal(MenuButtons, _chat.LastButtons);

        await _chat.SayAsync("stop");
        await _chat.SayAsync("thanks!");
        Assert.Contains("You're welcome", _chat.LastText);
    }

    [Fact]
    public async Task TeamsGroupChatGetsCardButtonsInsteadOfSuggestedActions()
    {
        var teams = new ChatClient(_app.CreateClient(), ChannelIds.MsTeams);
        await teams.SendAsync(new Activity
        {
            Type = ActivityTypes.ConversationUpdate,
            MembersAdded = [new() { Id = "bot-1" }, new() { Id = "user-1" }],
            Conversation = new ConversationAccount { Id = teams.ConversationId, ConversationType = "groupChat", IsGroup = true },
        });

        var menu = teams.LastMessages[^1];
        Assert.Null(menu.SuggestedActions);
        var card = Assert.Single(menu.Attachments!);
        Assert.Equal(AttachmentContentTypes.HeroCard, card.ContentType);
        Assert.Equal(MenuButtons, teams.LastButtons);
        Assert.All(card.Content!["buttons"]!.AsArray(), b => Assert.Equal("imBack", b!["type"]!.GetValue<string>()));
    }

    [Fact]
    public async Task TeamsChannelMentionOfTheBotIsIgnoredWhenReadingTheQuestion()
    {
        var teams = new ChatClient(_app.CreateClient(), ChannelIds.MsTeams);
        var mention = System.Text.Json.Nodes.JsonNode.Parse("""{"type":"mention","mentioned":{"id":"bot-1","name":"BackCare"},"text":"<at>BackCare</at>"}""")!.AsObject();

        await teams.SendAsync(new Activity
        {
            Type = ActivityTypes.Message,
            Text = "<at>BackCare</at> can massage help sciatica?",
            Entities = [mention],
            Conversation = new ConversationAccount { Id = teams.ConversationId, ConversationType = "channel", IsGroup = true },
        });

        Assert.Contains("4 to 6 weeks", teams.LastText);
    }

    [Fact]
    public async Task StateSurvivesAnAppRestart()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Sqlite",
            ["Storage:SqliteConnectionString"] = $"Data Source={Path.Combine(Path.GetTempPath(), $"backcare-{Guid.NewGuid():N}.db")}",
        };
        string conversationId;
        await using (var first = new SqliteBackedApplication(settings))
        {
            var chat = new ChatClient(first.CreateClient());
            conversationId = chat.ConversationId;
            await chat.JoinAsync();
            await chat.SayAsync("How often to massage");
        }

        await using var second = new SqliteBackedApplication(settings);
        var resumed = new ChatClient(second.CreateClient(), ChannelIds.Emulator, conversationId);
        await resumed.SayAsync("relaxation");

        Assert.Contains("every week or two", resumed.LastText);
    }
}
