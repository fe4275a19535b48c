using System.Text.Json;
using System.Text.Json.Nodes;
using BackCare.Bot.Framework.Prompts;
using BackCare.Bot.Framework.Schema;
using BackCare.Bot.Tests.Support;

namespace BackCare.Bot.Tests.Framework.Prompts;

public sealed class ChoicePromptTests
{
    private const string Question = "What is your back pain like?";
    private const string Retry = "Please pick one of the options.";

    private static List<Choice> Conditions() =>
    [
        new() { Value = "Lower back pain" },
        new() { Value = "Sciatica", Synonyms = ["leg pain", "nerve pain"] },
        new() { Value = "Pregnancy", Synonyms = ["pregnant", "expecting"] },
        new() { Value = "Neck pain" },
    ];

    private static PromptOptions Options(List<Choice>? choices = null, int? maxAttempts = null, ListStyle style = ListStyle.Auto) => new()
    {
        Prompt = Activity.CreateMessage(Question),
        RetryPrompt = Activity.CreateMessage(Retry),
        Choices = choices ?? Conditions(),
        MaxAttempts = maxAttempts,
        TooManyAttemptsMessage = Activity.CreateMessage("Let's move on."),
        Style = style,
    };

    private static async Task<DialogTestClient> AskAsync(PromptOptions? options = null, ChoicePrompt? prompt = null)
    {
        var client = PromptHarness.CreateClient(prompt ?? new ChoicePrompt("choice"), options ?? Options());
        await client.SendActivityAsync("hi");
        return client;
    }

    [Theory]
    [InlineData("2")]
    [InlineData("two")]
    [InlineData("second")]
    [InlineData("the 2nd one")]
    [InlineData("option 2")]
    [InlineData("Option 2")]
    [InlineData("#2")]
    [InlineData("number two")]
    [InlineData("the second one please")]
    [InlineData("2.")]
    public async Task MatchesAChoiceByItsPosition(string answer)
    {
        var client = await AskAsync();

        var replies = await client.SendActivityAsync(answer);

        Assert.Equal("Result: Sciatica #1", Assert.Single(replies).Text);
    }

    [Theory]
    [InlineData("1")]
    [InlineData("one")]
    [InlineData("first")]
    [InlineData("the first one")]
    [InlineData("1st")]
    public async Task MatchesTheFirstChoiceByItsPosition(string answer)
    {
        var client = await AskAsync();

        var replies = await client.SendActivityAsync(answer);

        Assert.Equal("Result: Lower back pain #0", Assert.Single(replies).Text);
    }

    [Theory]
    [InlineData("Sciatica")]
    [InlineData("sciatica")]
    [InlineData("SCIATICA")]
    [InlineData("  Sciatica  ")]
    [InlineData("Sciatica!")]
    public async Task MatchesAChoiceByItsText(string answer)
    {
        var client = await AskAsync();

        var replies = await client.SendActivityAsync(answer);

        Assert.Equal("Result: Sciatica #1", Assert.Single(replies).Text);
    }

    [Theory]
    [InlineData("leg pain", "Sciatica #1")]
    [InlineData("Nerve pain", "Sciatica #1")]
    [InlineData("pregnant", "Pregnancy #2")]
    [InlineData("expecting", "Pregnancy #2")]
    public async Task MatchesAChoiceByASynonym(string answer, string expected)
    {
        var client = await AskAsync();

        var replies = await client.SendActivityAsync(answer);

        Assert.Equal($"Result: {expected}", Assert.Single(replies).Text);
    }

    [Theory]
    [InlineData("sciatica please", "Sciatica #1")]
    [InlineData("I think it's sciatica", "Sciatica #1")]
    [InlineData("I'm pregnant", "Pregnancy #2")]
    [InlineData("my neck pain is bad", "Neck pain #3")]
    [InlineData("it's lower back pain mostly", "Lower back pain #0")]
    public async Task MatchesAChoiceNamedInsideASentence(string answer, string expected)
    {
        var client = await AskAsync();

        var replies = await client.SendActivityAsync(answer);

        Assert.Equal($"Result: {expected}", Assert.Single(replies).Text);
    }

    [Theory]
    [InlineData("sciatca", "Sciatica #1")]
    [InlineData("siatica", "Sciatica #1")]
    [InlineData("pregnacy", "Pregnancy #2")]
    [InlineData("pregnency", "Pregnancy #2")]
    [InlineData("neck pian", "Neck pain #3")]
    [InlineData("I have sciatca", "Sciatica #1")]
    public async Task MatchesACloseMisspelling(string answer, string expected)
    {
        var client = await AskAsync();

        var replies = await client.SendActivityAsync(answer);

        Assert.Equal($"Result: {expected}", Assert.Single(replies).Text);
    }

    [Theory]
    [InlineData("banana")]
    [InlineData("asdfghjkl")]
    [InlineData("?")]
    [InlineData("5")]
    [InlineData("0")]
    [InlineData("the fifth one")]
    [InlineData("I don't know")]
    public async Task RejectsNonsenseWithTheRetryPrompt(string answer)
    {
        var client = await AskAsync();

        var replies = await client.SendActivityAsync(answer);

        Assert.Equal(Retry, Assert.Single(replies).Text);
        Assert.Equal(BackCare.Bot.Framework.Dialogs.DialogTurnStatus.Waiting, client.DialogTurnResult!.Status);
    }

    [Theory]
    [InlineData("pain")]
    [InlineData("2 or 3")]
    [InlineData("back pain or neck pain")]
    [InlineData("eck pain")]
    public async Task RejectsAnAmbiguousAnswerWithTheRetryPrompt(string answer)
    {
        var client = await AskAsync(Options([new() { Value = "Back pain" }, new() { Value = "Neck pain" }, new() { Value = "Beck pain" }]));

        var replies = await client.SendActivityAsync(answer);

        Assert.Equal(Retry, Assert.Single(replies).Text);
    }

    [Fact]
    public async Task PrefersTheLongerOfTwoOverlappingChoices()
    {
        var client = await AskAsync(Options([new() { Value = "Back pain" }, new() { Value = "Lower back pain" }]));

        var replies = await client.SendActivityAsync("I have lower back pain");

        Assert.Equal("Result: Lower back pain #1", Assert.Single(replies).Text);
    }

    [Fact]
    public async Task RepeatsTheQuestionWhenThereIsNoRetryPrompt()
    {
        var options = Options();
        options.RetryPrompt = null;
        var client = await AskAsync(options);

        var replies = await client.SendActivityAsync("banana");

        Assert.Equal(Question, Assert.Single(replies).Text);
    }

    [Fact]
    public async Task AcceptsAnAnswerAfterAFailedOne()
    {
        var client = await AskAsync();

        await client.SendActivityAsync("banana");
        var replies = await client.SendActivityAsync("3");

        Assert.Equal("Result: Pregnancy #2", Assert.Single(replies).Text);
    }

    [Theory]
    [InlineData(ChannelIds.Emulator)]
    [InlineData(ChannelIds.WebChat)]
    [InlineData(ChannelIds.DirectLine)]
    [InlineData(ChannelIds.Test)]
    public async Task RendersSuggestedActionsOnWebChannels(string channelId)
    {
        var client = PromptHarness.CreateClient(new ChoicePrompt("choice"), Options(), channelId);

        var prompt = Assert.Single(await client.SendActivityAsync("hi"));

        Assert.Equal(Question, prompt.Text);
        Assert.Null(prompt.Attachments);
        Assert.Equal(["Lower back pain", "Sciatica", "Pregnancy", "Neck pain"], prompt.SuggestedActions!.Actions.Select(a => a.Title));
        Assert.All(prompt.SuggestedActions.Actions, a =>
        {
            Assert.Equal(ActionTypes.ImBack, a.Type);
            Assert.Equal(a.Title, a.Value!.GetValue<string>());
        });
        Assert.Equal(InputHints.ExpectingInput, prompt.InputHint);
    }

    [Theory]
    [InlineData("groupChat", 2)]
    [InlineData("channel", 2)]
    [InlineData("personal", 4)]
    public async Task RendersHeroCardButtonsInTeamsWhereSuggestedActionsDoNotShow(string conversationType, int choiceCount)
    {
        var client = PromptHarness.CreateClient(new ChoicePrompt("choice"), Options(Conditions().Take(choiceCount).ToList()), ChannelIds.MsTeams);

        var prompt = Assert.Single(await client.SendActivityAsync(TeamsMessage("hi", conversationType)));

        Assert.Null(prompt.SuggestedActions);
        var card = Assert.Single(prompt.Attachments!);
        Assert.Equal(AttachmentContentTypes.HeroCard, card.ContentType);
        var buttons = card.Content!["buttons"]!.AsArray();
        Assert.Equal(Conditions().Take(choiceCount).Select(c => c.Value), buttons.Select(b => b!["title"]!.GetValue<string>()));
        Assert.All(buttons, b => Assert.Equal(ActionTypes.ImBack, b!["type"]!.GetValue<string>()));
    }

    [Fact]
    public async Task RendersUpToThreeSuggestedActionsInTeamsPersonalChat()
    {
        var client = PromptHarness.CreateClient(new ChoicePrompt("choice"), Options(Conditions().Take(3).ToList()), ChannelIds.MsTeams);

        var prompt = Assert.Single(await client.SendActivityAsync(TeamsMessage("hi", "personal")));

        Assert.Null(prompt.Attachments);
        Assert.Equal(["Lower back pain", "Sciatica", "Pregnancy"], prompt.SuggestedActions!.Actions.Select(a => a.Title));
    }

    [Fact]
    public async Task RendersHeroCardButtonsOnChannelsItDoesNotKnow()
    {
        var client = PromptHarness.CreateClient(new ChoicePrompt("choice"), Options(), "slack");

        var prompt = Assert.Single(await client.SendActivityAsync("hi"));

        Assert.Null(prompt.SuggestedActions);
        Assert.Equal(AttachmentContentTypes.HeroCard, Assert.Single(prompt.Attachments!).ContentType);
    }

    [Theory]
    [InlineData(ListStyle.None, false, false)]
    [InlineData(ListStyle.HeroCard, false, true)]
    [InlineData(ListStyle.SuggestedAction, true, false)]
    public async Task AnExplicitListStyleOverridesTheChannelDefault(ListStyle style, bool suggested, bool card)
    {
        var client = PromptHarness.CreateClient(new ChoicePrompt("choice"), Options(style: style), ChannelIds.WebChat);

        var prompt = Assert.Single(await client.SendActivityAsync("hi"));

        Assert.Equal(suggested, prompt.SuggestedActions is not null);
        Assert.Equal(card, prompt.Attachments is { Count: > 0 });
    }

    [Fact]
    public async Task ShowsTheTitleOnTheButtonAndReturnsTheValue()
    {
        var choices = new List<Choice> { new() { Value = "lbp", Title = "Lower back pain" }, new() { Value = "neck", Title = "Neck pain" } };
        var client = PromptHarness.CreateClient(new ChoicePrompt("choice"), Options(choices));

        var prompt = Assert.Single(await client.SendActivityAsync("hi"));
        var replies = await client.SendActivityAsync("Neck pain");

        Assert.Equal(["Lower back pain", "Neck pain"], prompt.SuggestedActions!.Actions.Select(a => a.Title));
        Assert.Equal("Result: neck #1", Assert.Single(replies).Text);
    }

    [Fact]
    public async Task TheRetryPromptCarriesTheButtonsToo()
    {
        var client = await AskAsync();

        var retry = Assert.Single(await client.SendActivityAsync("banana"));

        Assert.Equal(Retry, retry.Text);
        Assert.Equal(4, retry.SuggestedActions!.Actions.Count);
    }

    [Fact]
    public async Task DoesNotChangeTheCallersPromptActivity()
    {
        var options = Options();
        var client = PromptHarness.CreateClient(new ChoicePrompt("choice"), options);

        await client.SendActivityAsync("hi");

        Assert.Null(options.Prompt!.SuggestedActions);
        Assert.Null(options.Prompt.Recipient);
        Assert.Null(options.Prompt.ReplyToId);
    }

    [Fact]
    public async Task AValidatorThatRepliesSuppressesTheRetryPrompt()
    {
        var prompt = new ChoicePrompt("choice", async (context, cancellationToken) =>
        {
            if (!context.Recognized.Succeeded)
            {
                await context.Context.SendActivityAsync($"Sorry, attempt {context.AttemptCount}: tap one of the buttons.", cancellationToken);
            }

            return context.Recognized.Succeeded;
        });
        var client = await AskAsync(prompt: prompt);

        var first = await client.SendActivityAsync("banana");
        var second = await client.SendActivityAsync("kiwi");

        Assert.Equal("Sorry, attempt 1: tap one of the buttons.", Assert.Single(first).Text);
        Assert.Equal("Sorry, attempt 2: tap one of the buttons.", Assert.Single(second).Text);
    }

    [Fact]
    public async Task AValidatorCanRejectARecognisedChoice()
    {
        var prompt = new ChoicePrompt("choice", (context, _) => Task.FromResult(context.Recognized.Value?.Value != "Pregnancy"));
        var client = await AskAsync(prompt: prompt);

        var rejected = await client.SendActivityAsync("pregnancy");
        var accepted = await client.SendActivityAsync("neck pain");

        Assert.Equal(Retry, Assert.Single(rejected).Text);
        Assert.Equal("Result: Neck pain #3", Assert.Single(accepted).Text);
    }

    [Fact]
    public async Task GivesUpAfterMaxAttemptsWithTheMessageAndANullResult()
    {
        var client = await AskAsync(Options(maxAttempts: 2));

        var first = await client.SendActivityAsync("banana");
        var second = await client.SendActivityAsync("kiwi");

        Assert.Equal(Retry, Assert.Single(first).Text);
        Assert.Equal(["Let's move on.", "Result: (none)"], second.Select(r => r.Text));
        Assert.Null(client.DialogTurnResult!.Result);
    }

    [Fact]
    public async Task KeepAskingSaysTheMessageThenAsksAgainWithTheChoicesAndCountsAfresh()
    {
        var options = Options(maxAttempts: 2);
        options.KeepAsking = true;
        var client = await AskAsync(options);

        await client.SendActivityAsync("banana");
        var second = await client.SendActivityAsync("kiwi");
        var third = await client.SendActivityAsync("plum");
        var fourth = await client.SendActivityAsync("sciatica");

        Assert.Equal(["Let's move on.", Question], second.Select(r => r.Text));
        Assert.Equal(4, second[^1].SuggestedActions!.Actions.Count);
        Assert.Equal(Retry, Assert.Single(third).Text);
        Assert.Equal("Result: Sciatica #1", Assert.Single(fourth).Text);
    }

    [Fact]
    public async Task AValidAnswerOnTheLastAttemptIsAccepted()
    {
        var client = await AskAsync(Options(maxAttempts: 2));

        await client.SendActivityAsync("banana");
        var replies = await client.SendActivityAsync("sciatica");

        Assert.Equal("Result: Sciatica #1", Assert.Single(replies).Text);
    }

    [Fact]
    public async Task RepromptRepeatsTheQuestionWithItsButtons()
    {
        var client = await AskAsync();

        var replies = await client.SendActivityAsync(PromptHarness.RepromptCommand);

        var prompt = Assert.Single(replies);
        Assert.Equal(Question, prompt.Text);
        Assert.Equal(4, prompt.SuggestedActions!.Actions.Count);
    }

    [Fact]
    public async Task NonMessageActivitiesAreNotCountedAsAttempts()
    {
        var client = await AskAsync(Options(maxAttempts: 1));

        var typing = await client.SendActivityAsync(new Activity { Type = ActivityTypes.Typing });
        var replies = await client.SendActivityAsync("neck pain");

        Assert.Empty(typing);
        Assert.Equal("Result: Neck pain #3", Assert.Single(replies).Text);
    }

    [Theory]
    [InlineData("""{"text":"Sciatica"}""")]
    [InlineData("""{"choice":"Sciatica"}""")]
    [InlineData("\"Sciatica\"")]
    [InlineData("""{"text":"2"}""")]
    public async Task AcceptsACardSubmitWithTheAnswerInItsValue(string valueJson)
    {
        var client = await AskAsync();

        var replies = await client.SendActivityAsync(new Activity { Text = "", Value = JsonNode.Parse(valueJson) });

        Assert.Equal("Result: Sciatica #1", Assert.Single(replies).Text);
    }

    [Fact]
    public async Task AcceptsATeamsMessageBackFromTheWire()
    {
        const string wire = """
            {"type":"message","id":"1650000000000","channelId":"msteams","serviceUrl":"https://smba.trafficmanager.net/amer/",
             "from":{"id":"29:user","name":"Ana","aadObjectId":"00000000-0000-0000-0000-000000000001"},
             "conversation":{"id":"conversation-1","conversationType":"personal","tenantId":"t"},
             "recipient":{"id":"28:bot","name":"BackCare"},"replyToId":"1649999999999",
             "value":{"text":"Pregnancy"},"channelData":{"tenant":{"id":"t"}}}
            """;
        var client = PromptHarness.CreateClient(new ChoicePrompt("choice"), Options(), ChannelIds.MsTeams);
        await client.SendActivityAsync(TeamsMessage("hi", "personal"));

        var replies = await client.SendActivityAsync(JsonSerializer.Deserialize<Activity>(wire, ProtocolJson.Options)!);

        Assert.Equal("Result: Pregnancy #2", Assert.Single(replies).Text);
    }

    [Fact]
    public async Task ACardSubmitWithoutAnAnswerIsRetried()
    {
        var client = await AskAsync();

        var replies = await client.SendActivityAsync(new Activity { Text = "", Value = JsonNode.Parse("""{"rating":5}""") });

        Assert.Equal(Retry, Assert.Single(replies).Text);
    }

    private static Activity TeamsMessage(string text, string conversationType) => new()
    {
        Text = text,
        Conversation = new ConversationAccount { Id = "conversation-1", ConversationType = conversationType, IsGroup = conversationType != "personal" },
    };
}
