using BackCare.Bot.Framework.Recognizers;
using BackCare.Bot.Framework.Turns;
using BackCare.Bot.Tests.Support;
using BackCare.Bot.Triage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BackCare.Bot.Tests.Dialogs;

/// <summary>
/// The red-flag safety net, played through /api/messages: a red flag typed in the middle of any
/// dialog is acted on in that same turn, an uncertain mention gets one confirming question, and
/// nothing that merely contains a command word or a trap word ("saddle") is misread.
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
        { "symptom check red-flag question", ["Check my soreness", "Yes, start"] },
        { "symptom check soreness question", ["Check my soreness", "Yes, start", "no", "no", "no", "no", "no", "no", "no", "no", "no", "no", "no", "no", "Yesterday"] },
        { "after a disposition", ["Check my soreness", "Yes, start", "no", "no", "no", "no", "no", "no", "no", "no", "no", "no", "no", "no", "Yesterday", "During or within a day", "Dull ache, tender or stiff", "Lower back only", "3", "Getting better", "No", "None of these"] },
        { "after declining the check", ["Check my soreness", "No thanks"] },
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

        await _chat.SayAsync("I've had a high temperature since last night and my back is killing me");

        Assert.True(_chat.LastMessages[0].Text!.Contains(UrgentAdvice, StringComparison.Ordinal), $"{where}: {_chat.LastText}");
        Assert.Contains("After you have been checked", _chat.LastText);
        Assert.Equal("What else can I help you with?", _chat.LastMessages[^1].Text);
        Assert.Contains("Book after I've been checked", _chat.LastButtons);
        Assert.DoesNotContain("Book an assessment", _chat.LastButtons);

        await _chat.SayAsync("Book after I've been checked");
        Assert.Contains("Please get checked first", _chat.LastText);
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

        await _chat.SayAsync("I'm 30 weeks pregnant and I've had a high temperature since yesterday");

        Assert.Contains("please contact your midwife or maternity unit straight away", _chat.LastMessages[0].Text);
    }

    [Fact]
    public async Task ARedFlagMidCheckIsAuditedAsAnInterruptedCheckWithTheAnswersSoFar()
    {
        await PlayAsync(["Check my soreness", "Yes, start", "no", "no"]);

        await _chat.SayAsync("actually I've wet myself without noticing");

        Assert.Contains(EmergencyAdvice, _chat.LastText);
        var record = Assert.Single(_audit.Records);
        Assert.Equal("interrupted", record.Outcome);
        Assert.Equal(["saddle", "bladder_bowel"], record.QuestionsAsked.Take(2));
        Assert.Equal("no", record.Answers["saddle"]);
        Assert.Contains("E-INCONTINENCE", record.RulesFired);
    }

    [Theory]
    [InlineData("I think my bum might be a bit numb", "E-SADDLE")]
    [InlineData("I had numbness in my bum last year", "E-SADDLE")]
    public async Task AnUncertainMentionGetsTheAdviceThenOneConfirmingQuestionAndANoCarriesOn(string message, string ruleId)
    {
        await PlayAsync(["Sciatica"]);

        await _chat.SayAsync(message);

        Assert.StartsWith("You mentioned:", _chat.LastMessages[0].Text);
        Assert.Contains("If you have this now, call 999 or go to A&E straight away", _chat.LastMessages[0].Text);
        Assert.StartsWith("Just to check:", _chat.LastMessages[^1].Text);
        Assert.Equal(["Yes", "No"], _chat.LastButtons);
        var trace = _chat.LastActivities.Single(a => a.Name == RedFlagCheck.TraceName).Value!;
        Assert.True(trace["ambiguous"]!.GetValue<bool>());
        Assert.Equal(ruleId, trace["rules"]![0]!.GetValue<string>());

        await _chat.SayAsync("no");

        Assert.Contains("Thanks for checking", _chat.LastText);
        Assert.Equal("Is there anything else I can help with?", _chat.LastMessages[^1].Text);
        Assert.Empty(_audit.Records);
    }

    [Fact]
    public async Task AYesToTheConfirmingQuestionIsAnEmergency()
    {
        await _chat.JoinAsync();
        await _chat.SayAsync("I think I might have some numbness down below");

        await _chat.SayAsync("yes");

        Assert.StartsWith("🚨 **" + EmergencyAdvice, _chat.LastMessages[0].Text);
        Assert.Equal("emergency", _audit.Records.Single().Disposition);
    }

    [Fact]
    public async Task NotSureAboutTheConfirmingQuestionIsTreatedAsYes()
    {
        await _chat.JoinAsync();
        await _chat.SayAsync("maybe a bit of tingling in my groin, I think");

        await _chat.SayAsync("not sure");

        Assert.StartsWith("🚨 **" + EmergencyAdvice, _chat.LastMessages[0].Text);
    }

    [Fact]
    public async Task DuringTheCheckANegatedSymptomIsSimplyAnAnswer()
    {
        await PlayAsync(["Check my soreness", "Yes, start"]);

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
        Assert.DoesNotContain("If you have this now", _chat.LastText);
        Assert.DoesNotContain("Here's how I can help", _chat.LastText);
        Assert.DoesNotContain("Just to check", _chat.LastText);
        Assert.Equal("none", _chat.LastActivities.Single(a => a.Name == RedFlagCheck.TraceName).Value!["urgency"]!.GetValue<string>());
    }

    [Fact]
    public async Task AnExceptionMidCheckStillAnswersWithTheEmergencyGuidanceAndResetsTheCheck()
    {
        await PlayAsync(["Check my soreness", "Yes, start", "no", "no", "no"]);

        await _chat.SayAsync(ThrowingRecognizer.Trigger);

        Assert.Contains("something went wrong", _chat.LastText);
        Assert.Contains("call 999 or go to A&E in an emergency", _chat.LastText);
        Assert.Contains("urgent GP appointment today or contact NHS 111", _chat.LastText);
        var record = Assert.Single(_audit.Records);
        Assert.Equal("interrupted", record.Outcome);
        Assert.Equal(["saddle", "bladder_bowel", "both_legs"], record.QuestionsAsked);

        await _chat.SayAsync("Sciatica");
        Assert.Contains("4 to 6 weeks", _chat.LastText);
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
