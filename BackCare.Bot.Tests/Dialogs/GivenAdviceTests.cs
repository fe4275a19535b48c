using BackCare.Bot.Dialogs.Triage;
using BackCare.Bot.Triage;

namespace BackCare.Bot.Tests.Dialogs;

/// <summary>Which advice holds after each decision, and which red flags the held advice already covers.</summary>
public sealed class GivenAdviceTests
{
    private static readonly GivenAdvice Emergency = new() { Urgency = Dispositions.Emergency, Rules = ["E-SADDLE"] };
    private static readonly GivenAdvice Urgent = new() { Urgency = Dispositions.Urgent, Rules = ["U-FEVER"] };

    [Fact]
    public void EmergencyOrUrgentAdviceStartsToHold()
    {
        var held = GivenAdvice.After(null, new TriageDecision(Dispositions.Urgent, ["U-FEVER"], "v"));

        Assert.Equal(Dispositions.Urgent, held!.Urgency);
        Assert.Equal(["U-FEVER"], held.Rules);
    }

    [Theory]
    [InlineData(Dispositions.Assess)]
    [InlineData(Dispositions.Normal)]
    public void AssessOrNormalNeitherStartsNorReleasesAHold(string disposition)
    {
        Assert.Null(GivenAdvice.After(null, new TriageDecision(disposition, [], "v")));
        Assert.Same(Urgent, GivenAdvice.After(Urgent, new TriageDecision(disposition, [], "v")));
    }

    [Fact]
    public void MoreUrgentAdviceReplacesTheHoldAndLessUrgentNeverDowngradesIt()
    {
        Assert.Equal(["E-SADDLE"], GivenAdvice.After(Urgent, new TriageDecision(Dispositions.Emergency, ["E-SADDLE"], "v"))!.Rules);
        Assert.Same(Emergency, GivenAdvice.After(Emergency, new TriageDecision(Dispositions.Urgent, ["U-FEVER"], "v")));
    }

    [Fact]
    public void OnlyAdviceGivenAgainWhileItHoldsIsRepeated()
    {
        // Repeated advice offers no booking: the first advice, and a more urgent one that replaces it, are not repeats.
        Assert.False(GivenAdvice.After(null, new TriageDecision(Dispositions.Urgent, ["U-FEVER"], "v"))!.Repeated);
        Assert.True(GivenAdvice.After(Urgent, new TriageDecision(Dispositions.Urgent, ["U-CLOT"], "v"))!.Repeated);
        Assert.False(GivenAdvice.After(Urgent, new TriageDecision(Dispositions.Emergency, ["E-SADDLE"], "v"))!.Repeated);
    }

    [Fact]
    public void AdviceOfTheSameUrgencyKeepsEveryReason()
    {
        var held = GivenAdvice.After(Emergency, new TriageDecision(Dispositions.Emergency, ["E-BOWEL", "E-SADDLE"], "v"))!;

        Assert.Equal(["E-SADDLE", "E-BOWEL"], held.Rules);
    }

    [Theory]
    [InlineData(Dispositions.Urgent, false, "U-FEVER", false)]
    [InlineData(Dispositions.Urgent, false, "U-CLOT", true)]
    [InlineData(Dispositions.Urgent, true, "U-CLOT", false)]
    [InlineData(Dispositions.Emergency, true, "E-SADDLE", true)]
    [InlineData(Dispositions.Emergency, false, "E-CHEST", true)]
    [InlineData(Dispositions.None, false, null, false)]
    public void OnlyAMoreUrgentOrAPlainNewRedFlagIsNewWhileUrgentAdviceHolds(string urgency, bool ambiguous, string? rule, bool expected)
    {
        var check = rule is null ? RedFlagCheck.None : RedFlagCheck.From([new RedFlagMatch(rule, urgency, ambiguous)]);

        Assert.Equal(expected, AdviceHold.IsNewRedFlag(Urgent, check));
    }

    [Fact]
    public void TheSecondOpinionAloneIsNeverNewWhileAdviceHolds()
    {
        // The held advice already lists the emergency signs; the model's question would only replace it.
        Assert.False(AdviceHold.IsNewRedFlag(Urgent, RedFlagCheck.From([new RedFlagMatch(RedFlagDetector.SuspectedEmergency, Dispositions.Emergency, true)])));
        Assert.False(AdviceHold.IsNewRedFlag(Urgent, RedFlagCheck.From([new RedFlagMatch("U-FEVER", Dispositions.Urgent, false), new RedFlagMatch(RedFlagDetector.SuspectedEmergency, Dispositions.Emergency, true)])));
        Assert.True(AdviceHold.IsNewRedFlag(Urgent, RedFlagCheck.From([new RedFlagMatch("E-SADDLE", Dispositions.Emergency, true), new RedFlagMatch(RedFlagDetector.SuspectedEmergency, Dispositions.Emergency, true)])));
    }

    [Fact]
    public void NothingLessUrgentIsNewWhileEmergencyAdviceHolds()
    {
        Assert.False(AdviceHold.IsNewRedFlag(Emergency, RedFlagCheck.From([new RedFlagMatch("U-CLOT", Dispositions.Urgent, false)])));
        Assert.False(AdviceHold.IsNewRedFlag(Emergency, RedFlagCheck.From([new RedFlagMatch("E-SADDLE", Dispositions.Emergency, false)])));
        Assert.False(AdviceHold.IsNewRedFlag(Emergency, RedFlagCheck.From([new RedFlagMatch("E-CHEST", Dispositions.Emergency, true)])));
    }
}
