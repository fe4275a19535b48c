using BackCare.Bot.Booking;
using BackCare.Bot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using static BackCare.Bot.Tests.Dialogs.Booking.BookingConversation;

namespace BackCare.Bot.Tests.Dialogs.Booking;

/// <summary>
/// Call-back requests, played turn by turn through /api/messages: consent, each field with its specific re-ask,
/// the summary (send, change one detail, don't send), and what the person is told when the request is and is not
/// received.
/// </summary>
public sealed class CallbackDialogTests : IAsyncLifetime
{
    private readonly RecordingCallbackRequests _requests = new();
    private readonly BackCareApplication _app;
    private ChatClient _chat = null!;

    public CallbackDialogTests()
    {
        _app = new BackCareApplication(configureServices: services => services.AddSingleton<ICallbackRequests>(_requests));
    }

    public Task InitializeAsync()
    {
        _chat = new ChatClient(_app.CreateClient());
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task ACallBackAskedForInFreeTextTakesConsentThenEachDetailAndIsReceivedWithItsReference()
    {
        await _chat.JoinAsync();

        await _chat.SayAsync("can someone call me back?");
        Assert.Contains(ConsentPrompt, _chat.LastText);
        Assert.Contains("deletes them after 30 days", _chat.LastText);
        Assert.Contains("Privacy notice: https://www.onebodyldn.com/privacy", _chat.LastText);
        Assert.Equal(ConsentButtons, _chat.LastButtons);

        await _chat.SayAsync("Yes, that's OK");
        Assert.Equal(NamePrompt, _chat.LastText);

        await _chat.SayAsync("Sam Taylor");
        Assert.StartsWith(PhonePrompt, _chat.LastText);
        Assert.Equal(["Email me instead"], _chat.LastButtons);

        await _chat.SayAsync("07911 123456");
        Assert.StartsWith(TimesPrompt, _chat.LastText);
        Assert.Equal(TimesButtons, _chat.LastButtons);

        await _chat.SayAsync("Thursday after 5");
        Assert.Equal(ReasonPrompt, _chat.LastText);
        Assert.Equal(["Physiotherapy assessment", "Massage", "Change or cancel an appointment", "A question for the team"], _chat.LastButtons);

        await _chat.SayAsync("A question for the team");
        Assert.Contains(SummaryIntro, _chat.LastText);
        Assert.Contains("- Name: Sam Taylor", _chat.LastText);
        Assert.Contains("- Contact: 07911 123456", _chat.LastText);
        Assert.Contains("- When: Thursday after 5", _chat.LastText);
        Assert.Contains("- About: A question for the team", _chat.LastText);
        Assert.Equal(SummaryButtons, _chat.LastButtons);
        Assert.Empty(_requests.Submitted);

        await _chat.SayAsync("Send request");
        Assert.Contains(Received, _chat.LastText);
        Assert.Contains("call 999", _chat.LastText);
        Assert.Equal(Menu, _chat.LastMessages[^1].Text);

        var (draft, channelId, userId) = Assert.Single(_requests.Submitted);
        Assert.Equal(new CallbackRequestDraft("Sam Taylor", "+447911123456", null, "Thursday after 5", "A question for the team", null), draft);
        Assert.Equal("emulator", channelId);
        Assert.Equal(_chat.UserId, userId);
    }

    [Theory]
    [InlineData("", "I didn't catch a name there. Please type your name, for example \"Sam Taylor\".")]
    [InlineData("   ", "I didn't catch a name there. Please type your name, for example \"Sam Taylor\".")]
    [InlineData("👍🙂", "I didn't catch a name there. Please type your name, for example \"Sam Taylor\".")]
    [InlineData("LONG", "That's longer than I can take as a name. Please type just the name the team should ask for (up to 60 characters).")]
    [InlineData("<script>alert('x')</script>", "That doesn't look like a name. Please use letters only (spaces, hyphens and apostrophes are fine), for example \"Sam O'Neill\".")]
    [InlineData("Robert'); DROP TABLE requests;--", "That doesn't look like a name. Please use letters only (spaces, hyphens and apostrophes are fine), for example \"Sam O'Neill\".")]
    [InlineData("07700900123", "That doesn't look like a name. Please use letters only (spaces, hyphens and apostrophes are fine), for example \"Sam O'Neill\".")]
    public async Task AnInvalidNameIsAskedForAgainWithItsReasonAndTheFormCarriesOn(string said, string reask)
    {
        await PlayAsync(_chat, ToName);

        await _chat.SayAsync(said == "LONG" ? string.Concat(Enumerable.Repeat("Sam ", 1250)) : said);

        Assert.Equal(reask, _chat.LastText);
        Assert.Single(_chat.LastMessages);
        Assert.DoesNotContain("<script>", _chat.LastText);

        await _chat.SayAsync("Siobhán O'Neill-Smith");
        Assert.StartsWith(PhonePrompt, _chat.LastText);
    }

    [Theory]
    [InlineData("", "I didn't catch a number there.")]
    [InlineData("😀", "I didn't catch a number there.")]
    [InlineData("12345", "That doesn't look like a UK phone number.")]
    [InlineData("07700 90012", "That doesn't look like a UK phone number.")]
    [InlineData("+1 212 555 0100", "That doesn't look like a UK phone number.")]
    [InlineData("09098 790000", "That doesn't look like a UK phone number.")]
    [InlineData("<b>07911 123456</b>", "That doesn't look like a UK phone number.")]
    [InlineData("LONG", "That doesn't look like a UK phone number.")]
    public async Task AnInvalidPhoneNumberIsAskedForAgainWithItsReasonAndTheEmailOption(string said, string reask)
    {
        await PlayAsync(_chat, ToPhone);

        await _chat.SayAsync(said == "LONG" ? new string('7', 5000) : said);

        Assert.StartsWith(reask, _chat.LastText);
        Assert.Contains("for example 07700 900123", _chat.LastText);
        Assert.Equal(["Email me instead"], _chat.LastButtons);
        Assert.DoesNotContain("<b>", _chat.LastText);
    }

    [Theory]
    [InlineData("07911 123456", "+447911123456")]
    [InlineData("+44 7911 123456", "+447911123456")]
    [InlineData("0044 7911 123 456", "+447911123456")]
    [InlineData("(020) 7946 0000", "+442079460000")]
    [InlineData("+44 (0)20 7946 0000", "+442079460000")]
    [InlineData("0161-496-0000", "+441614960000")]
    public async Task AUkMobileOrLandlineIsAcceptedAsTypedAndSentInE164(string said, string e164)
    {
        await PlayAsync(_chat, [.. ToPhone, said, "Weekday evenings", "Massage", "None of these"]);
        Assert.Contains(SummaryIntro, _chat.LastText);
        Assert.Contains("- When: Weekday evenings", _chat.LastText);
        Assert.Contains("- About: Massage", _chat.LastText);

        await _chat.SayAsync("Send request");

        Assert.Equal(e164, Assert.Single(_requests.Submitted).Draft.PhoneE164);
    }

    [Theory]
    [InlineData("", "I didn't catch an email address there. Please type one, for example sam@example.com.")]
    [InlineData("sam@", "That doesn't look like an email address. Please check it and type it again, for example sam@example.com.")]
    [InlineData("sam at example dot com", "That doesn't look like an email address. Please check it and type it again, for example sam@example.com.")]
    [InlineData("sam@example", "That doesn't look like an email address. Please check it and type it again, for example sam@example.com.")]
    [InlineData("<script>@example.com", "That doesn't look like an email address. Please check it and type it again, for example sam@example.com.")]
    [InlineData("Sam <sam@example.com>", "That doesn't look like an email address. Please check it and type it again, for example sam@example.com.")]
    public async Task EmailInsteadOfAPhoneIsValidatedWithItsOwnReask(string said, string reask)
    {
        await PlayAsync(_chat, [.. ToPhone, "Email me instead"]);
        Assert.Equal(EmailPrompt, _chat.LastText);
        Assert.Equal(["Call me instead"], _chat.LastButtons);

        await _chat.SayAsync(said);
        Assert.Equal(reask, _chat.LastText);

        await _chat.SayAsync("sam.taylor+back@example.co.uk");
        Assert.StartsWith(TimesPrompt, _chat.LastText);
        await _chat.SayAsync("Any time");
        await _chat.SayAsync("Physiotherapy assessment");
        Assert.Contains(@"- Contact: sam.taylor+back@example.co.uk", _chat.LastText);

        await _chat.SayAsync("Send request");
        var draft = Assert.Single(_requests.Submitted).Draft;
        Assert.Null(draft.PhoneE164);
        Assert.Equal("sam.taylor+back@example.co.uk", draft.Email);
        Assert.Equal("Any time", draft.PreferredTimes);
    }

    [Theory]
    [InlineData("", "I didn't catch a time there.")]
    [InlineData("🙂", "I didn't catch a time there.")]
    [InlineData("banana", "Sorry, I couldn't read that as a day or time.")]
    [InlineData("<b>Thursday</b>", "Sorry, I couldn't read that as a day or time.")]
    [InlineData("LONG", "Sorry, I couldn't read that as a day or time.")]
    public async Task AnUnreadableTimeIsAskedForAgainWithTheQuickChoices(string said, string reask)
    {
        await PlayAsync(_chat, ToTimes);

        await _chat.SayAsync(said == "LONG" ? string.Concat(Enumerable.Repeat("Thursday ", 560)) : said);

        Assert.StartsWith(reask, _chat.LastText);
        Assert.Equal(TimesButtons, _chat.LastButtons);
        Assert.DoesNotContain("<b>", _chat.LastText);
    }

    [Fact]
    public async Task ChangingOneDetailAsksOnlyForItThenShowsTheSummaryAgain()
    {
        await PlayAsync(_chat, ToSummary);

        await _chat.SayAsync("Change something");
        Assert.Equal("What would you like to change?", _chat.LastText);
        Assert.Equal(["Name", "Phone or email", "When to contact me", "What it's about"], _chat.LastButtons);

        await _chat.SayAsync("Phone or email");
        Assert.StartsWith(PhonePrompt, _chat.LastText);

        await _chat.SayAsync("020 7946 0000");
        Assert.Contains(SummaryIntro, _chat.LastText);
        Assert.Contains("- Name: Sam Taylor", _chat.LastText);
        Assert.Contains("- Contact: 020 7946 0000", _chat.LastText);
        Assert.DoesNotContain("07911", _chat.LastText);

        await _chat.SayAsync("Send request");
        Assert.Equal("+442079460000", Assert.Single(_requests.Submitted).Draft.PhoneE164);
    }

    [Fact]
    public async Task DontSendItSendsNothingAndSaysSo()
    {
        await PlayAsync(_chat, ToSummary);

        await _chat.SayAsync("Don't send it");

        Assert.Contains("OK, I haven't sent anything and I've cleared those details.", _chat.LastText);
        Assert.Contains("020 0000 0000", _chat.LastText);
        Assert.Equal(Menu, _chat.LastMessages[^1].Text);
        Assert.Empty(_requests.Submitted);
    }

    [Fact]
    public async Task DecliningConsentSavesNothingAndGivesTheOtherWays()
    {
        await PlayAsync(_chat, ["can someone call me back?"]);

        await _chat.SayAsync("No thanks");

        Assert.Contains("No problem, nothing has been saved or sent.", _chat.LastText);
        Assert.Contains("https://www.onebodyldn.com/book", _chat.LastText);
        Assert.Empty(_requests.Submitted);
    }

    [Fact]
    public async Task DeleteMyDataAtTheSummaryErasesTheUnsentRequestAndSendsNothing()
    {
        await PlayAsync(_chat, ToSummary);

        await _chat.SayAsync("delete my data");
        Assert.Contains("I've erased what I kept about you", _chat.LastText);
        Assert.Equal(MenuButtons.All, _chat.LastButtons);

        await _chat.SayAsync("Send request");
        Assert.DoesNotContain("received your call-back request", _chat.LastText);
        Assert.DoesNotContain("Sam Taylor", _chat.LastText);
        Assert.Empty(_requests.Submitted);
    }

    [Fact]
    public async Task WhenTheRequestCannotBeStoredThePersonIsToldItWasNotReceivedAndGivenThePhoneNumber()
    {
        _requests.FailWith = new InvalidOperationException("database is locked");
        await PlayAsync(_chat, ToSummary);

        await _chat.SayAsync("Send request");

        Assert.Contains("your call-back request was **not** received", _chat.LastText);
        Assert.Contains("call One Body LDN on 020 0000 0000", _chat.LastText);
        Assert.DoesNotContain("has received", _chat.LastText);
        Assert.DoesNotContain("reference", _chat.LastText, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("database", _chat.LastText);
        Assert.Empty(_requests.Submitted);
    }

    [Fact]
    public async Task ThreeUnusableAnswersStopTheFormAndGiveThePhoneNumberAndLink()
    {
        await PlayAsync(_chat, ToPhone);

        await _chat.SayAsync("12");
        await _chat.SayAsync("34");
        await _chat.SayAsync("56");

        Assert.Contains(GaveUp, _chat.LastText);
        Assert.Contains("020 0000 0000", _chat.LastText);
        Assert.Contains("https://www.onebodyldn.com/book", _chat.LastText);
        Assert.Equal(Menu, _chat.LastMessages[^1].Text);
    }

    [Theory]
    [InlineData("help", "Here's how I can help")]
    [InlineData("hello", "Hello! How can I help with your back today?")]
    public async Task HelpOrSmallTalkAtANameIsAnsweredAndTheNameAskedAgain(string said, string expected)
    {
        await PlayAsync(_chat, ToName);

        await _chat.SayAsync(said);

        Assert.Contains(expected, _chat.LastText);
        Assert.Equal(NamePrompt, _chat.LastMessages[^1].Text);
    }

    [Fact]
    public async Task HelpAtThePhoneQuestionIsAnsweredAndThePhoneAskedAgain()
    {
        await PlayAsync(_chat, ToPhone);

        await _chat.SayAsync("help");

        Assert.Contains("Here's how I can help", _chat.LastText);
        Assert.StartsWith(PhonePrompt, _chat.LastMessages[^1].Text);
    }

    [Theory]
    [InlineData("what do you mean?")]
    [InlineData("I don't understand")]
    public async Task NotUnderstandingThePhoneQuestionGetsHelpAndTheSameQuestionAgainNotAnInvalidNumber(string said)
    {
        await PlayAsync(_chat, ToPhone);

        await _chat.SayAsync(said);

        Assert.DoesNotContain("That doesn't look like a UK phone number", _chat.LastText);
        Assert.StartsWith(PhonePrompt, _chat.LastMessages[^1].Text);
        Assert.Equal(["Email me instead"], _chat.LastButtons);
    }

    [Theory]
    [InlineData("any time thanks", "any time thanks")]
    [InlineData("Weekday evenings", "Weekday evenings")]
    public async Task ATimeWithThanksInItIsTheAnswerNotAGoodbye(string said, string shown)
    {
        await PlayAsync(_chat, ToTimes);

        await _chat.SayAsync(said);

        Assert.Equal(ReasonPrompt, _chat.LastText);
        await _chat.SayAsync("A question for the team");
        Assert.Contains($"- When: {shown}", _chat.LastText);
    }

    [Theory]
    [InlineData("stop", "OK, I've stopped that.")]
    [InlineData("start over", "No problem, let's start again.")]
    public async Task StopOrStartOverAtAnyQuestionEndsTheRequestWithNothingSent(string said, string expected)
    {
        foreach (var setup in new[] { ToName, ToPhone, ToTimes, ToReason, ToSummary })
        {
            _chat = new ChatClient(_app.CreateClient());
            await PlayAsync(_chat, setup);

            await _chat.SayAsync(said);

            Assert.Contains(expected, _chat.LastText);
            Assert.Equal(MenuButtons.All, _chat.LastButtons);
        }

        Assert.Empty(_requests.Submitted);
    }

    [Fact]
    public async Task AClearQuestionOnAnotherTopicAtTheNameQuestionIsAnswered()
    {
        await PlayAsync(_chat, ToName);

        await _chat.SayAsync("how often should I have a massage for my back?");

        Assert.Contains("Is this mainly for relaxation and general stiffness", _chat.LastText);
        Assert.DoesNotContain("name", _chat.LastText);
    }

    [Fact]
    public async Task WithTheRealStoreARequestIsCommittedAndTheReferenceShown()
    {
        // No test double: the bot's own call-back store (Booking/) behind ICallbackRequests.
        await using var app = new BackCareApplication();
        var chat = new ChatClient(app.CreateClient());
        await PlayAsync(chat, ToSummary);

        await chat.SayAsync("Send request");

        Assert.Contains("has received your", chat.LastText);
        Assert.Matches(@"CB-[A-Z0-9]{5}", chat.LastText);
    }
}
