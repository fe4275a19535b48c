using BackCare.Bot.Framework.Recognizers;
using BackCare.Bot.Framework.Turns;
using BackCare.Bot.Tests.Support;
using BackCare.Bot.Triage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BackCare.Bot.Tests.Dialogs;

/// <summary>
/// The red-flag safety net, played through /api/messages: a red flag typed in the middle of any
/// dialog is acted on in that same turn, an uncertain mention gets one neutral confirming question
/// and nothing else, a clear negation gets nothing, and nothing that merely contains a command word
/// or a trap word ("saddle") is misread.
/// </summary>
public sealed class SafetyNetTests : IAsyncLifetime
{
    private const string EmergencyAdvice = "Please call 999 now or go to A&E.";
    private const string UrgentAdvice = "Please get an urgent GP appointment today or contact NHS 111";

    private readonly RecordingAuditLog _audit = new();
    private readonly BackCareApplication _app;
    private ChatClient _chat = null!;

    public SafetyNetTests()
    {
        _app = new BackCareApplication(configureServices: services =>
        {
            services.RemoveAll<ISymptomCheckAuditLog>();
            services.AddSingleton<ISymptomCheckAuditLog>(_audit);
            services.RemoveAll<IRecognizer>();
            services.AddSingleton<IRecognizer>(sp => new ThrowingRecognizer(new BackCare.Bot.Recognizers.TrainedRecognizer()));
        });
    }

    /// <summary>Where a conversation can be when the red flag is typed: each dialog and each of its prompts.</summary>
    public static TheoryData<string, string[]> EveryDialog => new()
    {
        { "main menu", [] },
        { "FAQ clarifying question", ["How often to massage"] },
        { "FAQ follow-up", ["Sciatica"] },
        { "booking follow-up", ["Book an assessment"] },
        { "symptom check consent", ["Check my soreness"] },
        { "symptom check grouped red-flag question", ["Check my soreness", "Start the check"] },
        { "symptom check red-flag question", ["Check my soreness", "Start the check", "Yes, one or more"] },
        { "symptom check grouped soreness question", ["Check my soreness", "Start the check", "None of these", "None of these", "Yesterday"] },
        { "symptom check soreness question", ["Check my soreness", "Start the check", "None of these", "None of these", "Yesterday", "Yes, one or more"] },
        { "symptom check booking offer", ["Check my soreness", "Start the check", "Book an assessment"] },
        { "symptom check carry on or stop", ["Check my soreness", "Start the check", "purple", "banana", "what"] },
        { "after a disposition", ["Check my soreness", "Start the check", "None of these", "None of these", "Yesterday", "None of these"] },
        { "after declining the check", ["Check my soreness", "Not now"] },
    };

    public Task InitializeAsync()
    {
        _chat = new ChatClient(_app.CreateClient());
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Theory]
    [MemberData(nameof(EveryDialog))]
    public async Task AnEmergencyRedFlagInterruptsEveryDialogAtOnceAndEndsIt(string where, string[] setup)
    {
        await PlayAsync(setup);

        await _chat.SayAsync("the massage was fine but now I can't feel my bum when I wipe");

        Assert.True(_chat.LastMessages[0].Text!.StartsWith("🚨 **" + EmergencyAdvice, StringComparison.Ordinal), $"{where}: {_chat.LastText}");
        Assert.Contains("numbness or tingling around your genitals, bottom or inner thighs", _chat.LastText);
        Assert.Empty(_chat.LastButtons);
        Assert.DoesNotContain("book", _chat.LastText, StringComparison.OrdinalIgnoreCase);

        // The interrupted dialog is over: the next message starts afresh, and booking is not offered.
        await _chat.SayAsync("no");
        Assert.DoesNotContain("Book an assessment", _chat.LastButtons);
        Assert.DoesNotContain(_chat.LastMessages, m => m.Text!.Contains("When was your massage?", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(EveryDialog))]
    public async Task AnUrgentRedFlagInterruptsEveryDialogAndOffersBookingOnlyAfterACheck(string where, string[] setup)
    {
        await PlayAsync(setup);

        await _chat.SayAsync("I've got a high temperature and my back is killing me");

        Assert.True(_chat.LastMessages[0].Text!.Contains(UrgentAdvice, StringComparison.Ordinal), $"{where}: {_chat.LastText}");
        Assert.Contains("After you have been checked", _chat.LastText);
        Assert.Equal("What else can I help you with?", _chat.LastMessages[^1].Text);
        Assert.Contains("Book after I've been checked", _chat.LastButtons);
        Assert.DoesNotContain("Book an assessment", _chat.LastButtons);
        Assert.DoesNotContain("Check my soreness", _chat.LastButtons);

        // The advice holds: the booking button gets it again, not the booking.
        await _chat.SayAsync("Book after I've been checked");
        Assert.StartsWith("I understand it's inconvenient, but because you told me about a high temperature or infection", _chat.LastText);
        Assert.Contains(UrgentAdvice, _chat.LastText);
        Assert.DoesNotContain("onebodyldn.com", _chat.LastText);
        Assert.Empty(_chat.LastButtons);
    }

    [Fact]
    public async Task ARedFlagInTheFirstMessageIsAnsweredBeforeAnythingElse()
    {
        await _chat.SayAsync("hi, my legs both went numb and tingly since the massage");

        Assert.StartsWith("🚨 **" + EmergencyAdvice, _chat.LastMessages[0].Text);
        Assert.Single(_chat.LastMessages);
        var record = Assert.Single(_audit.Records);
        Assert.Equal("safety_net", record.Outcome);
        Assert.Equal("emergency", record.Disposition);
        Assert.Contains("E-BOTH-LEGS", record.RulesFired);
        Assert.DoesNotContain(record.Answers.Values, v => v.Contains("numb", StringComparison.Ordinal));
    }

    [Fact]
    public async Task PregnancyMentionedWithAnUrgentSymptomSendsToTheMaternityService()
    {
        await _chat.JoinAsync();

        await _chat.SayAsync("I'm 30 weeks pregnant and I've got a high temperature");

        Assert.Contains("please contact your midwife or maternity unit straight away", _chat.LastMessages[0].Text);
    }

    [Fact]
    public async Task ARedFlagMidCheckIsAuditedAsAnInterruptedCheckWithTheAnswersSoFar()
    {
        await PlayAsync(["Check my soreness", "Start the check", "Yes, one or more", "no"]);

        await _chat.SayAsync("actually I've wet myself without noticing");

        Assert.Contains(EmergencyAdvice, _chat.LastText);
        var record = Assert.Single(_audit.Records);
        Assert.Equal("interrupted", record.Outcome);
        Assert.Equal(["emergency_signs", "saddle"], record.QuestionsAsked.Take(2));
        Assert.Equal("no", record.Answers["saddle"]);
        var rules = _chat.LastActivities.Single(a => a.Name == RedFlagCheck.TraceName).Value!["rules"]!.AsArray().Select(r => r!.GetValue<string>());
        Assert.Subset(record.RulesFired.ToHashSet(), rules.ToHashSet());
    }

    [Theory]
    [InlineData("I think I might be a bit numb down below", "E-SADDLE")]
    [InlineData("maybe some tingling in my groin", "E-SADDLE")]
    public async Task AnUncertainMentionGetsOnlyANeutralQuestionAndANoCarriesOn(string message, string ruleId)
    {
        await PlayAsync(["Sciatica"]);

        await _chat.SayAsync(message);

        var question = Assert.Single(_chat.LastMessages);
        Assert.StartsWith("Just to check: **right now**, do you have numbness", question.Text);
        Assert.Equal(["Yes", "No", "Not sure"], _chat.LastButtons);
        AssertNoAdvice();
        var trace = _chat.LastActivities.Single(a => a.Name == RedFlagCheck.TraceName).Value!;
        Assert.True(trace["ambiguous"]!.GetValue<bool>());
        Assert.Equal(ruleId, trace["rules"]![0]!.GetValue<string>());

        await _chat.SayAsync("no");

        Assert.Equal("Thanks for checking. Let's carry on.", _chat.LastMessages[0].Text);
        Assert.Equal("Is there anything else I can help with?", _chat.LastMessages[^1].Text);
        AssertNoAdvice();
        Assert.Empty(_audit.Records);
    }

    [Fact]
    public async Task AnUrgentRedFlagTheModelFindsMayBeAnEmergencyGetsTheEmergencyQuestionFirstAndANoGivesTheUrgentAdvice()
    {
        // The embedded second opinion escalates this urgent reading (U-FALL); if a retrained model no longer does,
        // pick another urgent message it escalates (docs/red-flag-understanding.md, "second opinion").
        const string message = "I slipped on the ice yesterday and my back hurts";
        var check = TriageFixture.Content.Detector.Check(message);
        Assert.True(check.Rules.Contains(RedFlagDetector.SuspectedEmergency), "the embedded model no longer escalates this message");
        await _chat.JoinAsync();

        await _chat.SayAsync(message);

        var question = Assert.Single(_chat.LastMessages);
        Assert.StartsWith("Just to check: **right now**, do you have", question.Text);
        Assert.Equal(["Yes", "No", "Not sure"], _chat.LastButtons);
        AssertNoAdvice();

        await _chat.SayAsync("no");

        Assert.Contains(UrgentAdvice, _chat.LastText);
        Assert.DoesNotContain("call 999 now", _chat.LastText);
        Assert.Equal("urgent", _audit.Records.Single().Disposition);
    }

    [Theory]
    [MemberData(nameof(EveryDialog))]
    public async Task AnUrgentRedFlagTheModelEscalatesIsActedOnInTheSameTurnAtEveryPrompt(string where, string[] setup)
    {
        const string message = "I slipped on the ice yesterday and my back hurts";
        Assert.True(TriageFixture.Content.Detector.Check(message).Rules.Contains(RedFlagDetector.SuspectedEmergency), "the embedded model no longer escalates this message");
        await PlayAsync(setup);

        await _chat.SayAsync(message);

        // Either the emergency question (whose "no" gives the urgent advice) or the urgent advice itself, never a
        // carried-on prompt.
        Assert.True(_chat.LastText.Contains("Just to check: **right now**", StringComparison.Ordinal) || _chat.LastText.Contains(UrgentAdvice, StringComparison.Ordinal), $"{where}: {_chat.LastText}");
        if (_chat.LastText.Contains("Just to check: **right now**", StringComparison.Ordinal))
        {
            await _chat.SayAsync("no");
            Assert.True(_chat.LastText.Contains(UrgentAdvice, StringComparison.Ordinal), $"{where}, after no: {_chat.LastText}");
        }
    }

    [Fact]
    public async Task AYesToTheConfirmingQuestionIsAnEmergency()
    {
        await _chat.JoinAsync();
        await _chat.SayAsync("I think I might be a bit numb down below");
        Assert.DoesNotContain("999", _chat.LastText);

        await _chat.SayAsync("yes");

        Assert.StartsWith("🚨 **" + EmergencyAdvice, _chat.LastMessages[0].Text);
        Assert.Contains("numbness or tingling around your genitals, bottom or inner thighs", _chat.LastText);
        Assert.Equal("emergency", _audit.Records.Single().Disposition);
    }

    [Fact]
    public async Task NotSureAboutTheConfirmingQuestionIsTreatedAsYes()
    {
        await _chat.JoinAsync();
        await _chat.SayAsync("maybe some tingling in my groin");
        Assert.DoesNotContain("999", _chat.LastText);

        await _chat.SayAsync("Not sure");

        Assert.StartsWith("🚨 **" + EmergencyAdvice, _chat.LastMessages[0].Text);
    }

    [Fact]
    public async Task AnUnreadableAnswerIsAskedOnceMoreThenGetsAGentleConditionalLineNeverEmergencyAdvice()
    {
        await PlayAsync(["Sciatica"]);
        await _chat.SayAsync("I think I might be a bit numb down below");

        await _chat.SayAsync("purple");

        Assert.StartsWith("Sorry, I didn't catch that. Please choose **Yes**, **No** or **Not sure**.", _chat.LastText);
        Assert.Contains("Just to check: **right now**", _chat.LastText);
        Assert.Equal(["Yes", "No", "Not sure"], _chat.LastButtons);
        AssertNoAdvice();

        await _chat.SayAsync("banana");

        Assert.Equal("That's OK, let's carry on. If you do have this now, or it starts, please call 999 or go to A&E.", _chat.LastMessages[0].Text);
        Assert.Equal("Is there anything else I can help with?", _chat.LastMessages[^1].Text);
        Assert.DoesNotContain("🚨", _chat.LastText);
        Assert.DoesNotContain("call 999 now", _chat.LastText);
        Assert.Empty(_audit.Records);

        // Nothing holds: the conversation carries on as usual.
        await _chat.SayAsync("Another question");
        Assert.Contains("Book an assessment", _chat.LastButtons);
    }

    [Theory]
    [MemberData(nameof(EveryDialog))]
    public async Task AClearNegationIsNotActedOnAtAnyPrompt(string where, string[] setup)
    {
        await PlayAsync(setup);

        await _chat.SayAsync("no numbness around my bum at all, just sore");

        Assert.Equal("none", _chat.LastActivities.Single(a => a.Name == RedFlagCheck.TraceName).Value!["urgency"]!.GetValue<string>());
        Assert.False(_chat.LastText.Contains("Just to check", StringComparison.Ordinal), $"{where}: {_chat.LastText}");
        AssertNoAdvice();
        Assert.DoesNotContain(_audit.Records, r => r.Outcome is "safety_net" or "interrupted");
    }

    [Fact]
    public async Task DuringTheCheckANegatedSymptomIsSimplyAnAnswer()
    {
        await PlayAsync(["Check my soreness", "Start the check", "Yes, one or more"]);

        await _chat.SayAsync("no numbness or tingling down there");

        Assert.Contains("new problems peeing or pooing", _chat.LastMessages[^1].Text);
        Assert.DoesNotContain("Just to check", _chat.LastText);
    }

    [Theory]
    [InlineData("the massage didn't help")]
    [InlineData("my bike saddle is too high, could that be why my back aches?")]
    [InlineData("I pulled my back moving a chest of drawers")]
    [InlineData("I fell asleep during the massage, is that ok?")]
    public async Task HarmlessWordsAreNotMistakenForCommandsOrRedFlags(string message)
    {
        await _chat.JoinAsync();

        await _chat.SayAsync(message);

        Assert.DoesNotContain("call 999 now", _chat.LastText);
        Assert.DoesNotContain("Here's how I can help", _chat.LastText);
        Assert.DoesNotContain("Just to check", _chat.LastText);
        Assert.Equal("none", _chat.LastActivities.Single(a => a.Name == RedFlagCheck.TraceName).Value!["urgency"]!.GetValue<string>());
    }

    [Fact]
    public async Task AnExceptionMidCheckStillAnswersWithTheEmergencyGuidanceAndResetsTheCheck()
    {
        await PlayAsync(["Check my soreness", "Start the check", "Yes, one or more", "no", "no"]);

        await _chat.SayAsync(ThrowingRecognizer.Trigger);

        Assert.Contains("something went wrong", _chat.LastText);
        Assert.Contains("call 999 or go to A&E in an emergency", _chat.LastText);
        Assert.Contains("urgent GP appointment today or contact NHS 111", _chat.LastText);
        var record = Assert.Single(_audit.Records);
        Assert.Equal("interrupted", record.Outcome);
        Assert.Equal(["emergency_signs", "saddle", "bladder_bowel"], record.QuestionsAsked);

        await _chat.SayAsync("Sciatica");
        Assert.Contains("4 to 6 weeks", _chat.LastText);
    }

    /// <summary>Nothing alarming in the last turn: no emergency banner, no "call 999 now", no "You mentioned".</summary>
    private void AssertNoAdvice()
    {
        Assert.DoesNotContain("🚨", _chat.LastText);
        Assert.DoesNotContain("call 999 now", _chat.LastText);
        Assert.DoesNotContain("You mentioned", _chat.LastText);
        Assert.DoesNotContain(UrgentAdvice, _chat.LastText);
    }

    private async Task PlayAsync(IEnumerable<string> setup)
    {
        await _chat.JoinAsync();
        foreach (var message in setup)
        {
            await _chat.SayAsync(message);
        }
    }

    /// <summary>The real recognizer, except that one message makes the turn throw (to test the error path).</summary>
    private sealed class ThrowingRecognizer(IRecognizer inner) : IRecognizer
    {
        public const string Trigger = "simulate a fault";

        public Task<RecognizerResult> RecognizeAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
            turnContext.Activity.Text == Trigger
                ? throw new InvalidOperationException("simulated fault")
                : inner.RecognizeAsync(turnContext, cancellationToken);
    }
}
