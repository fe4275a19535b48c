using System.Globalization;
using BackCare.Bot.Tests.Support;
using BackCare.Bot.Triage;
using Xunit.Abstractions;

namespace BackCare.Bot.Tests.Triage;

/// <summary>
/// The free-text corpus (red-flag-corpus.tsv, written independently of the patterns): every
/// emergency and urgent message must be caught (100% recall; an ambiguous catch still gives the
/// advice first), and at most 10% of normal-soreness messages may be plainly escalated to emergency.
/// Prints recall per urgency and the over-triage rate.
/// </summary>
public sealed class RedFlagCorpusTests(ITestOutputHelper output)
{
    private static readonly string[] Labels = [Dispositions.Emergency, Dispositions.Urgent, Dispositions.Assess, Dispositions.Normal, Dispositions.None];

    public static IReadOnlyList<CorpusLine> Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Triage", "red-flag-corpus.tsv");
        return File.ReadAllLines(path)
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split('\t'))
            .Select(f => new CorpusLine(f[0], f[1] == "1", f[2]))
            .ToList();
    }

    [Fact]
    public void CorpusHasAtLeast150MessagesCoveringEveryUrgency()
    {
        var corpus = Load();

        Assert.True(corpus.Count >= 150, $"corpus has {corpus.Count} messages");
        Assert.All(Labels, label => Assert.Contains(corpus, l => l.Expected == label));
        Assert.All(corpus, l => Assert.Contains(l.Expected, Labels));
        Assert.True(corpus.Count(l => l.Ambiguous) >= 15, "the corpus needs negated and past-event wordings");
    }

    [Fact]
    public void EveryEmergencyAndUrgentMessageIsCaughtAndFewNormalOnesAreEscalated()
    {
        var corpus = Load();
        var detector = TriageFixture.Content.Detector;
        var classifier = new FreeTextTriage(TriageFixture.Content);
        var misses = new List<string>();

        foreach (var label in Labels)
        {
            var lines = corpus.Where(l => l.Expected == label).ToList();
            var hits = 0;
            foreach (var line in lines)
            {
                var check = detector.Check(line.Message);
                var hit = label switch
                {
                    Dispositions.Emergency => check.Urgency == Dispositions.Emergency,
                    Dispositions.Urgent => Dispositions.Rank(check.Urgency) >= Dispositions.Rank(Dispositions.Urgent),
                    _ => classifier.Classify(line.Message) == label,
                };
                hits += hit ? 1 : 0;
                if (!hit)
                {
                    misses.Add($"  {label,-9} got {check.Urgency}{(check.Ambiguous ? " (ambiguous)" : string.Empty)} [{string.Join(",", check.Rules)}] / free text: {classifier.Classify(line.Message)} :: {line.Message}");
                }
            }

            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"recall {label,-9} {hits,3}/{lines.Count,-3} = {100.0 * hits / lines.Count:F1}%"));
        }

        var normal = corpus.Where(l => l.Expected == Dispositions.Normal).ToList();
        var plainlyEscalated = normal.Count(l => detector.Check(l.Message) is { Urgency: Dispositions.Emergency, Ambiguous: false });
        var anyEscalated = normal.Count(l => detector.Check(l.Message).Urgency == Dispositions.Emergency);
        var overTriage = 100.0 * plainlyEscalated / normal.Count;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"over-triage: normal soreness escalated to emergency {plainlyEscalated}/{normal.Count} = {overTriage:F1}% (with a confirming question as well: {anyEscalated}/{normal.Count})"));
        var ambiguous = corpus.Where(l => l.Ambiguous).ToList();
        var confirmed = ambiguous.Count(l => detector.Check(l.Message) is { IsRedFlag: true, Ambiguous: true } || classifier.Classify(l.Message) == l.Expected);
        output.WriteLine($"negated or past mentions handled (confirming question or right reading): {confirmed}/{ambiguous.Count}");
        output.WriteLine("misses:");
        misses.ForEach(output.WriteLine);

        var emergencyMisses = misses.Where(m => m.StartsWith("  emergency", StringComparison.Ordinal) || m.StartsWith("  urgent", StringComparison.Ordinal)).ToList();
        Assert.True(emergencyMisses.Count == 0, "emergency/urgent recall below 100%:\n" + string.Join("\n", emergencyMisses));
        Assert.True(overTriage <= 10.0, $"{overTriage:F1}% of normal-soreness messages escalated to emergency (limit 10%)");
    }

    public sealed record CorpusLine(string Expected, bool Ambiguous, string Message);
}
