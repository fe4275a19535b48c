using BackCare.Bot.Framework.Schema;
using BackCare.Bot.Tests.Support;
using BackCare.Bot.Triage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BackCare.Bot.Tests.Dialogs;

/// <summary>
/// Every path of the symptom check to each of the four dispositions, played turn by turn through
/// /api/messages, asserting what the user sees, what the Emulator is told and what is audited.
/// </summary>
public sealed class SymptomCheckDialogTests : IAsyncLifetime
{
    private const string EmergencyAdvice = "Please call 999 now or go to A&E.";
    private const string UrgentAdvice = "Please get an urgent GP appointment today or contact NHS 111";
    private const string MaternityAdvice = "please contact your midwife or maternity unit straight away";
    private const string AssessAdvice = "assessed by a physiotherapist in the next few days";
    private const string NormalAdvice = "normal soreness";

    private readonly RecordingAuditLog _audit = new();
    private readonly BackCareApplication _app;
    private ChatClient _chat = null!;
    private SymptomCheckPlayer _player = null!;

    public SymptomCheckDialogTests()
    {
        _app = new BackCareApplication(configureServices: services =>
        {
            services.RemoveAll<ISymptomCheckAuditLog>();
            services.AddSingleton<ISymptomCheckAuditLog>(_audit);
        });
    }

    public Task InitializeAsync()
    {
        _chat = new ChatClient(_app.CreateClient());
        _player = new SymptomCheckPlayer(_chat);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    public static TheoryData<string, string> EmergencyQuestions => new()
    {
        { "saddle", "E-SADDLE" },
        { "bladder_bowel", "E-BLADDER-BOWEL" },
        { "both_legs", "E-BOTH-LEGS" },
        { "sexual_function", "E-SEXUAL" },
        { "chest_breathless", "E-CHEST" },
        { "serious_injury", "E-INJURY" },
    };

    public static TheoryData<string, string> UrgentQuestions => new()
    {
        { "fever", "U-FEVER" },
        { "one_leg_swollen", "U-CLOT" },
        { "night_rest_pain", "U-NIGHT-REST" },
        { "cough_sneeze", "U-COUGH-SNEEZE" },
        { "upper_back", "U-UPPER-BACK" },
        { "lump_weight", "U-LUMP-WEIGHT" },
    };

    [Fact]
    public async Task OpensWithOneShortStatementWithTheEmergencyNumberAndStartOrNotNow()
    {
        await _chat.JoinAsync();

        await _chat.SayAsync("Check my soreness");

        var statement = Assert.Single(_chat.LastMessages).Text!;
        Assert.Contains("not a diagnosis", statement);
        Assert.Contains("not for emergencies", statement);
        Assert.Contains("call 999 or go to A&E", statement);
        Assert.Contains("codes only (no names, contact details or what you type)", statement);
        Assert.Equal(["Start the check", "Not now"], _chat.LastButtons);
    }

    [Theory]
    [InlineData("Not now")]
    [InlineData("no thanks")]
    [InlineData("nah")]
    public async Task OnlyAClearDeclineDeclinesAndAsksNothingAboutHealthAndTheFaqStillWorks(string decline)
    {
        await _chat.JoinAsync();
        await _chat.SayAsync("Check my soreness");

        await _chat.SayAsync(decline);

        Assert.Contains("I won't ask about your health", _chat.LastText);
        Assert.Equal("What else can I help you with?", _chat.LastMessages[^1].Text);
        await _chat.SayAsync("Sciatica");
        Assert.Contains("4 to 6 weeks", _chat.LastText);
        var record = Assert.Single(_audit.Records);
        Assert.Equal("declined", record.Outcome);
        Assert.Empty(record.Answers);
    }

    [Fact]
    public async Task AsksTheEmergencySignsAsOneQuestionFirstThenTheUrgentOnesThenAboutTheSoreness()
    {
        await _player.StartAsync();

        await _player.AnswerAllAsync();

        Assert.Equal(["emergency_signs", "urgent_signs", "massage_when", "soreness_signs"], _player.Asked);
        var record = Assert.Single(_audit.Records);
        Assert.Equal("none", record.Answers["emergency_signs"]);
        Assert.All(TriageFixture.Content.Questions.Where(q => q.Group is Dispositions.Emergency or Dispositions.Urgent), q => Assert.Equal("no", record.Answers[q.Id]));
        Assert.Equal("no", record.Answers["pregnant"]);
        Assert.Equal("none", record.Answers["conditions"]);
    }

    [Fact]
    public async Task TheGroupedEmergencyQuestionIsAReadableListWithThreeButtonsMostDangerousFirst()
    {
        await _player.StartAsync();

        var question = _chat.LastMessages[^1].Text!;
        Assert.StartsWith("First, the most important signs. Since your back pain started, have you had any of these?\n\n- ", question);
        Assert.Equal(6, question.Split('\n').Count(line => line.StartsWith("- ", StringComparison.Ordinal)));
        Assert.True(question.IndexOf("genitals", StringComparison.Ordinal) < question.IndexOf("peeing", StringComparison.Ordinal));
        Assert.True(question.IndexOf("peeing", StringComparison.Ordinal) < question.IndexOf("both legs", StringComparison.Ordinal));
        Assert.Equal(["None of these", "Yes, one or more", "Not sure"], _chat.LastButtons);
    }

    [Fact]
    public async Task ByButtonsTheNormalSorenessAdviceTakesAtMostEightMessages()
    {
        var sent = new List<string> { "Check my soreness", "Start the check", "None of these", "None of these", "Yesterday", "None of these" };
        await _chat.JoinAsync();

        foreach (var message in sent)
        {
            Assert.DoesNotContain(NormalAdvice, _chat.LastText);
            await _chat.SayAsync(message);
        }

        Assert.InRange(sent.Count, 1, 8);
        Assert.Contains(NormalAdvice, _chat.LastText);
        Assert.Contains("What would change this advice", _chat.LastText);
        Assert.Equal("normal", _audit.Records[^1].Disposition);
    }

    [Fact]
    public async Task WhenTheFirstMessageDescribesTheSorenessTheAdviceTakesAtMostSixMessages()
    {
        await _player.StartAsync("I'm really sore after my massage yesterday, is that normal?");

        await _player.AnswerAllAsync();

        Assert.InRange(_player.MessagesSent, 1, 6);
        Assert.DoesNotContain("massage_when", _player.Asked);
        Assert.Contains(NormalAdvice, _chat.LastText);
        Assert.Equal("yesterday", _audit.Records[^1].Answers["massage_when"]);
    }

    [Theory]
    [InlineData("no")]
    [InlineData("none")]
    [InlineData("nope none of those")]
    public async Task ATypedNoAtAGroupedQuestionIsNoneOfThese(string typed)
    {
        await _player.StartAsync();

        await _chat.SayAsync(typed);

        Assert.Equal("urgent_signs", _player.CurrentGroup()?.Id);
        await _chat.SayAsync(typed);
        Assert.Equal("massage_when", _player.CurrentQuestion()?.Id);
    }

    [Fact]
    public async Task AYesAtTheGroupedEmergencyQuestionAsksThemOneByOneAndEndsWithTheRightEmergencyAdvice()
    {
        await _player.StartAsync();

        await _chat.SayAsync("Yes, one or more");
        Assert.Contains("one at a time", _chat.LastText);
        Assert.Equal("saddle", _player.CurrentQuestion()?.Id);
        await _chat.SayAsync("No");
        Assert.Equal("bladder_bowel", _player.CurrentQuestion()?.Id);
        await _chat.SayAsync("Yes");

        Assert.StartsWith("🚨 **" + EmergencyAdvice, _chat.LastMessages[0].Text);
        Assert.Equal(["E-BLADDER-BOWEL"], _player.TraceValue(TriageDecision.TraceName)!["rules"]!.AsArray().Select(r => r!.GetValue<string>()));
        Assert.Equal("yes", _audit.Records[^1].Answers["emergency_signs"]);
        Assert.Empty(_chat.LastButtons);
    }

    [Fact]
    public async Task NotSureAtTheGroupedEmergencyQuestionAsksThemOneByOneAndAnUnsureAnswerIsCheckedToday()
    {
        await _player.StartAsync();

        await _chat.SayAsync("Not sure");
        Assert.Equal("saddle", _player.CurrentQuestion()?.Id);
        await _player.AnswerAllAsync(new Dictionary<string, string> { ["chest_breathless"] = "not sure" });

        Assert.Equal(["saddle", "bladder_bowel", "both_legs", "sexual_function", "chest_breathless", "serious_injury", "pregnant"], _player.Asked);
        Assert.Contains(UrgentAdvice, _chat.LastText);
        Assert.Contains("U-UNSURE-EMERGENCY", _player.TraceValue(TriageDecision.TraceName)!.ToJsonString());
        Assert.Equal("unsure", _audit.Records[^1].Answers["emergency_signs"]);
    }

    [Fact]
    public async Task DescribingSymptomsAtConsentStartsTheCheckAndIsReadForAnswers()
    {
        await _chat.JoinAsync();
        await _chat.SayAsync("Check my soreness");

        await _chat.SayAsync("nope nothing like that, bladder's fine, it's just a dull ache since my massage yesterday");

        Assert.DoesNotContain("I won't ask about your health", _chat.LastText);
        Assert.Equal("emergency_signs", _player.CurrentGroup()?.Id);
        await _player.AnswerAllAsync();
        Assert.DoesNotContain("massage_when", _player.Asked);
        Assert.Contains(NormalAdvice, _chat.LastText);
        Assert.Equal("yesterday", _audit.Records[^1].Answers["massage_when"]);
        Assert.Equal("dull", _audit.Records[^1].Answers["feel"]);
    }

    [Theory]
    [InlineData("actually can I book in for thursday?")]
    [InlineData("Book an assessment")]
    public async Task AskingToBookMidCheckIsAcknowledgedWithBothChoicesAndCanGoStraightToBooking(string request)
    {
        await _player.StartAsync();

        await _chat.SayAsync(request);

        Assert.Contains("you can book an assessment", _chat.LastText);
        Assert.DoesNotContain("Please answer", _chat.LastText);
        Assert.Equal(["Finish the two safety questions first (recommended)", "Go straight to booking"], _chat.LastButtons);
        await _chat.SayAsync("Go straight to booking");
        Assert.Contains("Happy to help you book with One Body LDN. What would you like to do?", _chat.LastText);
        Assert.Equal(Booking.BookingConversation.StartButtons, _chat.LastButtons);
        Assert.DoesNotContain(UrgentAdvice, _chat.LastText);
        Assert.Equal("interrupted", _audit.Records[^1].Outcome);
    }

    [Theory]
    [InlineData("how often should I have a massage?", "relaxation")]
    [InlineData("can massage help sciatica?", "4 to 6 weeks")]
    [InlineData("is it ok to use a foam roller on my lower back", "Gentle self-massage is generally safe")]
    public async Task AQuestionAskedMidCheckIsAnsweredThenTheSameQuestionIsAskedAgain(string question, string answer)
    {
        await _player.StartAsync();
        var pending = _player.CurrentGroup()?.Id;

        await _chat.SayAsync(question);

        Assert.Contains(answer, _chat.LastText);
        Assert.Contains("back to the check", _chat.LastText);
        Assert.DoesNotContain("Please choose", _chat.LastText);
        Assert.DoesNotContain(UrgentAdvice, _chat.LastText);
        Assert.Equal(pending, _player.CurrentGroup()?.Id);
        Assert.Equal(["None of these", "Yes, one or more", "Not sure"], _chat.LastButtons);

        await _chat.SayAsync("None of these");
        Assert.NotEqual(pending, _player.CurrentGroup()?.Id);
    }

    [Fact]
    public async Task AskingToBookAtTheConsentIsAcknowledgedWithBothChoices()
    {
        await _chat.JoinAsync();
        await _chat.SayAsync("Check my soreness");

        await _chat.SayAsync("Book an assessment");

        Assert.Contains("you can book an assessment", _chat.LastText);
        Assert.Equal(["Finish the two safety questions first (recommended)", "Go straight to booking"], _chat.LastButtons);
        await _chat.SayAsync("Finish the two safety questions first (recommended)");
        Assert.Equal("emergency_signs", _player.CurrentGroup()?.Id);
    }

    [Fact]
    public async Task AGroupedQuestionListsOnlyWhatThePersonHasNotAlreadySaid()
    {
        await _player.StartAsync("sore after my massage yesterday, it's a dull ache and getting better");
        await _chat.SayAsync("None of these");
        await _chat.SayAsync("None of these");

        Assert.Equal("soreness_signs", _player.CurrentGroup()?.Id);
        var question = _chat.LastMessages[^1].Text!;
        Assert.DoesNotContain("sharp, shooting or burning", question);
        Assert.DoesNotContain("getting worse", question);
        Assert.Contains("down into your leg", question);
    }

    [Fact]
    public async Task FinishingTheSafetyQuestionsFirstThenGoesToBooking()
    {
        await _player.StartAsync();
        await _chat.SayAsync("actually can I book in for thursday?");

        await _chat.SayAsync("Finish the two safety questions first (recommended)");
        Assert.Equal("emergency_signs", _player.CurrentGroup()?.Id);
        await _chat.SayAsync("None of these");
        await _chat.SayAsync("None of these");

        Assert.Contains("Nothing you've told me needs urgent care", _chat.LastText);
        Assert.Contains("Happy to help you book with One Body LDN. What would you like to do?", _chat.LastText);
        Assert.Equal("completed", _audit.Records[^1].Outcome);
    }

    [Fact]
    public async Task AskingToBookAfterTheSafetyQuestionsOffersToFinishTheCheckOrBook()
    {
        await _player.StartAsync();
        await _chat.SayAsync("None of these");
        await _chat.SayAsync("None of these");

        await _chat.SayAsync("can I book an appointment?");

        Assert.Equal(["Finish the check first", "Go straight to booking"], _chat.LastButtons);
        await _chat.SayAsync("Finish the check first");
        Assert.Equal("massage_when", _player.CurrentQuestion()?.Id);
    }

    [Fact]
    public async Task NormalSorenessGetsReassuranceSelfCareAndASafetyNetAndBookingIsOfferedNotPushed()
    {
        await _player.StartAsync();

        await _player.AnswerAllAsync();

        Assert.Contains(NormalAdvice, _chat.LastText);
        Assert.Contains("36 to 72 hours", _chat.LastText);
        Assert.Contains("keep gently active", _chat.LastText);
        Assert.Contains("cold pack wrapped in a tea towel", _chat.LastText);
        Assert.Contains("ask a pharmacist", _chat.LastText);
        Assert.Contains("avoid deep pressure", _chat.LastText);
        Assert.Contains("What would change this advice", _chat.LastText);
        Assert.Contains("still there after 72 hours", _chat.LastText);
        Assert.Contains("call 999 or go to A&E straight away", _chat.LastText);
        Assert.DoesNotContain("toxins", _chat.LastText);
        Assert.Equal(["Another question", "Book an assessment"], _chat.LastButtons);
        var trace = _player.TraceValue(TriageDecision.TraceName)!;
        Assert.Equal("normal", trace["disposition"]!.GetValue<string>());
        Assert.Equal(TriageEngine.NoFlagsRuleId, trace["rules"]![0]!.GetValue<string>());
        Assert.Equal(TriageFixture.Content.Version, trace["contentVersion"]!.GetValue<string>());
    }

    [Theory]
    [MemberData(nameof(EmergencyQuestions))]
    public async Task AYesToAnEmergencyQuestionEndsTheCheckWithEmergencyAdviceAndNoBooking(string questionId, string ruleId)
    {
        await _player.StartAsync();

        await _player.AnswerAllAsync(new Dictionary<string, string> { [questionId] = "Yes" });

        Assert.Equal(questionId, _player.Asked[^1]);
        Assert.StartsWith("🚨 **" + EmergencyAdvice, _chat.LastMessages[0].Text);
        Assert.DoesNotContain("book", _chat.LastText, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(_chat.LastButtons);
        Assert.Equal([ruleId], _player.TraceValue(TriageDecision.TraceName)!["rules"]!.AsArray().Select(r => r!.GetValue<string>()));

        // The advice holds: asking to book gets it again, and nothing offers a massage booking.
        await _chat.SayAsync("can I book a massage?");
        Assert.Contains(EmergencyAdvice, _chat.LastText);
        Assert.Contains("please don't book or have a massage until a doctor has checked you", _chat.LastText);
        Assert.Empty(_chat.LastButtons);
        Assert.DoesNotContain("onebodyldn.com", _chat.LastText);
    }

    [Theory]
    [MemberData(nameof(UrgentQuestions))]
    public async Task AYesToAnUrgentQuestionAsksOnlyAboutPregnancyThenGivesSameDayAdvice(string questionId, string ruleId)
    {
        await _player.StartAsync();

        await _player.AnswerAllAsync(new Dictionary<string, string> { [questionId] = "Yes" });

        Assert.Equal([questionId, "pregnant"], _player.Asked.TakeLast(2));
        Assert.Contains(UrgentAdvice, _chat.LastText);
        Assert.Contains("After you have been checked", _chat.LastText);
        Assert.Equal(["Another question", "Book after I've been checked"], _chat.LastButtons);
        Assert.Contains(ruleId, _player.TraceValue(TriageDecision.TraceName)!["rules"]!.AsArray().Select(r => r!.GetValue<string>()));
    }

    [Fact]
    public async Task UrgentInPregnancySendsToTheMidwifeOrMaternityUnit()
    {
        await _player.StartAsync();

        await _player.AnswerAllAsync(new Dictionary<string, string> { ["fever"] = "yes", ["pregnant"] = "Yes" });

        Assert.Contains(MaternityAdvice, _chat.LastText);
        Assert.DoesNotContain("NHS 111", _chat.LastMessages[0].Text);
    }

    [Fact]
    public async Task NotSureAboutAnEmergencySymptomStillAsksTheOtherEmergencyQuestionsThenAdvisesUrgentCare()
    {
        await _player.StartAsync();

        await _player.AnswerAllAsync(new Dictionary<string, string> { ["saddle"] = "not sure" });

        Assert.Equal(["emergency_signs", "saddle", "bladder_bowel", "both_legs", "sexual_function", "chest_breathless", "serious_injury", "pregnant"], _player.Asked);
        Assert.Contains(UrgentAdvice, _chat.LastText);
        Assert.Contains("U-UNSURE-EMERGENCY", _player.TraceValue(TriageDecision.TraceName)!.ToJsonString());
    }

    [Theory]
    [InlineData("massage_when", "4 or more days ago", "A-LASTING")]
    [InlineData("trend", "Getting worse", "A-WORSENING")]
    [InlineData("feel", "Sharp, shooting or burning", "A-NOT-TYPICAL-FEEL")]
    [InlineData("feel", "Pins and needles or numb", "A-NOT-TYPICAL-FEEL")]
    [InlineData("where", "Below the knee", "A-LEG")]
    [InlineData("where", "Down the leg, above the knee", "A-LEG")]
    [InlineData("severity", "8", "A-SEVERE")]
    [InlineData("pain_onset", "More than a day after", "A-LATE-ONSET")]
    [InlineData("pain_onset", "Before the massage", "A-PRE-EXISTING")]
    [InlineData("massage_when", "I haven't had one", "A-PRE-EXISTING")]
    [InlineData("pregnant", "Yes", "A-PREGNANT")]
    [InlineData("conditions", "Blood thinners", "A-CONTRAINDICATION")]
    [InlineData("conditions", "I had an operation on my knee in March", "A-CONTRAINDICATION")]
    [InlineData("conditions", "osteoporosis", "A-CONTRAINDICATION")]
    [InlineData("lump_weight", "not sure", "A-UNSURE-URGENT")]
    public async Task AnAnswerOutsideNormalSorenessLeadsToAnAssessmentWithASummaryAndTheBookingDetails(string questionId, string answer, string ruleId)
    {
        await _player.StartAsync();

        await _player.AnswerAllAsync(new Dictionary<string, string> { [questionId] = answer });

        Assert.Contains(AssessAdvice, _chat.LastText);
        Assert.Contains("short summary you can share when you book", _chat.LastText);
        Assert.Contains("https://www.onebodyldn.com/book", _chat.LastText);
        Assert.Contains("020 0000 0000", _chat.LastText);
        Assert.Contains(_chat.LastMessages, m => m.Attachments?.Any(a => a.Content!.ToJsonString().Contains("Book online")) ?? false);
        Assert.DoesNotContain(EmergencyAdvice, _chat.LastText);
        Assert.Contains(ruleId, _player.TraceValue(TriageDecision.TraceName)!["rules"]!.AsArray().Select(r => r!.GetValue<string>()));
        Assert.Equal("assess", _audit.Records[^1].Disposition);
    }

    [Fact]
    public async Task PainInBothLegsFoundWhileCharacterisingIsAnEmergency()
    {
        await _player.StartAsync();

        await _player.AnswerAllAsync(new Dictionary<string, string> { ["where"] = "Below the knee", ["legs"] = "Both legs" });

        Assert.Contains(EmergencyAdvice, _chat.LastText);
        Assert.Equal("legs", _player.Asked[^1]);
    }

    [Theory]
    [InlineData("Fever or infection", "fever_infection", "U-FEVER")]
    [InlineData("Cancer, now or in the past", "cancer", "U-CANCER-HISTORY")]
    [InlineData("Recent fall or fracture", "fall_fracture", "U-FALL")]
    public async Task ARelevantConditionMakesItUrgentAndIsRecordedAsAnAnswer(string condition, string code, string ruleId)
    {
        await _player.StartAsync();

        await _player.AnswerAllAsync(new Dictionary<string, string> { ["conditions"] = condition });

        Assert.Contains(UrgentAdvice, _chat.LastText);
        Assert.Contains(ruleId, _player.TraceValue(TriageDecision.TraceName)!.ToJsonString());
        Assert.Equal(code, _audit.Records[^1].Answers["conditions"]);
        Assert.Equal("urgent", _audit.Records[^1].Disposition);
    }

    [Fact]
    public async Task SeveralConditionsTypedTogetherAreAllReadAndAFallWithOsteoporosisIsAnEmergency()
    {
        await _player.StartAsync();

        await _player.AnswerAllAsync(new Dictionary<string, string> { ["conditions"] = "I have osteoporosis and I had a fall last week" });

        Assert.Contains(EmergencyAdvice, _chat.LastText);
        Assert.Equal("osteoporosis,fall_fracture", _audit.Records[^1].Answers["conditions"]);
    }

    [Fact]
    public async Task OneConditionChosenByButtonIsFollowedByAnythingElseUntilNone()
    {
        await _player.StartAsync();
        await _player.AnswerAllAsync(new Dictionary<string, string> { ["conditions"] = "Blood thinners" });

        Assert.Equal(2, _player.Asked.Count(id => id == "conditions"));
        Assert.Equal("blood_thinners", _audit.Records[^1].Answers["conditions"]);
    }

    [Fact]
    public async Task SkipsWhatTheUserAlreadySaidInTheirOwnWords()
    {
        await _player.StartAsync("I'm really sore after my massage yesterday, is that normal? It's a dull ache and getting better");

        await _player.AnswerAllAsync();

        Assert.DoesNotContain("massage_when", _player.Asked);
        Assert.DoesNotContain("feel", _player.Asked);
        Assert.DoesNotContain("trend", _player.Asked);
        Assert.Contains(NormalAdvice, _chat.LastText);
        Assert.Equal("yesterday", _audit.Records[^1].Answers["massage_when"]);
    }

    [Fact]
    public async Task PregnancyMentionedEarlierIsNotAskedAgain()
    {
        await _chat.JoinAsync();
        await _chat.SayAsync("I'm 20 weeks pregnant");
        await _chat.SayAsync("Check my soreness");
        await _chat.SayAsync("Start the check");

        await _player.AnswerAllAsync();

        Assert.DoesNotContain("pregnant", _player.Asked);
        Assert.Contains(AssessAdvice, _chat.LastText);
        Assert.Contains("A-PREGNANT", _player.TraceValue(TriageDecision.TraceName)!.ToJsonString());
    }

    [Theory]
    [InlineData("yeah", "E-SADDLE")]
    [InlineData("a bit", "E-SADDLE")]
    [InlineData("Y", "E-SADDLE")]
    public async Task TypedAndHedgedYesAnswersCount(string typed, string ruleId)
    {
        await _player.StartAsync();
        await _chat.SayAsync(typed);
        Assert.Equal("saddle", _player.CurrentQuestion()?.Id);

        await _chat.SayAsync(typed);

        Assert.Contains(EmergencyAdvice, _chat.LastText);
        Assert.Contains(ruleId, _player.TraceValue(TriageDecision.TraceName)!.ToJsonString());
    }

    [Fact]
    public async Task AnAnswerThatIsNotOneIsReAskedKindly()
    {
        await _player.StartAsync();

        await _chat.SayAsync("purple");

        Assert.Equal("Please choose **None of these**, **Yes, one or more** or **Not sure**. You can also type **stop** to end the check.", _chat.LastMessages[^1].Text);
        Assert.Equal(["None of these", "Yes, one or more", "Not sure"], _chat.LastButtons);
        await _chat.SayAsync("Yes, one or more");
        await _chat.SayAsync("purple");
        Assert.Equal("Please answer **Yes**, **No** or **Not sure**. You can also type **stop** to end the check.", _chat.LastMessages[^1].Text);
        Assert.Equal(["Yes", "No", "Not sure"], _chat.LastButtons);
        await _chat.SayAsync("nope");
        Assert.Equal("bladder_bowel", _player.CurrentQuestion()!.Id);
    }

    [Fact]
    public async Task AStopInASentenceIsReAskedWithTheWayOutAndTypingStopEndsTheCheck()
    {
        // "I want to stop now" is not read as the stop command (commands are whole messages, so "can you stop the
        // pain" never ends anything), but the re-ask says how to end the check, and "stop" does.
        await _player.StartAsync();

        await _chat.SayAsync("I want to stop now");
        Assert.EndsWith("You can also type **stop** to end the check.", _chat.LastMessages[^1].Text);

        await _chat.SayAsync("stop");
        Assert.Contains("stopped", _chat.LastText);
        Assert.Null(_player.CurrentQuestion());
    }

    [Fact]
    public async Task SeverityIsTypedAsANumberOrAWordAndOutOfRangeIsReAsked()
    {
        await _player.StartAsync();
        await _player.AnswerAllAsync(new Dictionary<string, string> { ["severity"] = "15" });

        Assert.Equal("Please give a number from 0 (no pain) to 10 (the worst pain you can imagine). You can also type **stop** to end the check.", _chat.LastMessages[^1].Text);
        await _chat.SayAsync("about 7 out of 10");
        Assert.Equal("trend", _player.CurrentQuestion()!.Id);
        await _player.AnswerAllAsync();
        Assert.Equal("7", _audit.Records[^1].Answers["severity"]);
        Assert.Contains("A-SEVERE", _audit.Records[^1].RulesFired);
    }

    [Fact]
    public async Task AfterThreeAnswersThatCannotBeReadItOffersToContinueOrStopAndNeverGivesAdvice()
    {
        await _player.StartAsync();
        await _chat.SayAsync("Yes, one or more");

        await _chat.SayAsync("purple");
        await _chat.SayAsync("banana");
        await _chat.SayAsync("what");

        Assert.Contains("couldn't follow that answer", _chat.LastText);
        Assert.Equal(["Continue the check", "Stop the check"], _chat.LastButtons);
        AssertNoAdvice();
        Assert.Empty(_audit.Records);

        await _chat.SayAsync("Continue the check");
        Assert.Equal("saddle", _player.CurrentQuestion()?.Id);
        await _chat.SayAsync("purple");
        await _chat.SayAsync("banana");
        await _chat.SayAsync("what");
        await _chat.SayAsync("Stop the check");

        Assert.Contains("stopped", _chat.LastText);
        AssertNoAdvice();
        Assert.Equal("interrupted", _audit.Records[^1].Outcome);
        Assert.Null(_audit.Records[^1].Disposition);
        await _chat.SayAsync("Sciatica");
        Assert.Contains("4 to 6 weeks", _chat.LastText);
    }

    [Fact]
    public async Task UnreadableAnswersAtTheGroupedQuestionAndTheConsentNeverGiveAdvice()
    {
        await _chat.JoinAsync();
        await _chat.SayAsync("Check my soreness");
        await _chat.SayAsync("purple");
        Assert.Contains("Start the check", _chat.LastText);
        await _chat.SayAsync("Start the check");

        await _chat.SayAsync("purple");
        await _chat.SayAsync("banana");
        await _chat.SayAsync("what");

        Assert.Contains("couldn't follow that answer", _chat.LastText);
        AssertNoAdvice();
        await _chat.SayAsync("Continue the check");
        Assert.Equal("emergency_signs", _player.CurrentGroup()?.Id);
    }

    private void AssertNoAdvice()
    {
        Assert.DoesNotContain("999", _chat.LastText);
        Assert.DoesNotContain("111", _chat.LastText);
        Assert.DoesNotContain("GP", _chat.LastText);
        Assert.DoesNotContain("A&E", _chat.LastText);
    }

    [Theory]
    [InlineData("stop", "OK, I've stopped that.")]
    [InlineData("start over", "No problem, let's start again.")]
    public async Task StoppingMidCheckIsRecordedAsInterrupted(string command, string reply)
    {
        await _player.StartAsync();
        await _chat.SayAsync("no");
        await _chat.SayAsync("no");

        await _chat.SayAsync(command);

        Assert.Contains(reply, _chat.LastText);
        var record = Assert.Single(_audit.Records);
        Assert.Equal("interrupted", record.Outcome);
        Assert.Equal(["emergency_signs", "urgent_signs"], record.QuestionsAsked);
        Assert.Null(record.Disposition);
    }

    [Fact]
    public async Task TheAuditRecordHoldsCodesAndAHashNeverTheConversationIdOrWhatWasTyped()
    {
        await _player.StartAsync("sore after my massage yesterday, my name is Alice Smith");
        await _player.AnswerAllAsync(new Dictionary<string, string> { ["trend"] = "it's getting worse every day, call me on 07700 900123" });

        var record = Assert.Single(_audit.Records);
        Assert.Equal("completed", record.Outcome);
        Assert.Equal("assess", record.Disposition);
        Assert.Equal(AuditHash.ForConversation(_chat.ConversationId), record.ConversationHash);
        Assert.Equal(TriageFixture.Content.Version, record.ContentVersion);
        Assert.Equal("worse", record.Answers["trend"]);
        Assert.Contains("A-WORSENING", record.RulesFired);
        Assert.Equal(_player.Asked.Distinct(), record.QuestionsAsked);
        var stored = System.Text.Json.JsonSerializer.Serialize(record);
        Assert.DoesNotContain("Alice", stored);
        Assert.DoesNotContain("07700", stored);
        Assert.DoesNotContain(_chat.ConversationId, stored);
    }

    [Fact]
    public async Task EveryUserMessageIsTracedForTheEmulatorWithTheSafetyNetVerdict()
    {
        await _player.StartAsync();

        Assert.True(_player.Traced(RedFlagCheck.TraceName));
        var value = _player.TraceValue(RedFlagCheck.TraceName)!;
        Assert.Equal("none", value["urgency"]!.GetValue<string>());
        Assert.False(value["ambiguous"]!.GetValue<bool>());
        Assert.Empty(value["rules"]!.AsArray());
    }

    [Fact]
    public async Task InATeamsChannelTheQuestionsCarryCardButtonsAndTypedAnswersWorkToo()
    {
        var chat = new ChatClient(_app.CreateClient(), ChannelIds.MsTeams);
        await chat.SendAsync(new Activity { Type = ActivityTypes.Message, Text = "Check my soreness", Conversation = new ConversationAccount { Id = chat.ConversationId, IsGroup = true, ConversationType = "channel" } });
        await chat.SendAsync(new Activity { Type = ActivityTypes.Message, Text = "Start the check", Conversation = new ConversationAccount { Id = chat.ConversationId, IsGroup = true, ConversationType = "channel" } });

        var question = chat.LastMessages[^1];
        Assert.Contains("genitals, bottom, buttocks or inner thighs", question.Text);
        Assert.Null(question.SuggestedActions);
        Assert.Equal(["None of these", "Yes, one or more", "Not sure"], chat.LastButtons);

        await chat.SendAsync(new Activity { Type = ActivityTypes.Message, Text = "no", Conversation = new ConversationAccount { Id = chat.ConversationId, IsGroup = true, ConversationType = "channel" } });
        Assert.Contains("high temperature", chat.LastMessages[^1].Text);
    }

    [Fact]
    public async Task TracesDoNotReachTheUserOnWebChat()
    {
        var chat = new ChatClient(_app.CreateClient(), ChannelIds.WebChat);
        await chat.JoinAsync();

        await chat.SayAsync("Check my soreness");

        Assert.DoesNotContain(chat.LastActivities, a => a.IsType(ActivityTypes.Trace));
    }
}
