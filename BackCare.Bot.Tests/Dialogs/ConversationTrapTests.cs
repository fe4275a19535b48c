using BackCare.Bot.Tests.Support;

namespace BackCare.Bot.Tests.Dialogs;

/// <summary>
/// Issue 9's conversation traps, played turn by turn: small talk after the welcome and at "anything else?",
/// stop, the silent third turn, "Did you mean …?", natural replies at choice prompts, and asides at a prompt.
/// </summary>
public sealed class ConversationTrapTests : IAsyncLifetime
{
    private static readonly string[] MenuButtons = Support.MenuButtons.All;

    private static readonly string[] FollowUpButtons = ["Another question", "Check my soreness", "Book an assessment"];

    private readonly BackCareApplication _app = new();
    private ChatClient _chat = null!;

    public Task InitializeAsync()
    {
        _chat = new ChatClient(_app.CreateClient());
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Theory]
    [InlineData("hi")]
    [InlineData("hello there")]
    public async Task HiRightAfterTheWelcomeGreetsBackAndShowsTheMenu(string greeting)
    {
        await _chat.JoinAsync();

        await _chat.SayAsync(greeting);

        Assert.Contains("Hello!", _chat.LastMessages[0].Text);
        Assert.DoesNotContain("didn't quite follow", _chat.LastText);
        Assert.Equal(MenuButtons, _chat.LastButtons);
    }

    [Theory]
    [InlineData("thank you!", "You're welcome")]
    [InlineData("no thanks, that's all", "Take care")]
    [InlineData("nah not really", "No problem")]
    [InlineData("no", "No problem")]
    [InlineData("bye", "Take care")]
    public async Task ThanksOrNoAtAnythingElseClosesWarmlyWithTheMenu(string reply, string expected)
    {
        await _chat.JoinAsync();
        await _chat.SayAsync("Sciatica");
        Assert.Equal("Is there anything else I can help with?", _chat.LastMessages[^1].Text);

        await _chat.SayAsync(reply);

        Assert.Contains(expected, _chat.LastMessages[0].Text);
        Assert.DoesNotContain("Please choose one of the options", _chat.LastText);
        Assert.Equal(MenuButtons, _chat.LastButtons);
    }

    [Theory]
    [InlineData("yeah go on")]
    [InlineData("yes please")]
    public async Task YesAtAnythingElseShowsTheMenu(string reply)
    {
        await _chat.JoinAsync();
        await _chat.SayAsync("Sciatica");

        await _chat.SayAsync(reply);

        Assert.Equal("What else can I help you with?", _chat.LastMessages[^1].Text);
        Assert.Equal(MenuButtons, _chat.LastButtons);
    }

    [Theory]
    [InlineData("stop", new string[0])]
    [InlineData("stop", new[] { "How often to massage" })]
    [InlineData("cancel", new[] { "Sciatica" })]
    public async Task StopShowsTheMenuWithButtons(string command, string[] before)
    {
        await _chat.JoinAsync();
        foreach (var message in before)
        {
            await _chat.SayAsync(message);
        }

        await _chat.SayAsync(command);

        Assert.Equal("OK, I've stopped that.", _chat.LastMessages[0].Text);
        Assert.Equal(MenuButtons, _chat.LastButtons);
    }

    [Fact]
    public async Task TheThirdUnrecognisedMessageAtAnythingElseStillGetsAReplyWithTheOptions()
    {
        await _chat.JoinAsync();
        await _chat.SayAsync("Sciatica");

        await _chat.SayAsync("asdfgh");
        Assert.Equal(FollowUpButtons, _chat.LastButtons);
        await _chat.SayAsync("qwerty");
        Assert.Equal(FollowUpButtons, _chat.LastButtons);
        await _chat.SayAsync("zxcvb");

        Assert.NotEmpty(_chat.LastMessages);
        Assert.Contains("020 0000 0000", _chat.LastText);
        Assert.Equal(FollowUpButtons, _chat.LastButtons);

        await _chat.SayAsync("Another question");
        Assert.Equal(MenuButtons, _chat.LastButtons);
    }

    [Fact]
    public async Task AnUnsureMessageAsksDidYouMeanWithTheBestTopicsAsButtons()
    {
        await _chat.JoinAsync();

        await _chat.SayAsync("massage");

        Assert.Contains("Did you mean", _chat.LastText);
        Assert.Equal(["Pregnancy", "Can massage cure back pain?", "Something else"], _chat.LastButtons);

        await _chat.SayAsync("Can massage cure back pain?");
        Assert.Contains("isn't a cure on its own", _chat.LastText);
    }

    [Fact]
    public async Task SomethingElseAfterDidYouMeanShowsTheWholeMenu()
    {
        await _chat.JoinAsync();
        await _chat.SayAsync("Sciatica");

        await _chat.SayAsync("massage");
        Assert.Contains("Did you mean", _chat.LastText);

        await _chat.SayAsync("Something else");
        Assert.Equal(MenuButtons, _chat.LastButtons);
    }

    [Fact]
    public async Task AMessageNotUnderstoodApologisesWithTheMenu()
    {
        await _chat.SayAsync("what colour are the towels");

        Assert.Contains("not sure I understood", _chat.LastText);
        Assert.Equal(MenuButtons, _chat.LastButtons);
    }

    [Theory]
    [InlineData("Jag känner ingenting mellan benen sedan i morse, vad ska jag göra?")]
    [InlineData("Não consigo sentir nada entre as pernas desde ontem, o que faço?")]
    public async Task AMessageInAnotherLanguageStillGetsAVisibleReplyThatSaysToCall999(string message)
    {
        await _chat.SayAsync(message);

        // docs/clinical-safety.md H31: the concepts and the intent model are English; the reply is in English and
        // says what to do in an emergency.
        Assert.NotEmpty(_chat.LastText);
        Assert.Contains("In an emergency, call 999", _chat.LastText);
    }

    [Theory]
    [InlineData("the second one", "agree how often with you after an assessment")]
    [InlineData("the injury one", "agree how often with you after an assessment")]
    public async Task NaturalRepliesAnswerAClarifyingQuestion(string reply, string expected)
    {
        await _chat.JoinAsync();
        await _chat.SayAsync("How often to massage");

        await _chat.SayAsync(reply);

        Assert.Contains(expected, _chat.LastText);
    }

    [Theory]
    [InlineData("pregnancy one", "trained in pregnancy massage")]
    [InlineData("the second one", "4 to 6 weeks")]
    public async Task NaturalRepliesPickFromTheMenu(string reply, string expected)
    {
        await _chat.JoinAsync();

        await _chat.SayAsync(reply);

        Assert.Contains(expected, _chat.LastText);
    }

    [Theory]
    [InlineData("ok", "Great")]
    [InlineData("cool", "Great")]
    [InlineData("👍", "Great")]
    [InlineData("hi", "Hello!")]
    [InlineData("what can you help with", "Here's how I can help")]
    public async Task SmallTalkAtAClarifyingQuestionIsAnsweredAndTheQuestionAskedAgain(string aside, string expected)
    {
        await _chat.JoinAsync();
        await _chat.SayAsync("How often to massage");

        await _chat.SayAsync(aside);

        Assert.Contains(expected, _chat.LastMessages[0].Text);
        Assert.Contains("relaxation and general stiffness", _chat.LastMessages[^1].Text);
        Assert.Equal(["Relaxation or stiffness", "Ongoing pain or injury"], _chat.LastButtons);

        await _chat.SayAsync("relaxation");
        Assert.Contains("every week or two", _chat.LastText);
    }

    [Fact]
    public async Task AreYouARealPersonSaysItIsAnAssistantAndHowToReachThePeople()
    {
        await _chat.JoinAsync();
        await _chat.SayAsync("How often to massage");

        await _chat.SayAsync("are you a real person?");

        Assert.Contains("automated assistant, not a person", _chat.LastMessages[0].Text);
        Assert.Contains("020 0000 0000", _chat.LastMessages[0].Text);
        Assert.Contains("reception", _chat.LastMessages[0].Text);
        Assert.Contains("relaxation and general stiffness", _chat.LastMessages[^1].Text);
    }

    [Fact]
    public async Task AnotherQuestionAtAClarifyingQuestionIsAnswered()
    {
        await _chat.JoinAsync();
        await _chat.SayAsync("How often to massage");

        await _chat.SayAsync("can I have a massage when I'm pregnant?");

        Assert.Contains("trained in pregnancy massage", _chat.LastText);
        Assert.Equal("Is there anything else I can help with?", _chat.LastMessages[^1].Text);
    }

    [Fact]
    public async Task BookingAtAClarifyingQuestionSwitchesToBooking()
    {
        await _chat.JoinAsync();
        await _chat.SayAsync("How often to massage");

        await _chat.SayAsync("can I book in for thursday?");

        Assert.Contains("Happy to help you book with One Body LDN. What would you like to do?", _chat.LastText);
    }

    [Theory]
    [InlineData("delete my data")]
    [InlineData("forget me")]
    public async Task DeleteMyDataErasesWhatWasKeptSaysWhatAndShowsTheMenu(string request)
    {
        await _chat.JoinAsync();
        await _chat.SayAsync("How often to massage");

        await _chat.SayAsync(request);

        Assert.Contains("erased", _chat.LastMessages[0].Text);
        Assert.Contains("audit record", _chat.LastMessages[0].Text);
        Assert.Equal(MenuButtons, _chat.LastButtons);

        // The pending question went with the conversation state.
        await _chat.SayAsync("relaxation");
        Assert.DoesNotContain("every week or two", _chat.LastText);
    }

    [Fact]
    public async Task ARedFlagBesideDeleteMyDataGetsTheAdviceAndNothingIsErasedFirst()
    {
        await _chat.JoinAsync();
        await _chat.SayAsync("How often to massage");

        await _chat.SayAsync("delete my data please, also I can't feel anything when I wipe and I've wet myself");

        Assert.Contains("999", _chat.LastText);
        Assert.DoesNotContain("erased", _chat.LastText);
    }
}
