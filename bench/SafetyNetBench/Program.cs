using System.Diagnostics;
using BackCare.Bot.Content;
using BackCare.Bot.Triage;
using BackCare.Bot.Triage.Understanding;

// Red-flag safety net benchmark (in process, no HTTP): the cost of reading one free-text message with the
// concept-and-context pipeline, and with the statistical second opinion it consults when the rules are
// silent. Messages: the second opinion's training examples (752 typed messages of every urgency), then long
// ones. Prints the model's training ("load") time and the latency of one check, median, p99 and max.
var iterations = args.Length > 0 && int.TryParse(args[0], out var n) ? n : 20_000;
var messages = EmbeddedContent.Load<RedFlagExampleFile>(RedFlagSecondOpinion.FileName).Examples.Select(e => e.Text).Distinct().ToList();
Console.WriteLine($"safety net bench: {messages.Count} distinct messages, {iterations} checks per pass");

var clock = Stopwatch.StartNew();
var concepts = new ConceptDetector(EmbeddedContent.Load<ConceptFile>(TriageContent.ConceptsFileName));
Console.WriteLine($"concept pipeline build: {clock.Elapsed.TotalMilliseconds:F0} ms");
clock.Restart();
var model = RedFlagSecondOpinion.Embedded;
model.WarmUp();
Console.WriteLine($"second opinion training (start-up): {clock.Elapsed.TotalMilliseconds:F0} ms");

Report("concept rules only", Measure(new RedFlagDetector(concepts), messages, iterations));
Report("rules + second opinion", Measure(new RedFlagDetector(concepts, model), messages, iterations));
var longMessages = new List<string>
{
    string.Concat(Enumerable.Repeat("The massage was lovely and I feel a bit stiff today. ", 40)) + "Now I can't feel my bum.",
    string.Concat(Enumerable.Repeat("blah ", 4000)),
};
Report("long messages (2,000 and 20,000 characters), rules + second opinion", Measure(new RedFlagDetector(concepts, model), longMessages, iterations / 20));
return;

static List<double> Measure(RedFlagDetector detector, List<string> messages, int iterations)
{
    foreach (var message in messages)
    {
        detector.Check(message);
    }

    var samples = new List<double>(iterations);
    var timer = new Stopwatch();
    for (var i = 0; i < iterations; i++)
    {
        var message = messages[(i * 7) % messages.Count];
        timer.Restart();
        detector.Check(message);
        samples.Add(timer.Elapsed.TotalMilliseconds);
    }

    samples.Sort();
    return samples;
}

static void Report(string what, List<double> sorted) =>
    Console.WriteLine($"{what}: median {sorted[sorted.Count / 2]:F3} ms, p99 {sorted[(int)(sorted.Count * 0.99)]:F3} ms, max {sorted[^1]:F3} ms");
