using BackCare.Bot.Tests.Deployment;
using BackCare.Bot.Tests.Support;

namespace BackCare.Bot.Tests.Transcripts;

/// <summary>
/// Golden conversations as data (*.chat): "User: …" is sent; each following "Bot: …" must appear, in
/// order, in the text the bot sent that turn; "Buttons: a | b" is the last message's buttons exactly;
/// "User joins" opens the conversation as the Emulator does.
/// Each run is also written as a Bot Framework Emulator transcript, docs/transcripts/&lt;name&gt;.transcript, so the
/// transcripts always show what the bot really says: in CI (CI=true or 1) a committed transcript that differs from
/// the run fails the test; elsewhere the file is rewritten, for the developer to review and commit with the change.
/// </summary>
public sealed class TranscriptTests
{
    public static TheoryData<string> Files() => new(ChatFiles());

    private static IEnumerable<string> ChatFiles() =>
        Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Transcripts"), "*.chat").Select(f => Path.GetFileName(f)).Order();

    [Theory]
    [MemberData(nameof(Files))]
    public async Task ConversationPlaysAsWritten(string file)
    {
        // Call-back requests go to the test double, which answers with references CB-0001, CB-0002…
        await using var app = new BackCareApplication(configureServices: services =>
            Microsoft.Extensions.DependencyInjection.ServiceCollectionServiceExtensions.AddSingleton<BackCare.Bot.Booking.ICallbackRequests>(services, new RecordingCallbackRequests()));
        var chat = new ChatClient(app.CreateClient(), conversationId: $"backcare-{Path.GetFileNameWithoutExtension(file)}|livechat");
        var lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Transcripts", file));
        var searchFrom = 0;
        for (var number = 1; number <= lines.Length; number++)
        {
            var line = lines[number - 1].Trim();
            var where = $"{file}:{number}";
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            if (line == "User joins")
            {
                await chat.JoinAsync();
                searchFrom = 0;
            }
            else if (line.StartsWith("User:", StringComparison.Ordinal))
            {
                await chat.SayAsync(line["User:".Length..].Trim());
                searchFrom = 0;
            }
            else if (line.StartsWith("Bot:", StringComparison.Ordinal))
            {
                var expected = line["Bot:".Length..].Trim();
                var index = chat.LastText.IndexOf(expected, searchFrom, StringComparison.Ordinal);
                Assert.True(index >= 0, $"{where}: expected the bot to say \"{expected}\" but it said:\n{chat.LastText}");
                searchFrom = index + expected.Length;
            }
            else if (line.StartsWith("Buttons:", StringComparison.Ordinal))
            {
                var expected = line["Buttons:".Length..].Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
                Assert.True(expected.SequenceEqual(chat.LastButtons), $"{where}: expected buttons [{string.Join(" | ", expected)}] but got [{string.Join(" | ", chat.LastButtons)}]");
            }
            else
            {
                Assert.Fail($"{where}: a line must start with User:, Bot:, Buttons:, # or be 'User joins'.");
            }
        }

        KeepTranscriptCurrent(Path.ChangeExtension(file, ".transcript"), EmulatorTranscript.Write(chat.History, chat.UserId, chat.BotId));
    }

    [Fact]
    public void EveryCommittedTranscriptComesFromAConversationThatIsPlayed()
    {
        var played = ChatFiles().Select(f => Path.ChangeExtension(f, ".transcript")).ToHashSet(StringComparer.Ordinal);

        var orphans = Directory.GetFiles(TranscriptFolder, "*.transcript").Select(Path.GetFileName).Where(f => !played.Contains(f!)).ToList();

        Assert.True(played.Count >= 4, "the main scenarios are played");
        Assert.True(orphans.Count == 0, $"docs/transcripts has transcripts no .chat conversation writes (delete them): {string.Join(", ", orphans)}");
    }

    private static string TranscriptFolder => RepositoryRoot.Combine("docs", "transcripts");

    private static bool InCi =>
        string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase)
        || Environment.GetEnvironmentVariable("CI") == "1";

    private static void KeepTranscriptCurrent(string name, string transcript)
    {
        Assert.True(EmulatorTranscript.Problem(transcript) is null, $"{name}: the Emulator could not open it: {EmulatorTranscript.Problem(transcript)}");
        var path = Path.Combine(TranscriptFolder, name);
        var committed = File.Exists(path) ? File.ReadAllText(path) : null;
        if (committed == transcript)
        {
            return;
        }

        if (InCi)
        {
            Assert.Fail(
                $"docs/transcripts/{name} is {(committed is null ? "missing" : "out of date")}: the conversation now plays differently. "
                + "Run `dotnet test BackCare.Bot.Tests --filter FullyQualifiedName~Transcripts` without CI set to rewrite it, review the diff and commit it.");
        }

        Directory.CreateDirectory(TranscriptFolder);
        File.WriteAllText(path, transcript);
    }
}
