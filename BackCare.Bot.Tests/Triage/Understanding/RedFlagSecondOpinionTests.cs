using BackCare.Bot.Content;
using BackCare.Bot.Tests.Support;
using BackCare.Bot.Triage;
using BackCare.Bot.Triage.Understanding;

namespace BackCare.Bot.Tests.Triage.Understanding;

/// <summary>The statistical second opinion may only ask, only when the rules are silent or read an urgent red flag, and never learns from held-out text.</summary>
public sealed class RedFlagSecondOpinionTests
{
    private static RedFlagDetector Detector => TriageFixture.Content.Detector;

    [Theory]
    [InlineData("my bum is numb")]
    [InlineData("no numbness down there and I can pee fine")]
    [InlineData("what if my legs went numb?")]
    [InlineData("no numbness at all, but I keep feeling dizzy since the massage")]
    public void ItIsNotConsultedWhenTheRulesFireOrOnlyWhatWasSetAsideIsLeft(string message) =>
        Assert.Null(SuspectAtThresholdZero(message));

    [Theory]
    [InlineData("not sneezing or coughing, just a weird ache in my back that comes and goes")]
    [InlineData("no fever, but my back feels strange and heavy today")]
    public void ItIsConsultedWhenASymptomIsStillAssertedBesideADenial(string message)
    {
        Assert.Empty(Detector.Concepts.Read(message).Matches);
        Assert.NotNull(SuspectAtThresholdZero(message));
    }

    [Fact]
    public void AnUrgentReadingMayOnlyGetTheEmergencyQuestionBeforeItsOwnAdvice()
    {
        RedFlagExampleFile File(double? escalation) => new()
        {
            Version = "test",
            Threshold = 0.99,
            EscalationThreshold = escalation,
            Examples =
            [
                .. Enumerable.Range(0, 20).Select(i => new RedFlagExampleFile.LabelledExample { Label = "emergency", Text = $"my left calf is hot and swollen {i}" }),
                .. Enumerable.Range(0, 20).Select(i => new RedFlagExampleFile.LabelledExample { Label = "other", Text = $"how often should I book {i}" }),
            ],
        };
        const string message = "my left calf is hot and swollen";

        var escalated = new RedFlagDetector(Detector.Concepts, new RedFlagSecondOpinion(File(0.5))).Check(message);
        var plain = new RedFlagDetector(Detector.Concepts, new RedFlagSecondOpinion(File(null))).Check(message);

        // The emergency question comes first and is only a question; its "no" leaves the rule's urgent advice.
        Assert.Equal(Dispositions.Emergency, escalated.Urgency);
        Assert.True(escalated.Ambiguous);
        Assert.Equal([RedFlagDetector.SuspectedEmergency], escalated.Rules);
        Assert.Equal(Dispositions.Urgent, escalated.WithoutAmbiguous().Urgency);
        Assert.Contains("U-CLOT", escalated.WithoutAmbiguous().Rules);
        Assert.Equal(Dispositions.Emergency, escalated.Suspicion?.Label);

        // Without an escalation threshold the rules stand alone.
        Assert.Equal(Dispositions.Urgent, plain.Urgency);
        Assert.False(plain.Ambiguous);
        Assert.Null(plain.Suspicion);
    }

    [Fact]
    public void AnEmergencyReadingIsNeverEscalatedOrLowered()
    {
        var file = EmbeddedContent.Load<RedFlagExampleFile>(RedFlagSecondOpinion.FileName) with { EscalationThreshold = 0 };
        var detector = new RedFlagDetector(Detector.Concepts, new RedFlagSecondOpinion(file));

        var check = detector.Check("my bum is numb since this morning");

        Assert.Equal(Dispositions.Emergency, check.Urgency);
        Assert.False(check.Ambiguous);
        Assert.DoesNotContain(RedFlagDetector.SuspectedEmergency, check.Rules);
    }

    [Fact]
    public void ASuspicionOnlyEverAsks()
    {
        var model = new RedFlagSecondOpinion(new RedFlagExampleFile
        {
            Version = "test",
            Threshold = 0.5,
            Examples =
            [
                .. Enumerable.Range(0, 20).Select(i => new RedFlagExampleFile.LabelledExample { Label = "emergency", Text = $"my zorble feels strange {i}" }),
                .. Enumerable.Range(0, 20).Select(i => new RedFlagExampleFile.LabelledExample { Label = "other", Text = $"how often should I book {i}" }),
            ],
        });
        var detector = new RedFlagDetector(Detector.Concepts, model);

        var check = detector.Check("my zorble feels strange");

        Assert.Equal(Dispositions.Emergency, check.Urgency);
        Assert.True(check.Ambiguous);
        Assert.Equal([RedFlagDetector.SuspectedEmergency], check.Rules);
        Assert.NotNull(check.Suspicion);
        Assert.False(detector.Check("how often should I book").IsRedFlag);

        // The bot's own button titles are read by the rules only.
        detector.RememberVerdictsFor(["my zorble feels strange"]);
        Assert.False(detector.Check("My zorble feels strange").IsRedFlag);
    }

    [Fact]
    public void TrainingIsReproducible()
    {
        var file = EmbeddedContent.Load<RedFlagExampleFile>(RedFlagSecondOpinion.FileName);
        var message = "my husband looks grey and sweaty and says his back is agony";
        var reading = Detector.Concepts.Read("my back");
        var first = new RedFlagSecondOpinion(file with { Threshold = 0 }).Suspect(message, reading);
        var second = new RedFlagSecondOpinion(file with { Threshold = 0 }).Suspect(message, reading);

        Assert.NotNull(first);
        Assert.Equal(first, second);
    }

    [Theory]
    [InlineData("the injury one")]
    [InlineData("the second")]
    [InlineData("yes, the left")]
    public void AReplyThatNamesNothingClinicalIsNotJudgedByTheModel(string reply) =>
        Assert.Null(SuspectAtThresholdZero(reply));

    /// <summary>The embedded examples' model at threshold 0, where any consultation is a suspicion.</summary>
    private static ModelSuspicion? SuspectAtThresholdZero(string message) =>
        new RedFlagSecondOpinion(EmbeddedContent.Load<RedFlagExampleFile>(RedFlagSecondOpinion.FileName) with { Threshold = 0 })
            .Suspect(message, Detector.Concepts.Read(message));

    [Fact]
    public void NoHeldOutMessageIsAmongTheTrainingExamples()
    {
        var examples = EmbeddedContent.Load<RedFlagExampleFile>(RedFlagSecondOpinion.FileName).Examples.Select(e => e.Text).ToHashSet();
        foreach (var file in RedFlagCorpusTests.HeldOutBatches.Keys)
        {
            Assert.DoesNotContain(RedFlagCorpusTests.Load(file), item => examples.Contains(item.Text));
        }

        Assert.True(examples.Count >= 600, $"{examples.Count} examples");
    }
}
