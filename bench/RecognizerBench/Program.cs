using System.Diagnostics;
using BackCare.Bot.Recognizers;

// Intent recognizer benchmark: how long the model takes to train at start-up (its "load"), the first
// recognition after that, and the latency of one recognition over typed messages (median and p99),
// single-threaded and from several threads at once. Messages: intent-corpus.tsv and the held-out file's
// texts (measuring only); then two long ones.
var iterations = args.Length > 0 && int.TryParse(args[0], out var n) ? n : 20_000;
var messages = LoadMessages();
var longMessages = new List<string>
{
    string.Concat(Enumerable.Repeat("my back has been a bit stiff since the weekend and ", 8)) + "how often should I come in?",
    string.Concat(Enumerable.Repeat("blah ", 2000)),
};
Console.WriteLine($"recognizer bench: {messages.Count} distinct messages, {iterations} recognitions per pass, {Environment.ProcessorCount} cores");

var process = Process.GetCurrentProcess();
var rssBefore = process.WorkingSet64;
var clock = Stopwatch.StartNew();
var recognizer = new TrainedRecognizer();
recognizer.WarmUp();
var load = clock.Elapsed;
clock.Restart();
recognizer.Recognize("how often should I have a massage?");
var first = clock.Elapsed;
process.Refresh();
Console.WriteLine($"model load (train at start-up, cold): {load.TotalMilliseconds:F0} ms; first recognition after it: {first.TotalMilliseconds:F2} ms; RSS +{(process.WorkingSet64 - rssBefore) / 1048576.0:F0} MB");

clock.Restart();
var again = new TrainedRecognizer(
    BackCare.Bot.Content.EmbeddedContent.Load<IntentUtteranceFile>("intent-utterances.en-GB.json"),
    BackCare.Bot.Content.EmbeddedContent.Load<IntentRecognitionFile>("intent-recognition.en-GB.json"));
again.WarmUp();
Console.WriteLine($"model load (train again, warm JIT): {clock.Elapsed.TotalMilliseconds:F0} ms");

Report("typed messages, 1 thread", Measure(recognizer, messages, iterations, threads: 1));
Report($"typed messages, {Environment.ProcessorCount} threads", Measure(recognizer, messages, iterations, threads: Environment.ProcessorCount));
Report("long messages (400 and 10,000 characters)", Measure(recognizer, longMessages, iterations / 10, threads: 1));
var commands = new[] { "stop", "help", "menu", "start over" }.ToList();
Report("commands (exact list)", Measure(recognizer, commands, iterations, threads: 1));
return;

static List<double> Measure(TrainedRecognizer recognizer, List<string> messages, int iterations, int threads)
{
    foreach (var message in messages)
    {
        recognizer.Recognize(message);
    }

    var perThread = iterations / threads;
    var samples = new List<double>[threads];
    Parallel.For(0, threads, new ParallelOptions { MaxDegreeOfParallelism = threads }, t =>
    {
        var local = new List<double>(perThread);
        var timer = new Stopwatch();
        for (var i = 0; i < perThread; i++)
        {
            var message = messages[(i * 7 + t) % messages.Count];
            timer.Restart();
            recognizer.Recognize(message);
            local.Add(timer.Elapsed.TotalMilliseconds);
        }

        samples[t] = local;
    });
    return samples.SelectMany(s => s).Order().ToList();
}

static void Report(string name, List<double> sorted)
{
    double At(double q) => sorted[Math.Min(sorted.Count - 1, (int)(q * sorted.Count))];
    Console.WriteLine($"recognition latency, {name}: median {At(0.5):F3} ms, p99 {At(0.99):F3} ms, max {sorted[^1]:F2} ms ({sorted.Count} samples)");
}

static List<string> LoadMessages()
{
    var root = AppContext.BaseDirectory;
    while (!File.Exists(Path.Combine(root, "BackCare.sln")))
    {
        root = Path.GetDirectoryName(root.TrimEnd(Path.DirectorySeparatorChar)) ?? throw new InvalidOperationException("BackCare.sln not found above the bench.");
    }

    var recognizers = Path.Combine(root, "BackCare.Bot.Tests", "Recognizers");
    var corpus = File.ReadLines(Path.Combine(recognizers, "intent-corpus.tsv"))
        .Where(l => l.Length > 0 && !l.StartsWith('#'))
        .Select(l => l.Split('\t')[1]);
    var heldOut = File.ReadLines(Path.Combine(recognizers, "intents-heldout.yaml"))
        .Select(l => l.Trim())
        .Where(l => l.StartsWith("text: \"", StringComparison.Ordinal))
        .Select(l => l["text: \"".Length..^1].Replace("\\\"", "\""));
    return corpus.Concat(heldOut).Distinct().ToList();
}
