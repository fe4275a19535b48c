using BackCare.Bot.Framework.Prompts;
using BackCare.Bot.Framework.Schema;
using BackCare.Bot.Tests.Support;

namespace BackCare.Bot.Tests.Framework.Prompts;

public sealed class NumberPromptTests
{
    private const string Question = "On a scale of 0 to 10, how bad is the pain?";
    private const string Retry = "Please give a number from 0 to 10.";

    private static PromptOptions Options(int? maxAttempts = null) => new()
    {
        Prompt = Activity.CreateMessage(Question),
        RetryPrompt = Activity.CreateMessage(Retry),
        MaxAttempts = maxAttempts,
        TooManyAttemptsMessage = Activity.CreateMessage("Let's skip the score."),
    };

    private static async Task<DialogTestClient> AskAsync<T>(NumberPrompt<T> prompt, PromptOptions? options = null)
        where T : struct, System.Numerics.INumber<T>
    {
        var client = PromptHarness.CreateClient(prompt, options ?? Options());
        await client.SendActivityAsync("hi");
        return client;
    }

    private static Task<bool> ValidatePainScoreAsync(PromptValidatorContext<int> context, CancellationToken cancellationToken) =>
        Task.FromResult(context.Recognized.Succeeded && context.Recognized.Value is >= 0 and <= 10);

    [Theory]
    [InlineData("7")]
    [InlineData("7/10")]
    [InlineData("7 / 10")]
    [InlineData("7 out of 10")]
    [InlineData("7 of 10")]
    [InlineData("seven")]
    [InlineData("Seven.")]
    [InlineData("about 6", 6)]
    [InlineData("I'd say 7")]
    [InlineData("seven, 7")]
    [InlineData("10/10", 10)]
    [InlineData("zero", 0)]
    [InlineData("twelve", 12)]
    public async Task UnderstandsDigitsFractionsAndWords(string answer, int expected = 7)
    {
        var client = await AskAsync(new NumberPrompt<int>("number"));

        var replies = await client.SendActivityAsync(answer);

        Assert.Equal($"Result: {expected}", Assert.Single(replies).Text);
        Assert.Equal(expected, client.DialogTurnResult!.Result);
    }

    [Theory]
    [InlineData("6 or 7")]
    [InlineData("6-7")]
    [InlineData("between five and six")]
    [InlineData("bad")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("a lot")]
    public async Task ReasksWhenTheAnswerIsNotOneNumber(string answer)
    {
        var client = await AskAsync(new NumberPrompt<int>("number"));

        var replies = await client.SendActivityAsync(answer);

        Assert.Equal(Retry, Assert.Single(replies).Text);
    }

    [Theory]
    [InlineData("7.5")]
    [InlineData("6.9/10")]
    public async Task AnIntegerPromptReasksAFractionRatherThanTruncatingIt(string answer)
    {
        var client = await AskAsync(new NumberPrompt<int>("number"));

        var replies = await client.SendActivityAsync(answer);

        Assert.Equal(Retry, Assert.Single(replies).Text);
    }

    [Fact]
    public async Task AnIntegerPromptAcceptsAWholeNumberWrittenWithDecimals()
    {
        var client = await AskAsync(new NumberPrompt<int>("number"));

        var replies = await client.SendActivityAsync("7.0");

        Assert.Equal("Result: 7", Assert.Single(replies).Text);
    }

    [Fact]
    public async Task ReasksWhenTheNumberDoesNotFitTheType()
    {
        var client = await AskAsync(new NumberPrompt<byte>("number"));

        var replies = await client.SendActivityAsync("300");

        Assert.Equal(Retry, Assert.Single(replies).Text);
    }

    [Fact]
    public async Task ARangeValidatorRejectsANegativeNumberThenAcceptsAValidOne()
    {
        var client = await AskAsync(new NumberPrompt<int>("number", ValidatePainScoreAsync));

        var negative = await client.SendActivityAsync("-1");
        var tooHigh = await client.SendActivityAsync("11");
        var valid = await client.SendActivityAsync("4");

        Assert.Equal(Retry, Assert.Single(negative).Text);
        Assert.Equal(Retry, Assert.Single(tooHigh).Text);
        Assert.Equal("Result: 4", Assert.Single(valid).Text);
    }

    [Fact]
    public async Task RecognisesNegativeNumbersForTheValidatorToJudge()
    {
        int? seen = null;
        var prompt = new NumberPrompt<int>("number", (context, _) =>
        {
            seen = context.Recognized.Value;
            return Task.FromResult(false);
        });
        var client = await AskAsync(prompt);

        await client.SendActivityAsync("-1");

        Assert.Equal(-1, seen);
    }

    [Theory]
    [InlineData("7.5", 7.5)]
    [InlineData("0.25", 0.25)]
    [InlineData("-2.5", -2.5)]
    [InlineData("seven", 7.0)]
    [InlineData("6.5/10", 6.5)]
    public async Task UnderstandsDecimalsForDouble(string answer, double expected)
    {
        var client = await AskAsync(new NumberPrompt<double>("number"));

        await client.SendActivityAsync(answer);

        Assert.Equal(expected, Assert.IsType<double>(client.DialogTurnResult!.Result));
    }

    [Fact]
    public async Task UnderstandsDecimalsForDecimal()
    {
        var client = await AskAsync(new NumberPrompt<decimal>("number"));

        var replies = await client.SendActivityAsync("72.35");

        Assert.Equal("Result: 72.35", Assert.Single(replies).Text);
    }

    [Fact]
    public async Task GivesUpAfterMaxAttemptsWithANullResult()
    {
        var client = await AskAsync(new NumberPrompt<int>("number"), Options(maxAttempts: 2));

        await client.SendActivityAsync("bad");
        var replies = await client.SendActivityAsync("very bad");

        Assert.Equal(["Let's skip the score.", "Result: (none)"], replies.Select(r => r.Text));
    }

    [Fact]
    public async Task AcceptsANumberSentAsACardSubmitValue()
    {
        var client = await AskAsync(new NumberPrompt<int>("number"));

        var replies = await client.SendActivityAsync(new Activity { Value = System.Text.Json.Nodes.JsonNode.Parse("""{"text":"8"}""") });

        Assert.Equal("Result: 8", Assert.Single(replies).Text);
    }
}
