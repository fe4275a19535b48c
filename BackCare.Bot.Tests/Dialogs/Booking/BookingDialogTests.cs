using BackCare.Bot.Booking;
using BackCare.Bot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using static BackCare.Bot.Tests.Dialogs.Booking.BookingConversation;

namespace BackCare.Bot.Tests.Dialogs.Booking;

/// <summary>
/// The booking conversation, played turn by turn through /api/messages: booking online, the massage screen,
/// cancelling or moving an appointment, a call-back from a soreness check's assessment outcome, and safety first
/// (a red flag typed mid-booking, booking after urgent advice).
/// </summary>
public sealed class BookingDialogTests : IAsyncLifetime
{
    private const string EmergencyAdvice = "Please call 999 now or go to A&E.";
    private const string RedFlag = "the massage was fine but now I can't feel my bum when I wipe";

    private readonly RecordingCallbackRequests _requests = new();
    private readonly BackCareApplication _app;
    private ChatClient _chat = null!;

    public BookingDialogTests()
    {
        _app = new BackCareApplication(configureServices: services => services.AddSingleton<ICallbackRequests>(_requests));
    }

    public Task InitializeAsync()
    {
        _chat = new ChatClient(_app.CreateClient());
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Theory]
    [InlineData("Book an assessment")]
    [InlineData("I'd like to book an appointment")]
    [InlineData("can I book?")]
    [InlineData("I need an appointment")]
    public async Task AskingToBookOffersOnlineBookingACallBackOrManagingAnAppointment(string said)
    {
        await _chat.JoinAsync();

        await _chat.SayAsync(said);

        Assert.StartsWith(StartPrompt, _chat.LastMessages[^1].Text);
        Assert.Contains("020 0000 0000", _chat.LastText);
        Assert.Equal(StartButtons, _chat.LastButtons);
    }

    [Fact]
    public async Task AnFaqsFollowUpButtonOpensTheBookingChoices()
    {
        await PlayAsync(_chat, ["Sciatica"]);
        Assert.Contains("Book an assessment", _chat.LastButtons);

        await _chat.SayAsync("Book an assessment");

        Assert.StartsWith(StartPrompt, _chat.LastMessages[^1].Text);
        Assert.Equal(StartButtons, _chat.LastButtons);
    }

    [Fact]
    public async Task BookingAnAssessmentOnlineGivesTheClinicsLinkWithNoPersonalDataAndAButton()
    {
        await PlayAsync(_chat, ["Book an assessment"]);

        await _chat.SayAsync("Book an assessment online");

        Assert.Contains("You can book online at https://www.onebodyldn.com/book", _chat.LastText);
        var button = _chat.LastMessages.SelectMany(m => m.Attachments ?? []).Select(a => a.Content!["buttons"]![0]!).Single();
        Assert.Equal("Book online", button["title"]!.GetValue<string>());
        Assert.Equal("openUrl", button["type"]!.GetValue<string>());
        Assert.Equal("https://www.onebodyldn.com/book", button["value"]!.GetValue<string>());
        Assert.Equal("Is there anything else I can help with?", _chat.LastMessages[^1].Text);
        Assert.Equal(["Another question", "Ask for a call-back"], _chat.LastButtons);

        await _chat.SayAsync("Another question");
        Assert.Equal(Menu, _chat.LastMessages[^1].Text);
    }

    [Fact]
    public async Task AMassageIsBookedOnlineOnlyAfterAClearContraindicationScreen()
    {
        await PlayAsync(_chat, ["I'd like to book a massage"]);

        await _chat.SayAsync("Book a massage online");
        Assert.StartsWith(ScreenPrompt, _chat.LastText);
        foreach (var sign in new[] { "blood clot (DVT)", "broken bone or surgery", "fever or an infection", "blood thinners", "bleeding disorder", "problems in pregnancy" })
        {
            Assert.Contains(sign, _chat.LastText);
        }

        Assert.Equal(["None of these", "Yes, one or more", "Not sure"], _chat.LastButtons);
        Assert.DoesNotContain("onebodyldn.com/book", _chat.LastText);

        await _chat.SayAsync("None of these");
        Assert.Contains("You can book your massage online at https://www.onebodyldn.com/book", _chat.LastText);
    }

    [Theory]
    [InlineData("Yes, one or more")]
    [InlineData("Not sure")]
    [InlineData("yes")]
    public async Task AnyYesOrNotSureToTheMassageScreenPointsToAnAssessmentOrTheGpInstead(string answer)
    {
        await PlayAsync(_chat, ["I'd like to book a massage", "Book a massage online"]);

        await _chat.SayAsync(answer);

        Assert.Contains(ScreenPositive, _chat.LastText);
        Assert.Contains("book a **physiotherapy assessment** instead", _chat.LastText);
        Assert.Contains("ask your GP for advice first", _chat.LastText);
        Assert.Contains("get an urgent GP appointment today or contact NHS 111", _chat.LastText);
        Assert.DoesNotContain("book your massage", _chat.LastText);
        Assert.DoesNotContain(_chat.LastMessages, m => m.Attachments?.Count > 0 && m.SuggestedActions is null);
        Assert.Equal(["Book an assessment online", "Ask for a call-back", "Another question"], _chat.LastButtons);

        // A call-back from here is about an assessment, and a massage is no longer offered as the reason.
        await _chat.SayAsync("Ask for a call-back");
        await _chat.SayAsync("Yes, that's OK");
        await _chat.SayAsync("Sam Taylor");
        await _chat.SayAsync("07911 123456");
        await _chat.SayAsync("Weekends");
        Assert.Contains("- About: Physiotherapy assessment", _chat.LastText);
        await _chat.SayAsync("Change something");
        await _chat.SayAsync("What it's about");
        Assert.DoesNotContain("Massage", _chat.LastButtons);
    }

    [Fact]
    public async Task AMassageCallBackIsScreenedFirstToo()
    {
        await PlayAsync(_chat, ToReason);

        await _chat.SayAsync("Massage");
        Assert.StartsWith(ScreenPrompt, _chat.LastText);

        await _chat.SayAsync("Yes, one or more");
        Assert.Contains(ScreenPositive, _chat.LastText);
        Assert.Contains("- About: Physiotherapy assessment", _chat.LastText);
    }

    [Theory]
    [InlineData("I need to cancel my appointment on Friday")]
    [InlineData("can I move my appointment to next week?")]
    [InlineData("I want to reschedule my massage")]
    [InlineData("I can't make my appointment tomorrow")]
    [InlineData("cancel my 3pm tmrw")]
    [InlineData("please cancel my 6pm on monday")]
    public async Task CancellingOrMovingAnAppointmentSaysHowAndOffersACallBackNeverStopsTheChat(string said)
    {
        await _chat.JoinAsync();

        await _chat.SayAsync(said);

        Assert.Contains(Manage, _chat.LastText);
        Assert.DoesNotContain("OK, I've stopped that", _chat.LastText);
        Assert.Equal(["Ask for a call-back", "Another question"], _chat.LastButtons);

        await _chat.SayAsync("Ask for a call-back");
        await _chat.SayAsync("Yes, that's OK");
        await _chat.SayAsync("Sam Taylor");
        await _chat.SayAsync("07911 123456");
        await _chat.SayAsync("Weekday mornings");
        Assert.Contains("- About: Change or cancel an appointment", _chat.LastText);
        await _chat.SayAsync("Send request");
        Assert.Equal("Change or cancel an appointment", Assert.Single(_requests.Submitted).Draft.Reason);
    }

    [Fact]
    public async Task CancelOrMoveFromTheBookingButtonsIsAppointmentManagement()
    {
        await PlayAsync(_chat, ["Book an assessment"]);

        await _chat.SayAsync("Cancel or move an appointment");

        Assert.Contains(Manage, _chat.LastText);
        Assert.DoesNotContain("OK, I've stopped that", _chat.LastText);
    }

    [Fact]
    public async Task SorenessStillThereAfterFourDaysLeadsToAnAssessmentAndAConfirmedCallBackWithTheSharedSummary()
    {
        var player = new SymptomCheckPlayer(_chat);
        await player.StartAsync("my back is still sore after 4 days");
        await player.AnswerAllAsync();
        Assert.Contains("assessed by a physiotherapist in the next few days", _chat.LastText);
        Assert.Contains("Book an assessment", _chat.LastButtons);

        await _chat.SayAsync("Book an assessment");
        Assert.StartsWith(StartPrompt, _chat.LastMessages[^1].Text);
        await _chat.SayAsync("Ask for a call-back");
        Assert.Contains(ConsentPrompt, _chat.LastText);
        await _chat.SayAsync("Yes, that's OK");
        await _chat.SayAsync("Sam Taylor");
        await _chat.SayAsync("07911 123456");
        await _chat.SayAsync("Thursday after 5");

        Assert.StartsWith("Shall I include the short summary from your soreness check with your request?", _chat.LastText);
        Assert.Contains("- Physiotherapy assessment suggested", _chat.LastText);
        Assert.DoesNotContain("still sore", _chat.LastText);
        Assert.Equal(["Include the summary", "Leave it out"], _chat.LastButtons);

        await _chat.SayAsync("Include the summary");
        Assert.Contains("- About: Physiotherapy assessment (soreness check summary: ", _chat.LastText);

        await _chat.SayAsync("Send request");
        Assert.Contains(Received, _chat.LastText);
        var draft = Assert.Single(_requests.Submitted).Draft;
        Assert.Equal("assess", draft.DispositionCode);
        Assert.StartsWith("Physiotherapy assessment (soreness check summary: ", draft.Reason);
        Assert.DoesNotContain("still sore", draft.Reason);
    }

    [Fact]
    public async Task LeavingTheSummaryOutSendsNeitherItNorTheDispositionCode()
    {
        var player = new SymptomCheckPlayer(_chat);
        await player.StartAsync("my back is still sore after 4 days");
        await player.AnswerAllAsync();
        foreach (var said in new[] { "Book an assessment", "Ask for a call-back", "Yes, that's OK", "Sam Taylor", "07911 123456", "Any time", "Leave it out" })
        {
            await _chat.SayAsync(said);
        }

        Assert.Contains("- About: Physiotherapy assessment\n", _chat.LastText);
        await _chat.SayAsync("Send request");
        var draft = Assert.Single(_requests.Submitted).Draft;
        Assert.Null(draft.DispositionCode);
        Assert.Equal("Physiotherapy assessment", draft.Reason);
    }

    public static TheoryData<string, string[]> BookingQuestions => new()
    {
        { "booking start", ["Book an assessment"] },
        { "massage screen", ["I'd like to book a massage", "Book a massage online"] },
        { "call-back consent", ["can someone call me back?"] },
        { "name", ToName },
        { "phone", ToPhone },
        { "email", [.. ToPhone, "Email me instead"] },
        { "times", ToTimes },
        { "reason", ToReason },
        { "summary", ToSummary },
    };

    [Theory]
    [MemberData(nameof(BookingQuestions))]
    public async Task ARedFlagTypedAtAnyBookingQuestionGetsEmergencyAdviceAtOnceAndNoBooking(string where, string[] setup)
    {
        await PlayAsync(_chat, setup);

        await _chat.SayAsync(RedFlag);

        Assert.True(_chat.LastMessages[0].Text!.StartsWith("🚨 **" + EmergencyAdvice, StringComparison.Ordinal), $"{where}: {_chat.LastText}");
        Assert.DoesNotContain("book", _chat.LastText, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("call-back", _chat.LastText);
        Assert.Empty(_chat.LastButtons);

        // The booking is over: what follows gets the advice again, never the booking's next question.
        await _chat.SayAsync("Send request");
        Assert.DoesNotContain("received your call-back request", _chat.LastText);
        Assert.DoesNotContain(SummaryIntro, _chat.LastText);
        Assert.Empty(_requests.Submitted);
    }

    [Fact]
    public async Task AfterUrgentAdviceNeitherABookingNorACallBackStartsStraightAway()
    {
        var player = new SymptomCheckPlayer(_chat);
        await player.StartAsync();
        await player.AnswerAllAsync(new Dictionary<string, string> { ["fever"] = "Yes" });
        Assert.Contains("urgent GP appointment today or contact NHS 111", _chat.LastText);
        Assert.Equal(["Another question", "Book after I've been checked"], _chat.LastButtons);

        foreach (var said in new[] { "Book after I've been checked", "can someone call me back?", "I'd like to book a massage" })
        {
            await _chat.SayAsync(said);

            Assert.Contains("NHS 111", _chat.LastText);
            Assert.DoesNotContain(StartPrompt, _chat.LastText);
            Assert.DoesNotContain(ConsentPrompt, _chat.LastText);
            Assert.DoesNotContain("onebodyldn.com/book", _chat.LastText);
        }

        // Even once the advice is released ("menu"), booking says to get checked first.
        await _chat.SayAsync("menu");
        await _chat.SayAsync("can someone call me back?");
        Assert.DoesNotContain(ConsentPrompt, _chat.LastText);
        Assert.DoesNotContain(StartPrompt, _chat.LastText);
        Assert.Empty(_requests.Submitted);
    }
}
