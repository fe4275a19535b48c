using BackCare.Bot.Tests.Support;

namespace BackCare.Bot.Tests.Dialogs;

/// <summary>Every message gets at least one visible reply, in every dialog state reachable from the menu (issue 9.4).</summary>
public sealed class NeverSilentTests : IAsyncLifetime
{
    /// <summary>Where a conversation can be, and the messages that lead there after the welcome.</summary>
    private static readonly (string State, string[] Path)[] States =
    [
        ("menu", []),
        ("menu after stop", ["stop"]),
        ("menu after a warm close", ["thanks"]),
        ("did you mean", ["massage"]),
        ("frequency clarifying question", ["How often to massage"]),
        ("frequency follow-up", ["How often to massage", "Relaxation or stiffness"]),
        ("sciatica follow-up", ["Sciatica"]),
        ("pregnancy follow-up", ["Pregnancy"]),
        ("increased pain follow-up", ["Pain got worse after massage"]),
        ("cure follow-up", ["Can massage cure back pain?"]),
        ("self-massage follow-up", ["Self-massage risks"]),
        ("find a therapist follow-up", ["Finding a therapist"]),
        ("booking follow-up", ["Book an assessment"]),
        ("symptom check consent", ["Check my soreness"]),
    ];

    /// <summary>What people type at a prompt; each sequence is played in a fresh conversation at each state.</summary>
    private static readonly (string Kind, string[] Messages)[] Inputs =
    [
        ("gibberish x3", ["asdfgh", "qwerty", "zxcvb"]),
        ("emoji", ["👍"]),
        ("another emoji", ["🙃"]),
        ("empty", [""]),
        ("whitespace", ["   "]),
        ("greeting", ["hi"]),
        ("thanks", ["thank you!"]),
        ("acknowledge", ["ok"]),
        ("are you human", ["are you a real person?"]),
        ("a question", ["how often should I have a massage?"]),
        ("help", ["help"]),
    ];

    private readonly BackCareApplication _app = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task EveryMessageInEveryStateGetsAVisibleReply()
    {
        var silent = new List<string>();
        foreach (var (state, path) in States)
        {
            foreach (var (kind, messages) in Inputs)
            {
                var chat = new ChatClient(_app.CreateClient());
                await chat.JoinAsync();
                foreach (var step in path)
                {
                    await chat.SayAsync(step);
                    Assert.True(chat.LastMessages.Count > 0, $"no reply to \"{step}\" on the way to {state}");
                }

                for (var i = 0; i < messages.Length; i++)
                {
                    await chat.SayAsync(messages[i]);
                    if (!chat.LastMessages.Any(m => !string.IsNullOrWhiteSpace(m.Text)))
                    {
                        silent.Add($"{state} / {kind} #{i + 1} (\"{messages[i]}\")");
                    }
                }
            }
        }

        Assert.True(silent.Count == 0, "Silent turns:\n" + string.Join('\n', silent));
    }
}
