using BackCare.Bot.Tests.Support;

namespace BackCare.Bot.Tests.Transcripts;

/// <summary>
/// Golden conversations as data (*.chat): "User: …" is sent; each following "Bot: …" must appear, in
/// order, in the text the bot sent that turn; "Buttons: a | b" is the last message's buttons exactly;
/// "User joins" opens the conversation as the Emulator does.
/// </summary>
public sealed class TranscriptTests
{
    public static TheoryData<string> Files() =>
        new(Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Transcripts"), "*.chat").Select(Path.GetFileName).Order()!);

    [Theory]
    [MemberData(nameof(Files))]
    public async Task ConversationPlaysAsWritten(string file)
    {
        // Call-back requests go to the test double, which answers with references CB-0001, CB-0002…
        await using var app = new BackCareApplication(configureServices: services =>
            Microsoft.Extensions.DependencyInjection.ServiceCollectionServiceExtensions.AddSingleton<BackCare.Bot.Booking.ICallbackRequests>(services, new RecordingCallbackRequests()));
        var chat = new ChatClient(app.CreateClient());
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
    }
}
