using BackCare.Bot.Framework.Recognizers;

namespace BackCare.Bot.Tests.Framework.Recognizers;

public sealed class RecognitionVerdictTests
{
    private static readonly RecognitionThresholds Thresholds = new(Confident: 0.5, Margin: 0.2, Candidate: 0.15, MaxCandidates: 3);

    [Fact]
    public void AClearWinnerIsConfident()
    {
        var verdict = Judge(("pregnancy", 0.8), ("sciatica", 0.1));

        Assert.Equal(new RecognitionVerdict.Confident("pregnancy", 0.8), verdict);
    }

    [Fact]
    public void AWinnerTooCloseToTheSecondIsUnsureWithBothOffered()
    {
        var verdict = Assert.IsType<RecognitionVerdict.Unsure>(Judge(("cure", 0.55), ("frequency", 0.4), ("none", 0.05)));

        Assert.Equal(["cure", "frequency"], verdict.Candidates.Select(c => c.Key));
    }

    [Fact]
    public void ALowWinnerIsUnsureAndOffersAtMostTheMaximumLeavingNoneOut()
    {
        var verdict = Assert.IsType<RecognitionVerdict.Unsure>(Judge(("none", 0.3), ("a", 0.25), ("b", 0.2), ("c", 0.16), ("d", 0.09)));

        Assert.Equal(["a", "b", "c"], verdict.Candidates.Select(c => c.Key));
    }

    [Fact]
    public void AConfidentNoneIsNotUnderstood()
    {
        Assert.IsType<RecognitionVerdict.NotUnderstood>(Judge(("none", 0.9), ("greeting", 0.05)));
    }

    [Fact]
    public void NothingPlausibleIsNotUnderstood()
    {
        Assert.IsType<RecognitionVerdict.NotUnderstood>(Judge(("none", 0.4), ("a", 0.1), ("b", 0.1)));
        Assert.IsType<RecognitionVerdict.NotUnderstood>(new RecognizerResult("", new Dictionary<string, double>()).Verdict);
    }

    [Fact]
    public void AResultUsesTheThresholdsItCarries()
    {
        var scores = new Dictionary<string, double> { ["cure"] = 0.45, ["none"] = 0.1 };

        Assert.IsType<RecognitionVerdict.Unsure>(new RecognizerResult("x", scores).Verdict);
        Assert.IsType<RecognitionVerdict.Confident>(new RecognizerResult("x", scores) { Thresholds = Thresholds with { Confident = 0.4 } }.Verdict);
    }

    private static RecognitionVerdict Judge(params (string Intent, double Score)[] scores) =>
        RecognitionVerdict.From(new RecognizerResult("text", scores.ToDictionary(s => s.Intent, s => s.Score)), Thresholds);
}
