using BackCare.Bot.Tests.Support;
using BackCare.Bot.Triage;
using BackCare.Bot.Triage.Understanding;

namespace BackCare.Bot.Tests.Triage.Understanding;

/// <summary>A concept told by measurements (the content's "measurements"): a weight written twice, the last lower.</summary>
public sealed class MeasuredTrendTests
{
    private static RedFlagDetector Detector => TriageFixture.Content.Detector;

    private static readonly MeasurementDefinition WeightFalling = new()
    {
        Concept = "weight_loss", Direction = MeasurementDefinition.Falling, MinimumChange = 0.03, Cues = ["weight", "weighed"], Units = ["kg", "lbs"],
    };

    private static ConceptMention? Find(MeasurementDefinition definition, string message) =>
        new MeasuredTrend(definition, "symptom").Find(Detector.Concepts.Text.Tokenize(message));

    [Theory]
    [InlineData("Weight 82.4 kg in January, 74.1 kg this morning")]
    [InlineData("weighed 180 lbs at christmas and 168 lbs today")]
    [InlineData("my weight was 80kg, then 78kg, now 71kg")]
    public void ALastValueWellBelowTheFirstIsTheConcept(string message)
    {
        var mention = Find(WeightFalling, message);
        Assert.NotNull(mention);
        Assert.Equal("weight_loss", mention.Concept);
    }

    [Theory]
    [InlineData("weighed 70 kg in March and 76 kg now")] // rising
    [InlineData("weight 80 kg in March and 79 kg now")] // about 1%: scales vary that much
    [InlineData("lifted 40 kg at work then 20 kg at the gym")] // no weight named
    [InlineData("weight 80 kg")] // one value
    [InlineData("weight 80 stone then 70 stone")] // not a listed unit
    public void ARiseASmallChangeOrAnotherQuantityIsNot(string message) => Assert.Null(Find(WeightFalling, message));

    [Fact]
    public void TheMentionSitsOnTheLastValue()
    {
        var tokens = Detector.Concepts.Text.Tokenize("weight 82 kg in January, 74 kg today");
        var mention = new MeasuredTrend(WeightFalling, "symptom").Find(tokens)!;
        Assert.Equal("74", tokens[mention.Start].Text);
        Assert.Equal("kg", tokens[mention.End - 1].Text);
    }

    [Theory]
    [InlineData("no_such_concept", MeasurementDefinition.Falling)]
    [InlineData("weight_loss", "sideways")]
    public void AMeasurementOfAnUnknownConceptOrDirectionIsRejectedAtStartUp(string concept, string direction)
    {
        var file = new ConceptFile
        {
            Version = "test",
            Concepts = new() { ["weight_loss"] = new ConceptDefinition { Kind = "symptom", Phrases = ["weight loss"] } },
            Measurements = [new MeasurementDefinition { Concept = concept, Direction = direction, MinimumChange = 0.03, Cues = ["weight"], Units = ["kg"] }],
        };

        var error = Assert.Throws<InvalidOperationException>(() => new ConceptDetector(file));
        Assert.Contains($"measurement of '{concept}'", error.Message);
    }
}
