using System.Text.Json;
using BackCare.Bot.Tests.Support;
using BackCare.Bot.Triage;

namespace BackCare.Bot.Tests.Triage;

/// <summary>The disposition function on its own: every rule, the precedence of urgency, and the threshold from the content file.</summary>
public sealed class TriageEngineTests
{
    private static TriageEngine Engine => TriageFixture.Content.Engine;

    public static TheoryData<string, string, string> EveryRule => new()
    {
        { "saddle=yes", "emergency", "E-SADDLE" },
        { "bladder_bowel=yes", "emergency", "E-BLADDER-BOWEL" },
        { "both_legs=yes", "emergency", "E-BOTH-LEGS" },
        { "where=below_knee;legs=both", "emergency", "E-BOTH-LEGS" },
        { "sexual_function=yes", "emergency", "E-SEXUAL" },
        { "chest_breathless=yes", "emergency", "E-CHEST" },
        { "serious_injury=yes", "emergency", "E-INJURY" },
        { "conditions=osteoporosis,fall_fracture", "emergency", "E-FALL-FRAGILE" },
        { "saddle=unsure", "urgent", "U-UNSURE-EMERGENCY" },
        { "fever=yes", "urgent", "U-FEVER" },
        { "conditions=fever_infection", "urgent", "U-FEVER" },
        { "one_leg_swollen=yes", "urgent", "U-CLOT" },
        { "night_rest_pain=yes", "urgent", "U-NIGHT-REST" },
        { "cough_sneeze=yes", "urgent", "U-COUGH-SNEEZE" },
        { "upper_back=yes", "urgent", "U-UPPER-BACK" },
        { "lump_weight=yes", "urgent", "U-LUMP-WEIGHT" },
        { "conditions=cancer", "urgent", "U-CANCER-HISTORY" },
        { "conditions=fall_fracture", "urgent", "U-FALL" },
        { "fever=unsure", "assess", "A-UNSURE-URGENT" },
        { "massage_when=4_plus_days", "assess", "A-LASTING" },
        { "trend=worse", "assess", "A-WORSENING" },
        { "feel=sharp", "assess", "A-NOT-TYPICAL-FEEL" },
        { "feel=tingling", "assess", "A-NOT-TYPICAL-FEEL" },
        { "where=thigh;legs=one", "assess", "A-LEG" },
        { "severity=7", "assess", "A-SEVERE" },
        { "pain_onset=later", "assess", "A-LATE-ONSET" },
        { "pain_onset=before", "assess", "A-PRE-EXISTING" },
        { "massage_when=no_massage", "assess", "A-PRE-EXISTING" },
        { "pregnant=yes", "assess", "A-PREGNANT" },
        { "conditions=blood_thinners", "assess", "A-CONTRAINDICATION" },
        { "conditions=osteoporosis", "assess", "A-CONTRAINDICATION" },
        { "conditions=surgery", "assess", "A-CONTRAINDICATION" },
        { "bruising=yes", "assess", "A-BRUISING" },
        { "not_coping=yes", "assess", "A-NOT-COPING" },
        { "feels_different=yes", "assess", "A-FEELS-DIFFERENT" },
        { "weeks_no_better=yes", "assess", "A-WEEKS" },
        { "massage_when=yesterday;feel=dull;trend=better;severity=6;conditions=none;pregnant=no", "normal", TriageEngine.NoFlagsRuleId },
        { "massage_when=3_days", "normal", TriageEngine.NoFlagsRuleId },
        { "", "normal", TriageEngine.NoFlagsRuleId },
    };

    [Theory]
    [MemberData(nameof(EveryRule))]
    public void EachRuleLeadsToItsDisposition(string answers, string disposition, string ruleId)
    {
        var decision = Engine.Decide(Parse(answers));

        Assert.Equal(disposition, decision.Disposition);
        Assert.Contains(ruleId, decision.Rules);
        Assert.Equal(TriageFixture.Content.Version, decision.ContentVersion);
    }

    [Fact]
    public void EveryRuleInTheContentFileIsCoveredAbove()
    {
        var covered = EveryRule.Select(row => (string)row[2]).ToHashSet();

        Assert.All(TriageFixture.Content.File.Rules, rule => Assert.Contains(rule.Id, covered));
    }

    [Fact]
    public void TheMostUrgentRuleWinsAndOnlyItsLevelIsReported()
    {
        var decision = Engine.Decide(Parse("trend=worse;fever=yes;saddle=yes;chest_breathless=yes"));

        Assert.Equal("emergency", decision.Disposition);
        Assert.Equal(["E-SADDLE", "E-CHEST"], decision.Rules);
    }

    [Fact]
    public void TheSameAnswersAlwaysGiveTheSameDecision()
    {
        var answers = Parse("massage_when=2_days;feel=sharp;severity=3");

        Assert.Equal(Engine.Decide(answers), Engine.Decide(answers), new DecisionComparer());
    }

    [Theory]
    [InlineData(48, "3_days", "assess")]
    [InlineData(72, "3_days", "normal")]
    [InlineData(96, "4_plus_days", "assess")]
    [InlineData(120, "4_plus_days", "normal")]
    public void TheEscalationThresholdComesFromTheContentFile(int thresholdHours, string massageWhen, string expected)
    {
        var json = JsonSerializer.Serialize(TriageFixture.Content.File, BackCare.Bot.Framework.Schema.ProtocolJson.Options);
        var file = JsonSerializer.Deserialize<TriageFile>(json, BackCare.Bot.Framework.Schema.ProtocolJson.Options)!;
        var changed = new TriageFile
        {
            Locale = file.Locale, Version = "test", Questions = file.Questions, Rules = file.Rules, EscalationThresholdHours = thresholdHours,
        };

        Assert.Equal(expected, new TriageEngine(changed).Decide(Parse($"massage_when={massageWhen}")).Disposition);
    }

    private static Dictionary<string, string> Parse(string answers) =>
        answers.Split(';', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('='))
            .ToDictionary(p => p[0], p => p[1]);

    private sealed class DecisionComparer : IEqualityComparer<TriageDecision>
    {
        public bool Equals(TriageDecision? x, TriageDecision? y) =>
            x is not null && y is not null && x.Disposition == y.Disposition && x.Rules.SequenceEqual(y.Rules) && x.ContentVersion == y.ContentVersion;

        public int GetHashCode(TriageDecision obj) => obj.Disposition.GetHashCode(StringComparison.Ordinal);
    }
}
