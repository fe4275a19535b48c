using BackCare.Bot.Recognizers;
using Xunit.Abstractions;

namespace BackCare.Bot.Tests.Recognizers;

/// <summary>Every wording in intent-corpus.tsv must reach its intent; the test prints accuracy per intent.</summary>
public sealed class IntentCorpusTests(ITestOutputHelper output)
{
    [Fact]
    public void EveryCorpusWordingIsRecognised()
    {
        var recognizer = new PatternRecognizer();
        var lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Recognizers", "intent-corpus.tsv"))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split('\t'))
            .ToList();
        Assert.True(lines.Count >= 80, "the corpus should hold at least 80 wordings");

        var misses = new List<string>();
        foreach (var group in lines.GroupBy(l => l[0]))
        {
            var hits = group.Count(l => recognizer.Recognize(l[1]).TopIntent == l[0]);
            output.WriteLine($"{group.Key,-16} {hits}/{group.Count()}");
            misses.AddRange(group.Where(l => recognizer.Recognize(l[1]).TopIntent != l[0])
                .Select(l => $"\"{l[1]}\" expected {l[0]}, got {recognizer.Recognize(l[1]).TopIntent}"));
        }

        Assert.True(misses.Count == 0, string.Join(Environment.NewLine, misses));
    }
}
