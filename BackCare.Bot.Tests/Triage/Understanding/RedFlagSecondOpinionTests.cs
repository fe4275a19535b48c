using BackCare.Bot.Content;
using BackCare.Bot.Tests.Support;
using BackCare.Bot.Triage;
using BackCare.Bot.Triage.Understanding;

namespace BackCare.Bot.Tests.Triage.Understanding;

/// <summary>The statistical second opinion may only ask, only when the rules are silent, and never learns from held-out text.</summary>
public sealed class RedFlagSecondOpinionTests
{
    private static RedFlagDetector Detector => TriageFixture.Content.Detector;

    [Fact]
    public void ItIsNeverConsultedWhenTheRulesFireOrAConceptWasSetAside()
    {
        var model = RedFlagSecondOpinion.Embedded;
        var concepts = Detector.Concepts;

        Assert.Null(model.Suspect("my bum is numb", concepts.Read("my bum is numb")));
        Assert.Null(model.Suspect("no numbness down there and I can pee fine", concepts.Read("no numbness down there and I can pee fine")));
        Assert.Null(model.Suspect("what if my legs went numb?", concepts.Read("what if my legs went numb?")));
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
    public void AReplyThatNamesNothingClinicalIsNotJudgedByTheModel(string reply)
    {
        var file = EmbeddedContent.Load<RedFlagExampleFile>(RedFlagSecondOpinion.FileName);
        Assert.Null(new RedFlagSecondOpinion(file with { Threshold = 0 }).Suspect(reply, Detector.Concepts.Read(reply)));
    }

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
