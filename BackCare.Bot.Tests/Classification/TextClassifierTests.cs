using BackCare.Bot.Classification;

namespace BackCare.Bot.Tests.Classification;

public sealed class TextClassifierTests
{
    private static readonly LabelledText[] Examples =
    [
        new("fruit", "apple"), new("fruit", "ripe banana"), new("fruit", "a bowl of cherries"), new("fruit", "juicy orange"),
        new("fruit", "green pear"), new("fruit", "sweet mango"), new("fruit", "fresh strawberries"), new("fruit", "plums"),
        new("vehicle", "red car"), new("vehicle", "the number 9 bus"), new("vehicle", "a fast train"), new("vehicle", "bicycle"),
        new("vehicle", "lorry on the motorway"), new("vehicle", "motorbike"), new("vehicle", "black cab"), new("vehicle", "tram"),
        new("weather", "it is raining"), new("weather", "sunny and warm"), new("weather", "heavy snow"), new("weather", "windy day"),
        new("weather", "thunder and lightning"), new("weather", "cloudy skies"), new("weather", "fog this morning"), new("weather", "a light drizzle"),
    ];

    [Fact]
    public void PredictsEveryLabelRankedWithProbabilitiesThatSumToOne()
    {
        var classifier = TextClassifier.Train(Examples);

        var ranked = classifier.Predict("a ripe juicy mango");

        Assert.Equal(["fruit", "vehicle", "weather"], classifier.Labels.Order());
        Assert.Equal("fruit", ranked[0].Label);
        Assert.Equal(3, ranked.Count);
        Assert.Equal(ranked.OrderByDescending(s => s.Score), ranked);
        Assert.Equal(1.0, ranked.Sum(s => s.Score), 4);
    }

    [Fact]
    public void TheSameSeedGivesTheSameScores()
    {
        var first = TextClassifier.Train(Examples, new TextClassifierOptions { Seed = 42 });
        var second = TextClassifier.Train(Examples, new TextClassifierOptions { Seed = 42 });

        Assert.Equal(first.Predict("a snowy bus ride"), second.Predict("a snowy bus ride"));
    }

    [Fact]
    public void NeedsAtLeastTwoLabels()
    {
        Assert.Throws<ArgumentException>(() => TextClassifier.Train(Examples.Where(e => e.Label == "fruit")));
    }
}
