using BackCare.Bot.Dialogs.Triage;
using BackCare.Bot.Tests.Support;
using BackCare.Bot.Triage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BackCare.Bot.Tests.Dialogs;

/// <summary>
/// After emergency or urgent advice the advice holds, played as whole conversations through
/// /api/messages: whatever pushes back gets the advice again, kindly and with its reason, never a
/// not-understood fallback and never a booking; help, stop, start over, a parting and a clear FAQ
/// question still work.
/// </summary>
public sealed class AdviceHoldTests : IAsyncLifetime
{
    private const string EmergencyRedFlag = "the massage was fine but now I can't feel my bum when I wipe";
    private const string UrgentRedFlag = "I've got a high temperature and my back is killing me";
    private const string EmergencyAdvice = "**Please call 999 now or go to A&E.**";
    private const string UrgentAdvice = "**Please get an urgent GP appointment today or contact NHS 111";
    private const string BookingUrl = "onebodyldn.com";

    private readonly RecordingAuditLog _audit = new();
    private readonly BackCareApplication _app;
    private ChatClient _chat = null!;

    public AdviceHoldTests()
    {
        _app = new BackCareApplication(configureServices: services =>
        {
            services.RemoveAll<ISymptomCheckAuditLog>();
            services.AddSingleton<ISymptomCheckAuditLog>(_audit);
        });
    }

    /// <summary>What people say after being told to get help now: every kind of push back, and things that are no answer at all.</summary>
    public static TheoryData<string> PushBacks => new()
    {
        "can it wait until tomorrow?",
        "should I drive myself?",
        "can I book instead?",
        "I'll just wait for my physio next week",
        "it's not that bad",
        "ok",
        "hmm",
        "asdfgh",
        "is it really that serious?",
        "I'd rather not",
        "ok but can I just have the massage?",
        "can it wait until the weekend?",
        "Book an assessment",
        "how often should I have a massage?",
        "can I do some self-massage instead?",
        "my back is really sore after the massage, is that normal?",
        "hi",

        // Push backs the second opinion suspects of an emergency: its question must not take the advice's place.
        "GP is very hard. They say call 8 o'clock and then all appointment gone. I wait. Massage on friday still ok?",
        "I can't get to the GP today, Mum can't be left on her own and her carer doesn't come till Thursday. Is Thursday ok?",

        // A push back the intent model reads, unsurely, as an answered topic (self-massage at 0.56) is not a clear question.
        "I'm on my own with the kids till my partner's back at 5. can't exactly bring a 2 year old and a baby to A&E. I'll go once he's home",
    };

    public async Task InitializeAsync()
    {
        _chat = new ChatClient(_app.CreateClient());
        await _chat.JoinAsync();
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task AfterEmergencyAdviceEveryPushBackGetsTheAdviceAgainWithItsReason()
    {
        await _chat.SayAsync(EmergencyRedFlag);
        Assert.StartsWith("🚨 " + EmergencyAdvice, _chat.LastMessages[0].Text);

        foreach (var pushBack in PushBacks)
        {
            await _chat.SayAsync(pushBack);

            var reply = Assert.Single(_chat.LastMessages).Text!;
            Assert.True(reply.StartsWith("I understand this is worrying", StringComparison.Ordinal), $"{pushBack}: {reply}");
            Assert.Contains("because you told me about numbness or tingling around your genitals, bottom or inner thighs", reply);
            Assert.Contains(EmergencyAdvice, reply);
            Assert.Contains("Please don't drive yourself: ask someone to take you, or if nobody can, call 999.", reply);
            AssertNeverFallbackNorBooking(pushBack);
            Assert.Equal("advice", _chat.LastActivities.Single(a => a.Name == AdviceHold.TraceName).Value!["reply"]!.GetValue<string>());
        }

        // One event, one audit record: repeating the advice records nothing new.
        Assert.Single(_audit.Records);
    }

    [Theory]
    [MemberData(nameof(PushBacks))]
    public async Task AfterUrgentAdviceEveryPushBackGetsTheAdviceAgainWithItsReason(string pushBack)
    {
        await _chat.SayAsync(UrgentRedFlag);

        await _chat.SayAsync(pushBack);

        var reply = Assert.Single(_chat.LastMessages).Text!;
        Assert.StartsWith("I understand it's inconvenient, but because you told me about a high temperature or infection", reply);
        Assert.Contains(UrgentAdvice, reply);
        Assert.Contains("Please don't have a massage until you've been checked.", reply);
        AssertNeverFallbackNorBooking(pushBack);
    }

    [Fact]
    public async Task AfterUrgentAdviceABookingRequestGetsTheHoldReplyNotTheBooking()
    {
        await _chat.SayAsync(UrgentRedFlag);
        Assert.Contains("Book after I've been checked", _chat.LastButtons);

        foreach (var request in new[] { "Book after I've been checked", "can I book an appointment for tomorrow?", "I'd like to book a massage" })
        {
            await _chat.SayAsync(request);

            Assert.StartsWith("I understand it's inconvenient", _chat.LastText);
            Assert.Contains(UrgentAdvice, _chat.LastText);
            AssertNeverFallbackNorBooking(request);
        }
    }

    [Fact]
    public async Task APregnantUserWithWarningSignsAskingAboutHerMassageAppointmentIsToldNotToHaveIt()
    {
        await _chat.SayAsync("I'm 30 weeks pregnant and I've got a fever");
        Assert.Contains("As you're pregnant, please contact your midwife or maternity unit straight away", _chat.LastMessages[0].Text);

        await _chat.SayAsync("can I still have my massage appointment on Friday?");

        var reply = Assert.Single(_chat.LastMessages).Text!;
        Assert.Contains("please don't have your massage until you've been checked", reply);
        Assert.Contains("**As you're pregnant, please contact your midwife or maternity unit straight away.**", reply);
        Assert.Contains("a high temperature or infection and worrying symptoms in pregnancy", reply);
        AssertNeverFallbackNorBooking("appointment");
    }

    [Fact]
    public async Task ThanksGetsAShortReminderAndAClearFaqQuestionIsStillAnsweredWithoutBooking()
    {
        await _chat.SayAsync(EmergencyRedFlag);

        await _chat.SayAsync("thanks");
        Assert.Equal("Take care, and please don't wait: **call 999 now or go to A&E.**", Assert.Single(_chat.LastMessages).Text);

        await _chat.SayAsync("ok bye");
        Assert.Equal("Take care, and please don't wait: **call 999 now or go to A&E.**", Assert.Single(_chat.LastMessages).Text);

        await _chat.SayAsync("what about sciatica?");
        Assert.Contains("4 to 6 weeks", _chat.LastText);
        Assert.Equal(["Another question"], _chat.LastButtons);

        await _chat.SayAsync("Another question");
        Assert.Equal(["How often to massage", "Sciatica", "Can massage cure back pain?", "Self-massage risks", "Finding a therapist"], _chat.LastButtons);

        await _chat.SayAsync("can it wait until tomorrow?");
        Assert.Contains(EmergencyAdvice, _chat.LastText);
        AssertNeverFallbackNorBooking("after an FAQ");
    }

    [Fact]
    public async Task HelpStillWorksAndStopOrStartOverEndsTheHoldWithoutEverOfferingBookingAfterAnEmergency()
    {
        await _chat.SayAsync(EmergencyRedFlag);

        await _chat.SayAsync("help");
        Assert.StartsWith("Here's how I can help", _chat.LastText);
        Assert.DoesNotContain("Book an assessment", _chat.LastButtons);

        await _chat.SayAsync("start over");
        Assert.Contains("let's start again", _chat.LastText);
        Assert.DoesNotContain("Book an assessment", _chat.LastButtons);
        Assert.Equal("released", _chat.LastActivities.Single(a => a.Name == AdviceHold.TraceName).Value!["reply"]!.GetValue<string>());

        await _chat.SayAsync("Sciatica");
        Assert.Contains("Check my soreness", _chat.LastButtons);
        Assert.DoesNotContain("Book an assessment", _chat.LastButtons);

        // Released, but an emergency was advised in this conversation: booking still says "get checked first".
        await _chat.SayAsync("can I book a massage?");
        Assert.Contains("please get those checked first", _chat.LastText);
        Assert.DoesNotContain(BookingUrl, _chat.LastText);
    }

    [Theory]
    [InlineData("my calf is a bit swollen and red but I did a long walk on Sunday, can I still come for my massage tomorrow?", "a leg that is swollen, warm, red or throbbing")]
    [InlineData("sneezing hurts my back, welcome to being 45. Can I book for Saturday please", "pain made worse by coughing, sneezing or going for a poo")]
    public async Task APushBackThatTellsOfAnotherUrgentSignGetsTheAdviceAgainAndNoBooking(string pushBack, string newReason)
    {
        // The new sign is acted on at once (its reason is new), but the person has been told to get checked and is pushing
        // back: no "Book after I've been checked", in a button or in words.
        await _chat.SayAsync(UrgentRedFlag);
        Assert.Contains("Book after I've been checked", _chat.LastButtons);

        await _chat.SayAsync(pushBack);

        Assert.Contains(UrgentAdvice, _chat.LastText);
        Assert.Contains(newReason, _chat.LastText);
        Assert.DoesNotContain(_chat.LastButtons, b => b.Contains("Book", StringComparison.Ordinal));
        Assert.DoesNotContain("welcome to book", _chat.LastText);
        Assert.False(_chat.LastText.Contains("not sure I understood", StringComparison.Ordinal), _chat.LastText);

        await _chat.SayAsync("ok but can I just have the massage?");
        Assert.StartsWith("I understand it's inconvenient", _chat.LastText);
        AssertNeverFallbackNorBooking("ok but can I just have the massage?");
    }

    [Fact]
    public async Task AnUrgentFlagAfterEmergencyAdviceNeverDowngradesIt()
    {
        await _chat.SayAsync(EmergencyRedFlag);

        await _chat.SayAsync("I've got a fever too, can I just see my GP next week?");

        Assert.Contains(EmergencyAdvice, _chat.LastText);
        Assert.DoesNotContain("urgent GP appointment", _chat.LastText);
        Assert.Single(_audit.Records);
    }

    [Fact]
    public async Task AMoreUrgentUncertainMentionWhileUrgentAdviceHoldsIsAskedAndAYesEscalatesTheHold()
    {
        await _chat.SayAsync(UrgentRedFlag);

        await _chat.SayAsync("maybe some tingling in my groin");
        Assert.StartsWith("Just to check: **right now**", Assert.Single(_chat.LastMessages).Text);
        Assert.DoesNotContain("999", _chat.LastText);

        await _chat.SayAsync("yes");
        Assert.StartsWith("🚨 " + EmergencyAdvice, _chat.LastMessages[0].Text);

        await _chat.SayAsync("can it wait until tomorrow?");
        Assert.Contains(EmergencyAdvice, _chat.LastText);
        Assert.Contains("numbness or tingling around your genitals, bottom or inner thighs", _chat.LastText);
        Assert.Equal(["urgent", "emergency"], _audit.Records.Select(r => r.Disposition));
    }

    [Fact]
    public async Task AfterEmergencyAdviceFromTheSymptomCheckThePushBackGetsTheAdviceAgain()
    {
        await _chat.SayAsync("Check my soreness");
        await _chat.SayAsync("Start the check");
        await _chat.SayAsync("Yes, one or more");
        await _chat.SayAsync("Yes");
        Assert.StartsWith("🚨 " + EmergencyAdvice, _chat.LastMessages[0].Text);

        await _chat.SayAsync("can I drive myself there?");

        Assert.Contains("because you told me about numbness or tingling around your genitals, bottom or inner thighs", _chat.LastText);
        Assert.Contains("Please don't drive yourself", _chat.LastText);
        AssertNeverFallbackNorBooking("drive");
    }

    /// <summary>No not-understood fallback, no booking button, card or link in the last turn.</summary>
    private void AssertNeverFallbackNorBooking(string said)
    {
        Assert.False(_chat.LastText.Contains("not sure I understood", StringComparison.Ordinal), $"{said}: {_chat.LastText}");
        Assert.False(_chat.LastText.Contains("didn't quite follow", StringComparison.Ordinal), $"{said}: {_chat.LastText}");
        Assert.DoesNotContain(BookingUrl, _chat.LastText);
        Assert.Empty(_chat.LastButtons);
        Assert.All(_chat.LastMessages, m => Assert.True(m.Attachments is null or { Count: 0 }, said));
    }
}
