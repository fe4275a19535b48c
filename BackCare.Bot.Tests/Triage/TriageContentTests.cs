using System.Reflection;
using BackCare.Bot.Content;
using BackCare.Bot.Tests.Support;
using BackCare.Bot.Triage;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace BackCare.Bot.Tests.Triage;

/// <summary>The triage content files: consistent, reviewed, sourced, with no text lost or orphaned.</summary>
public sealed class TriageContentTests
{
    private static TriageContent Content => TriageFixture.Content;

    [Fact]
    public void EveryKeyTheCodeUsesExists()
    {
        var keys = typeof(TriageTextKeys).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetValue(null)!).ToList();

        Assert.NotEmpty(keys);
        Assert.All(keys, key => Assert.Contains(key, Content.TextKeys));
    }

    [Fact]
    public void EveryTextIsUsedByAQuestionARuleARedFlagOrTheCode()
    {
        var file = Content.File;
        var used = typeof(TriageTextKeys).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetValue(null)!)
            .Concat(file.Questions.SelectMany(q => new[] { q.Text, q.Item }.Concat(q.Choices.Select(c => c.Title))))
            .Concat(file.QuestionGroups.Select(g => g.Text))
            .Concat(file.Questions.Select(q => $"summary_{q.Id}"))
            .Concat(file.Rules.Select(r => r.Reason))
            .Concat(file.RedFlags.SelectMany(r => new[] { r.Reason, r.Confirm }))
            .OfType<string>()
            .ToHashSet();

        var orphans = Content.TextKeys.Where(k => !used.Contains(k)).ToList();
        Assert.True(orphans.Count == 0, "texts nobody uses: " + string.Join(", ", orphans));
    }

    [Fact]
    public void EveryRuleAndRedFlagNamesItsSourceAndEveryRedFlagCombinesConcepts()
    {
        Assert.All(Content.File.Rules, r => Assert.False(string.IsNullOrWhiteSpace(r.Source), r.Id));
        Assert.All(Content.File.RedFlags, r => Assert.False(string.IsNullOrWhiteSpace(r.Source), r.Id));
        Assert.All(Content.Detector.Concepts.Rules, r => Assert.NotEmpty(r.All));
        Assert.Equal(
            [.. Content.Detector.Concepts.Rules.Select(r => r.Id), RedFlagDetector.SuspectedEmergency, RedFlagDetector.SuspectedUrgent],
            Content.File.RedFlags.Select(r => r.Id));
    }

    [Fact]
    public void EveryRedFlagScreenQuestionIsInAGroupAskedAsOneQuestionInTheFileOrder()
    {
        foreach (var urgency in new[] { Dispositions.Emergency, Dispositions.Urgent })
        {
            var screens = Content.Questions.Where(q => q.Group == urgency).Select(q => q.Id).ToList();
            var group = Assert.Single(Content.Groups, g => g.Questions.Intersect(screens).Any());
            Assert.Equal(screens, group.Questions);
        }

        var firsts = Content.Groups.Select(g => Content.Questions.ToList().FindIndex(q => q.Id == g.Questions[0])).ToList();
        Assert.Equal(firsts.Order(), firsts);
    }

    [Fact]
    public void EveryRedFlagScreenQuestionHasARuleOfItsOwnUrgency()
    {
        foreach (var question in Content.Questions.Where(q => q.Group is Dispositions.Emergency or Dispositions.Urgent))
        {
            var rule = Assert.Single(Content.File.Rules, r => r.Id == question.Rule);
            Assert.Equal(question.Group, rule.Disposition);
        }
    }

    [Fact]
    public void TheBothFilesAreVersionedAndReviewedWithinAYear()
    {
        var file = Content.File;

        Assert.Matches(@"^\d{4}\.\d{2}\.\d{2}-\d+/rf-\d{4}\.\d{2}\.\d{2}-\d+$", Content.Version);
        Assert.True(file.NextReviewDue > file.ReviewedOn && file.NextReviewDue <= file.ReviewedOn.AddMonths(12));
        Assert.NotNull(file.RedFlagsNextReviewDue);
        Assert.Equal(72, file.EscalationThresholdHours);
    }

    [Fact]
    public async Task HealthReportsDegradedOnceContentIsPastItsReviewDate()
    {
        var responses = new ContentCatalog(Options.Create(new ClinicOptions()), Options.Create(new EmergencyServicesOptions()));
        var time = new FakeTimeProvider(new DateTimeOffset(Content.File.ReviewedOn.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero));
        var check = new ContentReviewHealthCheck(responses, Content, time);

        Assert.Equal(HealthStatus.Healthy, (await check.CheckHealthAsync(new HealthCheckContext())).Status);

        time.SetUtcNow(new DateTimeOffset(Content.File.NextReviewDue.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero));
        var overdue = await check.CheckHealthAsync(new HealthCheckContext());

        Assert.Equal(HealthStatus.Degraded, overdue.Status);
        Assert.Contains(TriageContent.FileName, overdue.Description);
    }

    [Fact]
    public void AnInconsistentFileIsRefusedAtStartWithTheProblemNamed()
    {
        var file = Content.File;
        var broken = new TriageFile
        {
            Locale = file.Locale,
            Version = "broken",
            Questions = file.Questions,
            Rules = [.. file.Rules, new TriageRule { Id = "X-1", Disposition = "maybe", When = new TriageCondition { Question = "nope" }, Reason = "missing_reason", Source = "none" }],
            Texts = file.Texts,
        };

        var error = Assert.Throws<InvalidOperationException>(() => new TriageContent(broken, BackCare.Bot.Content.EmbeddedContent.Load<BackCare.Bot.Triage.Understanding.ConceptFile>(TriageContent.ConceptsFileName), new ContentCatalog(Options.Create(new ClinicOptions()), Options.Create(new EmergencyServicesOptions()))));

        Assert.Contains("'X-1' has disposition 'maybe'", error.Message);
        Assert.Contains("missing text 'missing_reason'", error.Message);
        Assert.Contains("unknown question 'nope'", error.Message);
    }

    [Fact]
    public void VocabularyThatIsNotFoldedTextOrIsMissingIsRefusedAtStart()
    {
        // Typed answers are compared with folded text, so "A bit" or "not sure!" would never match what anyone types.
        var file = FreshFile();
        file.Vocabulary.HedgedYes.Add("A bit");
        file.Vocabulary.Unsure.Add("not sure!");
        file.Vocabulary.GroupNegatives.Clear();

        var error = Assert.Throws<InvalidOperationException>(() => Build(file));

        Assert.Contains("vocabulary 'hedgedYes' has \"A bit\"", error.Message);
        Assert.Contains("vocabulary 'unsure' has \"not sure!\"", error.Message);
        Assert.Contains("vocabulary 'groupNegatives' has no phrases", error.Message);
        Assert.DoesNotContain("'groupYes'", error.Message);
    }

    [Theory]
    [InlineData("kinda", "kinda", "yes")]
    [InlineData("kinda", "sorta", null)]
    [InlineData("sorta", "sorta", "yes")]
    public void AHedgedYesIsReadFromTheVocabulary(string hedge, string typed, string? expected)
    {
        // The hedges are content: a word is a hedged yes only when the vocabulary lists it.
        var file = FreshFile();
        file.Vocabulary.HedgedYes.Clear();
        file.Vocabulary.HedgedYes.Add(hedge);
        var content = Build(file);
        var question = content.Questions.First(q => q.Kind == QuestionKinds.YesNo && q.Id != "pregnant");

        Assert.Equal(expected, content.Answers.Read(question, typed, content.TitlesFor(question)));
    }

    private static TriageFile FreshFile() =>
        BackCare.Bot.Content.EmbeddedContent.Load<TriageFile>(TriageContent.FileName)
            .WithRedFlags(BackCare.Bot.Content.EmbeddedContent.Load<RedFlagFile>(TriageContent.RedFlagsFileName));

    private static TriageContent Build(TriageFile file) =>
        new(file, BackCare.Bot.Content.EmbeddedContent.Load<BackCare.Bot.Triage.Understanding.ConceptFile>(TriageContent.ConceptsFileName), new ContentCatalog(Options.Create(new ClinicOptions()), Options.Create(new EmergencyServicesOptions())));
}
