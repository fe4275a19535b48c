using BackCare.Bot.Framework.Prompts;
using BackCare.Bot.Framework.Schema;
using BackCare.Bot.Tests.Support;

namespace BackCare.Bot.Tests.Framework.Prompts;

public sealed class ConfirmPromptTests
{
    private const string Question = "Do you have numbness between your legs?";
    private const string Retry = "Please answer yes or no.";

    private static PromptOptions Options(int? maxAttempts = null) => new()
    {
        Prompt = Activity.CreateMessage(Question),
        RetryPrompt = Activity.CreateMessage(Retry),
        MaxAttempts = maxAttempts,
        TooManyAttemptsMessage = Activity.CreateMessage("I'll take that as unsure."),
    };

    private static async Task<DialogTestClient> AskAsync(PromptOptions? options = null, ConfirmPrompt? prompt = null, string channelId = ChannelIds.Test)
    {
        var client = PromptHarness.CreateClient(prompt ?? new ConfirmPrompt("confirm"), options ?? Options(), channelId);
        await client.SendActivityAsync("hi");
        return client;
    }

    [Theory]
    [InlineData("yes")]
    [InlineData("y")]
    [InlineData("Y")]
    [InlineData("yeah")]
    [InlineData("yep")]
    [InlineData("yup")]
    [InlineData("sure")]
    [InlineData("ok")]
    [InlineData("OK")]
    [InlineData("okay")]
    [InlineData("yes I do")]
    [InlineData("Yes!")]
    [InlineData("YES")]
    [InlineData("yess")]
    [InlineData("yesss")]
    [InlineData("yeahhh")]
    [InlineData("  yes  ")]
    [InlineData("yes, since yesterday")]
    [InlineData("I do")]
    [InlineData("of course")]
    public async Task UnderstandsYes(string answer)
    {
        var client = await AskAsync();

        var replies = await client.SendActivityAsync(answer);

        Assert.Equal("Result: yes", Assert.Single(replies).Text);
        Assert.Equal(true, client.DialogTurnResult!.Result);
    }

    [Theory]
    [InlineData("no")]
    [InlineData("n")]
    [InlineData("N")]
    [InlineData("nope")]
    [InlineData("nah")]
    [InlineData("not really")]
    [InlineData("no, never")]
    [InlineData("nooo")]
    [InlineData("NO")]
    [InlineData("No.")]
    [InlineData("I don't")]
    [InlineData("I don't think so")]
    [InlineData("no thanks")]
    [InlineData("not at all")]
    public async Task UnderstandsNo(string answer)
    {
        var client = await AskAsync();

        var replies = await client.SendActivityAsync(answer);

        Assert.Equal("Result: no", Assert.Single(replies).Text);
        Assert.Equal(false, client.DialogTurnResult!.Result);
    }

    [Theory]
    [InlineData("not sure")]
    [InlineData("maybe")]
    [InlineData("yes and no")]
    [InlineData("I don't know")]
    [InlineData("perhaps")]
    [InlineData("kind of")]
    [InlineData("banana")]
    [InlineData("?")]
    [InlineData("nobody")]
    public async Task ReasksWhenTheAnswerIsUndecided(string answer)
    {
        var client = await AskAsync();

        var replies = await client.SendActivityAsync(answer);

        Assert.Equal(Retry, Assert.Single(replies).Text);
        Assert.Equal(BackCare.Bot.Framework.Dialogs.DialogTurnStatus.Waiting, client.DialogTurnResult!.Status);
    }

    [Fact]
    public async Task AcceptsAnAnswerAfterAnUndecidedOne()
    {
        var client = await AskAsync();

        await client.SendActivityAsync("maybe");
        var replies = await client.SendActivityAsync("no");

        Assert.Equal("Result: no", Assert.Single(replies).Text);
    }

    [Fact]
    public async Task RendersYesAndNoButtons()
    {
        var client = PromptHarness.CreateClient(new ConfirmPrompt("confirm"), Options(), ChannelIds.WebChat);

        var prompt = Assert.Single(await client.SendActivityAsync("hi"));

        Assert.Equal(Question, prompt.Text);
        Assert.Equal(["Yes", "No"], prompt.SuggestedActions!.Actions.Select(a => a.Title));
        Assert.All(prompt.SuggestedActions.Actions, a => Assert.Equal(ActionTypes.ImBack, a.Type));
    }

    [Fact]
    public async Task RendersYesAndNoAsCardButtonsInATeamsGroupChat()
    {
        var client = PromptHarness.CreateClient(new ConfirmPrompt("confirm"), Options(), ChannelIds.MsTeams);

        var prompt = Assert.Single(await client.SendActivityAsync(new Activity
        {
            Text = "hi",
            Conversation = new ConversationAccount { Id = "conversation-1", ConversationType = "groupChat", IsGroup = true },
        }));

        Assert.Null(prompt.SuggestedActions);
        var buttons = Assert.Single(prompt.Attachments!).Content!["buttons"]!.AsArray();
        Assert.Equal(["Yes", "No"], buttons.Select(b => b!["title"]!.GetValue<string>()));
    }

    [Theory]
    [InlineData("Yes, I consent", "yes")]
    [InlineData("No thanks", "no")]
    [InlineData("1", "yes")]
    [InlineData("2", "no")]
    public async Task MapsCustomButtonTitlesToYesAndNoByPosition(string answer, string expected)
    {
        var options = Options();
        options.Choices = [new() { Value = "Yes, I consent" }, new() { Value = "No thanks" }];
        var client = await AskAsync(options);

        var replies = await client.SendActivityAsync(answer);

        Assert.Equal($"Result: {expected}", Assert.Single(replies).Text);
    }

    [Fact]
    public async Task AValidatorThatRepliesSuppressesTheRetryPrompt()
    {
        var prompt = new ConfirmPrompt("confirm", async (context, cancellationToken) =>
        {
            if (!context.Recognized.Succeeded)
            {
                await context.Context.SendActivityAsync("Just yes or no, please.", cancellationToken);
            }

            return context.Recognized.Succeeded;
        });
        var client = await AskAsync(prompt: prompt);

        var replies = await client.SendActivityAsync("maybe");

        Assert.Equal("Just yes or no, please.", Assert.Single(replies).Text);
    }

    [Fact]
    public async Task AValidatorCanInsistOnOneAnswer()
    {
        var prompt = new ConfirmPrompt("confirm", (context, _) => Task.FromResult(context.Recognized is { Succeeded: true, Value: true }));
        var client = await AskAsync(prompt: prompt);

        var refused = await client.SendActivityAsync("no");
        var accepted = await client.SendActivityAsync("yes");

        Assert.Equal(Retry, Assert.Single(refused).Text);
        Assert.Equal("Result: yes", Assert.Single(accepted).Text);
    }

    [Fact]
    public async Task GivesUpAfterMaxAttemptsWithTheMessageAndANullResult()
    {
        var client = await AskAsync(Options(maxAttempts: 3));

        await client.SendActivityAsync("maybe");
        await client.SendActivityAsync("not sure");
        var last = await client.SendActivityAsync("dunno");

        Assert.Equal(["I'll take that as unsure.", "Result: (none)"], last.Select(r => r.Text));
        Assert.Null(client.DialogTurnResult!.Result);
    }

    [Fact]
    public async Task GivesUpWithoutAMessageWhenNoneIsSet()
    {
        var options = Options(maxAttempts: 1);
        options.TooManyAttemptsMessage = null;
        var client = await AskAsync(options);

        var replies = await client.SendActivityAsync("maybe");

        Assert.Equal("Result: (none)", Assert.Single(replies).Text);
    }

    [Theory]
    [InlineData("yes", true)]
    [InlineData("nope", false)]
    [InlineData("maybe", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void RecognizeReturnsYesNoOrNothing(string? utterance, bool? expected)
    {
        Assert.Equal(expected, ConfirmPrompt.Recognize(utterance));
    }
}
