using System.Text.RegularExpressions;
using BackCare.Bot.Triage;

namespace BackCare.Bot.Tests.Triage;

/// <summary>A pattern that runs out of time counts as the caller says, never as an error.</summary>
public sealed class PatternSetTests
{
    private static readonly string Hostile = new string('a', 40) + "b";

    private static PatternSet Catastrophic() =>
        new([new Regex("^(a+)+$", RegexOptions.None, TimeSpan.FromMilliseconds(20))]);

    [Fact]
    public void ATimeoutIsReportedAsAPossibleMatchNotAsNoMatch()
    {
        var set = Catastrophic();

        Assert.True(set.IsMatch(Hostile, onTimeout: true));
        Assert.False(set.IsMatch(Hostile));
        Assert.False(set.Match(Hostile).Success);
    }

    [Fact]
    public void EveryContentPatternHasATimeLimit()
    {
        var set = TriagePatterns.Compile(["\\bnumb\\b"], new Dictionary<string, string>(), "test");

        Assert.Equal(TriagePatterns.MatchTimeout, TimeSpan.FromMilliseconds(250));
        Assert.Equal(0, set.Match("numb bum").Index);
        Assert.True(set.Match("numb bum").Success);
    }
}
