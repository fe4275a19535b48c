using System.Diagnostics;
using System.Text.Json;
using BackCare.Bot.Tests.Support;

namespace BackCare.Bot.Tests.Channels.WebChat;

/// <summary>
/// The official Direct Line client (npm botframework-directlinejs, in BackCare.Bot.Tests/WebChat) plays a whole
/// conversation against the bot on a real port, through the page's token endpoint and the local Direct Line 3.0
/// endpoint, then reconnects like a page reload. The assertions are on what the user is shown, turn by turn.
/// </summary>
public sealed class DirectLineClientTests
{
    private const string RedFlag = "I can't feel anything when I wipe and I've wet myself";

    [NodeFact]
    public async Task TheOfficialClientIsWelcomedOnceGetsAnswersAndEmergencyAdviceAndReconnectsToTheSameConversation()
    {
        await using var app = new KestrelBackCareApplication();

        var result = await RunAsync(app.BaseAddress, "Sciatica", "can massage cure my back pain?", "Check my soreness", "Start the check", RedFlag);

        var turns = result.GetProperty("turns").EnumerateArray().ToList();
        Assert.Equal(6, turns.Count);

        // The join event: the welcome and the menu's buttons.
        var welcome = Bot(turns[0]);
        Assert.Contains(welcome, m => m.Text.Contains("back-care assistant. I can answer common questions", StringComparison.Ordinal));
        Assert.Contains(welcome, m => m.Actions.Contains("Sciatica") && m.Actions.Contains("Check my soreness"));

        Assert.Contains(Bot(turns[1]), m => m.Text.Contains("treat an irritated or compressed nerve", StringComparison.Ordinal));
        Assert.Contains(Bot(turns[2]), m => m.Text.Contains("a cure on its own", StringComparison.Ordinal));
        Assert.Contains(Bot(turns[3]), m => m.Text.Contains("I can ask a few quick questions to check your soreness", StringComparison.Ordinal)
            && m.Actions.Contains("Start the check"));
        Assert.Contains(Bot(turns[4]), m => m.Text.Contains("- ", StringComparison.Ordinal));

        // The red flag: emergency advice with the configured number, and nothing offers booking.
        var emergency = Bot(turns[5]);
        Assert.Contains(emergency, m => m.Text.Contains("Please call 999 now or go to A&E", StringComparison.Ordinal));
        Assert.DoesNotContain(emergency, m => m.Actions.Any(a => a.Contains("Book", StringComparison.OrdinalIgnoreCase)));

        // Reconnecting replays the same conversation: one welcome, the user's own words, the advice.
        var history = result.GetProperty("history").EnumerateArray()
            .Select(a => (From: a.GetProperty("from").GetString(), Text: a.GetProperty("text").GetString() ?? string.Empty)).ToList();
        Assert.Single(history, a => a.From == "bot" && a.Text.Contains("back-care assistant. I can answer common questions", StringComparison.Ordinal));
        Assert.Contains(history, a => a.From == "user" && a.Text == RedFlag);
        Assert.Contains(history, a => a.From == "bot" && a.Text.Contains("Please call 999 now", StringComparison.Ordinal));
    }

    private static List<(string Text, List<string> Actions)> Bot(JsonElement turn) =>
        turn.GetProperty("bot").EnumerateArray()
            .Select(m => (m.GetProperty("text").GetString() ?? string.Empty, m.GetProperty("actions").EnumerateArray().Select(a => a.GetString() ?? string.Empty).ToList()))
            .ToList();

    private static async Task<JsonElement> RunAsync(Uri baseAddress, params string[] messages)
    {
        var node = WebChatTooling.NodePath ?? throw new InvalidOperationException("Node.js (node) is not on the PATH.");
        var start = new ProcessStartInfo(node)
        {
            WorkingDirectory = WebChatTooling.PackageDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("directline-conversation.js");
        start.ArgumentList.Add(baseAddress.ToString());
        foreach (var message in messages)
        {
            start.ArgumentList.Add(message);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start node.");
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var error = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        Assert.True(process.ExitCode == 0, $"the Direct Line client failed ({process.ExitCode}): {await error}");
        return JsonDocument.Parse(await output).RootElement.Clone();
    }
}
