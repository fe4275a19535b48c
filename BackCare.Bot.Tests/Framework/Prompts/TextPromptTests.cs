using System.Globalization;
using System.Text.RegularExpressions;
using BackCare.Bot.Framework.Dialogs;
using BackCare.Bot.Framework.Prompts;
using BackCare.Bot.Framework.Schema;
using BackCare.Bot.Tests.Support;

namespace BackCare.Bot.Tests.Framework.Prompts;

public sealed partial class TextPromptTests
{
    private const string Question = "What would you like to ask?";
    private const string Retry = "Please type your question.";

    private static PromptOptions Options(int? maxAttempts = null) => new()
    {
        Prompt = Activity.CreateMessage(Question),
        RetryPrompt = Activity.CreateMessage(Retry),
        MaxAttempts = maxAttempts,
        TooManyAttemptsMessage = Activity.CreateMessage("Let's leave it there."),
    };

    private static async Task<DialogTestClient> AskAsync(TextPrompt? prompt = null, PromptOptions? options = null)
    {
        var client = PromptHarness.CreateClient(prompt ?? new TextPrompt("text"), options ?? Options());
        await client.SendActivityAsync("hi");
        return client;
    }

    [Fact]
    public async Task AsksTheQuestionAndExpectsInput()
    {
        var client = PromptHarness.CreateClient(new TextPrompt("text"), Options());

        var prompt = Assert.Single(await client.SendActivityAsync("hi"));

        Assert.Equal(Question, prompt.Text);
        Assert.Equal(InputHints.ExpectingInput, prompt.InputHint);
        Assert.Null(prompt.SuggestedActions);
    }

    [Fact]
    public async Task AcceptsText()
    {
        var client = await AskAsync();

        var replies = await client.SendActivityAsync("Is massage safe after surgery?");

        Assert.Equal("Result: Is massage safe after surgery?", Assert.Single(replies).Text);
    }

    [Fact]
    public async Task TrimsSurroundingWhitespace()
    {
        var client = await AskAsync();

        var replies = await client.SendActivityAsync("  \t hello there \n ");

        Assert.Equal("Result: hello there", Assert.Single(replies).Text);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("   \t\r\n  ")]
    [InlineData("\u00A0")]
    public async Task ReasksWhenTheAnswerIsEmptyOrWhitespace(string answer)
    {
        var client = await AskAsync();

        var replies = await client.SendActivityAsync(answer);

        Assert.Equal(Retry, Assert.Single(replies).Text);
        Assert.Equal(DialogTurnStatus.Waiting, client.DialogTurnResult!.Status);
    }

    [Fact]
    public async Task ReasksWhenAMessageHasNoTextAtAll()
    {
        var client = await AskAsync();

        var replies = await client.SendActivityAsync(new Activity
        {
            Attachments = [new Attachment { ContentType = "image/png", ContentUrl = "https://example.invalid/x.png" }],
        });

        Assert.Equal(Retry, Assert.Single(replies).Text);
    }

    [Fact]
    public async Task AValidatorThatRepliesSuppressesTheRetryPrompt()
    {
        var prompt = new TextPrompt("text", async (context, cancellationToken) =>
        {
            if (context.Recognized.Value is { Length: < 4 })
            {
                await context.Context.SendActivityAsync("Could you say a little more?", cancellationToken);
                return false;
            }

            return context.Recognized.Succeeded;
        });
        var client = await AskAsync(prompt);

        var tooShort = await client.SendActivityAsync("ow");
        var accepted = await client.SendActivityAsync("my lower back");

        Assert.Equal("Could you say a little more?", Assert.Single(tooShort).Text);
        Assert.Equal("Result: my lower back", Assert.Single(accepted).Text);
    }

    [Fact]
    public async Task AValidatorThatRejectsSilentlyGetsTheRetryPrompt()
    {
        var prompt = new TextPrompt("text", (context, _) => Task.FromResult(context.Recognized.Value?.Contains('@') == true));
        var client = await AskAsync(prompt);

        var replies = await client.SendActivityAsync("not an email");

        Assert.Equal(Retry, Assert.Single(replies).Text);
    }

    [Fact]
    public async Task GivesUpAfterMaxAttemptsWithTheMessageAndANullResult()
    {
        var client = await AskAsync(options: Options(maxAttempts: 2));

        await client.SendActivityAsync(" ");
        var replies = await client.SendActivityAsync("");

        Assert.Equal(["Let's leave it there.", "Result: (none)"], replies.Select(r => r.Text));
        Assert.Null(client.DialogTurnResult!.Result);
    }

    [Fact]
    public async Task RepromptAsksTheOriginalQuestionAgain()
    {
        var client = await AskAsync();

        var replies = await client.SendActivityAsync(PromptHarness.RepromptCommand);

        Assert.Equal(Question, Assert.Single(replies).Text);
    }

    [Fact]
    public async Task EchoesEveryNaughtyStringBackIntact()
    {
        var inputs = ReadNaughtyStrings();
        var failures = new List<string>();

        foreach (var (line, input) in inputs)
        {
            var client = new DialogTestClient(new EchoDialog());
            try
            {
                await client.SendActivityAsync("start");
                var sameTurn = await client.SendActivityAsync(input);
                var nextTurn = await client.SendActivityAsync("and?");
                var expected = input.Trim();
                if (sameTurn.Count != 2 || sameTurn[0].Text != expected || nextTurn.Count != 1 || nextTurn[0].Text != expected)
                {
                    failures.Add($"line {line}: got [{string.Join(" | ", sameTurn.Concat(nextTurn).Select(a => Visible(a.Text)))}]");
                }
            }
            catch (Exception exception)
            {
                failures.Add($"line {line}: threw {exception.GetType().Name}: {exception.Message}");
            }
        }

        Assert.True(inputs.Count >= 50, $"Only {inputs.Count} naughty strings were read.");
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    /// <summary>Lines of Resources/naughty-strings.txt with their line numbers, \uXXXX escapes decoded.</summary>
    private static List<(int Line, string Text)> ReadNaughtyStrings()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Resources", "naughty-strings.txt");
        return File.ReadAllLines(path)
            .Select((text, index) => (Line: index + 1, Text: text))
            .Where(l => l.Text.Length > 0 && !l.Text.StartsWith('#'))
            .Select(l => (l.Line, UnicodeEscape().Replace(l.Text, m => ((char)int.Parse(m.Groups[1].Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToString())))
            .ToList();
    }

    private static string Visible(string? text) =>
        text is null ? "(null)" : string.Concat(text.Select(c => char.IsControl(c) ? $"\\u{(int)c:X4}" : c.ToString()));

    [GeneratedRegex(@"\\u([0-9A-Fa-f]{4})")]
    private static partial Regex UnicodeEscape();

    /// <summary>Asks for text, echoes it at once, keeps it in step values, and echoes it again next turn (after a storage round trip).</summary>
    private sealed class EchoDialog : ComponentDialog
    {
        public EchoDialog()
            : base(nameof(EchoDialog))
        {
            AddDialog(new WaterfallDialog("echo.steps", [AskStepAsync, EchoStepAsync, EchoAgainStepAsync]));
            AddDialog(new TextPrompt("echo.text"));
        }

        private static Task<DialogTurnResult> AskStepAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
            step.PromptAsync("echo.text", new PromptOptions { Prompt = Activity.CreateMessage("Say anything.") }, cancellationToken);

        private static async Task<DialogTurnResult> EchoStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
        {
            var text = (string)step.Result!;
            step.Values.Set("said", text);
            await step.Context.SendActivityAsync(text, cancellationToken);
            return await step.PromptAsync("echo.text", new PromptOptions { Prompt = Activity.CreateMessage("Anything else?") }, cancellationToken);
        }

        private static async Task<DialogTurnResult> EchoAgainStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
        {
            await step.Context.SendActivityAsync(step.Values.Get<string>("said")!, cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }
    }
}
