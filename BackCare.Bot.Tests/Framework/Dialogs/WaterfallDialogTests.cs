using System.Text.Json.Nodes;
using BackCare.Bot.Framework.Dialogs;
using BackCare.Bot.Framework.Prompts;
using BackCare.Bot.Framework.Schema;
using BackCare.Bot.Framework.State;
using BackCare.Bot.Framework.Turns;
using BackCare.Bot.Storage;
using BackCare.Bot.Tests.Support;

namespace BackCare.Bot.Tests.Framework.Dialogs;

public sealed class WaterfallDialogTests
{
    private static WaterfallStep Say(string text) => async (step, cancellationToken) =>
    {
        await step.Context.SendActivityAsync(text, cancellationToken);
        return Dialog.EndOfTurn;
    };

    private static WaterfallStep SayAndEnd(string text, object? result = null) => async (step, cancellationToken) =>
    {
        await step.Context.SendActivityAsync(text, cancellationToken);
        return await step.EndDialogAsync(result, cancellationToken);
    };

    private static Task<DialogTurnResult> AskNameStepAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        step.PromptAsync("name", new PromptOptions { Prompt = Activity.CreateMessage("What is your name?") }, cancellationToken);

    [Fact]
    public async Task RunsStepsInOrderOneTurnAtATime()
    {
        var client = new DialogTestClient(new WaterfallDialog("flow", [Say("step 1"), Say("step 2"), SayAndEnd("step 3")]));

        var first = await client.SendActivityAsync("hi");
        var firstStatus = client.DialogTurnResult!.Status;
        var second = await client.SendActivityAsync("next");
        var third = await client.SendActivityAsync("next");

        Assert.Equal("step 1", Assert.Single(first).Text);
        Assert.Equal(DialogTurnStatus.Waiting, firstStatus);
        Assert.Equal("step 2", Assert.Single(second).Text);
        Assert.Equal("step 3", Assert.Single(third).Text);
        Assert.Equal(DialogTurnStatus.Complete, client.DialogTurnResult!.Status);
    }

    [Fact]
    public async Task PassesTheUsersReplyToTheNextStep()
    {
        WaterfallStep echo = async (step, cancellationToken) =>
        {
            await step.Context.SendActivityAsync($"you said {step.Result}", cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        };
        var client = new DialogTestClient(new WaterfallDialog("flow", [Say("ask"), echo]));

        await client.SendActivityAsync("hi");
        var replies = await client.SendActivityAsync("blue");

        Assert.Equal("you said blue", Assert.Single(replies).Text);
    }

    [Fact]
    public async Task StartsAgainAfterTheLastStepEnds()
    {
        var client = new DialogTestClient(new WaterfallDialog("flow", [Say("step 1"), SayAndEnd("done")]));

        await client.SendActivityAsync("hi");
        await client.SendActivityAsync("next");
        var again = await client.SendActivityAsync("hello again");

        Assert.Equal("step 1", Assert.Single(again).Text);
    }

    [Fact]
    public async Task NextAsyncSkipsToTheFollowingStepInTheSameTurn()
    {
        WaterfallStep skip = (step, cancellationToken) => step.NextAsync("skipped value", cancellationToken);
        WaterfallStep report = async (step, cancellationToken) =>
        {
            await step.Context.SendActivityAsync($"step {step.Index} got {step.Result} ({step.Reason})", cancellationToken);
            return Dialog.EndOfTurn;
        };
        var client = new DialogTestClient(new WaterfallDialog("flow", [skip, report, SayAndEnd("last")]));

        var replies = await client.SendActivityAsync("hi");

        Assert.Equal("step 1 got skipped value (NextCalled)", Assert.Single(replies).Text);
        Assert.Equal(DialogTurnStatus.Waiting, client.DialogTurnResult!.Status);
    }

    [Fact]
    public async Task NextAsyncFromTheLastStepEndsTheWaterfallWithThatResult()
    {
        WaterfallStep skip = (step, cancellationToken) => step.NextAsync(42, cancellationToken);
        var client = new DialogTestClient(new WaterfallDialog("flow", [skip]));

        await client.SendActivityAsync("hi");

        Assert.Equal(DialogTurnStatus.Complete, client.DialogTurnResult!.Status);
        Assert.Equal(42, client.DialogTurnResult.Result);
    }

    [Fact]
    public async Task CallingNextAsyncTwiceInOneStepThrows()
    {
        WaterfallStep twice = async (step, cancellationToken) =>
        {
            await step.NextAsync(null, cancellationToken);
            return await step.NextAsync(null, cancellationToken);
        };
        var client = new DialogTestClient(new WaterfallDialog("flow", [twice, Say("second"), Say("third")]));

        var exception = await Assert.ThrowsAsync<InvalidOperationException>(() => client.SendActivityAsync("hi"));

        Assert.Contains("NextAsync was called twice", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ValuesPersistAcrossTurnsThroughStorage()
    {
        WaterfallStep remember = async (step, cancellationToken) =>
        {
            step.Values.Set("painScore", 7);
            step.Values.Set("name", "Ana");
            step.Values.Set("areas", new List<string> { "lower back", "left leg" });
            step.Values.Set("answer", new StoredAnswer("sciatica", 0.75, new DateTimeOffset(2025, 1, 2, 3, 4, 5, TimeSpan.Zero)));
            await step.Context.SendActivityAsync("noted", cancellationToken);
            return Dialog.EndOfTurn;
        };
        WaterfallStep recall = async (step, cancellationToken) =>
        {
            var score = step.Values.Get<int>("painScore");
            var answer = step.Values.Get<StoredAnswer>("answer")!;
            var areas = step.Values.Get<List<string>>("areas")!;
            await step.Context.SendActivityAsync(
                $"{step.Values.Get<string>("name")} scored {score + 1}; {string.Join(" & ", areas)}; {answer.Topic} {answer.Confidence} {answer.At:O}",
                cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        };
        var client = new DialogTestClient(new WaterfallDialog("flow", [remember, recall]));

        await client.SendActivityAsync("hi");
        var replies = await client.SendActivityAsync("next");

        Assert.Equal("Ana scored 8; lower back & left leg; sciatica 0.75 2025-01-02T03:04:05.0000000+00:00", Assert.Single(replies).Text);
    }

    [Fact]
    public async Task MissingValuesReadAsDefault()
    {
        WaterfallStep read = async (step, cancellationToken) =>
        {
            await step.Context.SendActivityAsync(
                $"{step.Values.Get<int>("missing")}|{step.Values.Get<string>("missing") ?? "null"}|{step.Values.Get<int?>("missing")?.ToString() ?? "null"}",
                cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        };
        var client = new DialogTestClient(new WaterfallDialog("flow", [read]));

        var replies = await client.SendActivityAsync("hi");

        Assert.Equal("0|null|null", Assert.Single(replies).Text);
    }

    [Fact]
    public async Task StepStateIsStoredAsPlainJsonAndReadBackAsTypedValues()
    {
        var seenTypes = new List<string>();
        WaterfallStep remember = (step, cancellationToken) =>
        {
            step.Values.Set("count", 3);
            step.Values.Set("ratio", 2.5);
            step.Values.Set("flag", true);
            return Task.FromResult(Dialog.EndOfTurn);
        };
        WaterfallStep inspect = (step, cancellationToken) =>
        {
            object count = step.Values.Get<int>("count");
            object ratio = step.Values.Get<double>("ratio");
            object flag = step.Values.Get<bool>("flag");
            seenTypes.AddRange([count.GetType().Name, ratio.GetType().Name, flag.GetType().Name]);
            step.Values.Set("count", step.Values.Get<int>("count") + 1);
            return Task.FromResult(Dialog.EndOfTurn);
        };
        var client = new DialogTestClient(new WaterfallDialog("flow", [remember, inspect, inspect]));

        await client.SendActivityAsync("hi");
        await client.SendActivityAsync("next");
        await client.SendActivityAsync("next");
        var stored = await client.ReadStoredStateAsync();

        Assert.Equal(["Int32", "Double", "Boolean", "Int32", "Double", "Boolean"], seenTypes);
        var instance = stored["DialogState"]!["dialogStack"]![0]!;
        Assert.Equal(2, instance["state"]!["stepIndex"]!.GetValue<int>());
        Assert.True(JsonNode.DeepEquals(
            JsonNode.Parse("""{"count":5,"ratio":2.5,"flag":true}"""),
            instance["state"]!["values"]));
    }

    [Fact]
    public async Task ContinuesAtTheRightStepAfterTheStepIndexRoundTripsThroughJson()
    {
        var steps = Enumerable.Range(1, 5).Select(i => i == 5 ? SayAndEnd("step 5") : Say($"step {i}")).ToList();
        var client = new DialogTestClient(new WaterfallDialog("flow", steps));

        var texts = new List<string>();
        for (var turn = 0; turn < 5; turn++)
        {
            texts.AddRange((await client.SendActivityAsync($"turn {turn}")).Select(a => a.Text!));
        }

        Assert.Equal(["step 1", "step 2", "step 3", "step 4", "step 5"], texts);
    }

    [Fact]
    public async Task OptionsReachEveryStepAsTheirOwnType()
    {
        WaterfallStep greet = async (step, cancellationToken) =>
        {
            var options = step.GetOptions<ScreeningOptions>()!;
            await step.Context.SendActivityAsync($"hello {options.PatientName}, {options.Questions} questions", cancellationToken);
            return Dialog.EndOfTurn;
        };
        WaterfallStep again = async (step, cancellationToken) =>
        {
            var options = step.GetOptions<ScreeningOptions>()!;
            await step.Context.SendActivityAsync($"still {options.PatientName}", cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        };
        var client = new DialogTestClient(new WaterfallDialog("flow", [greet, again]), options: new ScreeningOptions("Ana", 3));

        var first = await client.SendActivityAsync("hi");
        var second = await client.SendActivityAsync("next");

        Assert.Equal("hello Ana, 3 questions", Assert.Single(first).Text);
        Assert.Equal("still Ana", Assert.Single(second).Text);
    }

    [Fact]
    public async Task GetOptionsIsNullWhenStartedWithoutOptions()
    {
        WaterfallStep report = async (step, cancellationToken) =>
        {
            await step.Context.SendActivityAsync(step.GetOptions<ScreeningOptions>() is null ? "no options" : "options", cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        };
        var client = new DialogTestClient(new WaterfallDialog("flow", [report]));

        var replies = await client.SendActivityAsync("hi");

        Assert.Equal("no options", Assert.Single(replies).Text);
    }

    [Fact]
    public async Task EndingTheRootWaterfallReturnsItsResult()
    {
        WaterfallStep finish = (step, cancellationToken) => step.EndDialogAsync(new StoredAnswer("neck", 1, DateTimeOffset.UnixEpoch), cancellationToken);
        var client = new DialogTestClient(new WaterfallDialog("flow", [Say("ask"), finish]));

        await client.SendActivityAsync("hi");
        await client.SendActivityAsync("next");

        Assert.Equal(DialogTurnStatus.Complete, client.DialogTurnResult!.Status);
        Assert.Equal(new StoredAnswer("neck", 1, DateTimeOffset.UnixEpoch), client.DialogTurnResult.Result);
    }

    [Fact]
    public async Task EndingAChildWaterfallHandsItsResultToTheParentStep()
    {
        WaterfallStep startChild = (step, cancellationToken) => step.BeginDialogAsync("child", null, cancellationToken);
        WaterfallStep report = async (step, cancellationToken) =>
        {
            await step.Context.SendActivityAsync($"parent got {step.Result} ({step.Reason})", cancellationToken);
            return await step.EndDialogAsync("parent done", cancellationToken);
        };
        WaterfallStep childEnds = (step, cancellationToken) => step.EndDialogAsync(step.Result + "!", cancellationToken);
        var component = new ComponentDialog("root")
            .AddDialog(new WaterfallDialog("parent", [startChild, report]))
            .AddDialog(new WaterfallDialog("child", [Say("child asks"), childEnds]));
        var client = new DialogTestClient(component);

        var first = await client.SendActivityAsync("hi");
        var second = await client.SendActivityAsync("lumbar");

        Assert.Equal("child asks", Assert.Single(first).Text);
        Assert.Equal("parent got lumbar! (EndCalled)", Assert.Single(second).Text);
        Assert.Equal(DialogTurnStatus.Complete, client.DialogTurnResult!.Status);
        Assert.Equal("parent done", client.DialogTurnResult.Result);
    }

    [Fact]
    public async Task AChildThatEndsAtOnceResumesTheParentInTheSameTurn()
    {
        WaterfallStep startChild = (step, cancellationToken) => step.BeginDialogAsync("child", null, cancellationToken);
        WaterfallStep report = async (step, cancellationToken) =>
        {
            await step.Context.SendActivityAsync($"parent got {step.Result}", cancellationToken);
            return Dialog.EndOfTurn;
        };
        WaterfallStep childEnds = (step, cancellationToken) => step.EndDialogAsync("instant", cancellationToken);
        var component = new ComponentDialog("root")
            .AddDialog(new WaterfallDialog("parent", [startChild, report, Say("after")]))
            .AddDialog(new WaterfallDialog("child", [childEnds]));
        var client = new DialogTestClient(component);

        var replies = await client.SendActivityAsync("hi");

        Assert.Equal("parent got instant", Assert.Single(replies).Text);
        Assert.Equal(DialogTurnStatus.Waiting, client.DialogTurnResult!.Status);
    }

    [Fact]
    public async Task RunsInsideAComponentDialogWithAPrompt()
    {
        WaterfallStep greet = async (step, cancellationToken) =>
        {
            await step.Context.SendActivityAsync($"Hello {step.Result}", cancellationToken);
            return await step.EndDialogAsync(step.Result, cancellationToken);
        };
        var component = new ComponentDialog("profile")
            .AddDialog(new WaterfallDialog("steps", [AskNameStepAsync, greet]))
            .AddDialog(new TextPrompt("name"));
        var client = new DialogTestClient(component);

        var first = await client.SendActivityAsync("hi");
        var second = await client.SendActivityAsync("  Ana  ");

        Assert.Equal("What is your name?", Assert.Single(first).Text);
        Assert.Equal("Hello Ana", Assert.Single(second).Text);
        Assert.Equal("Ana", client.DialogTurnResult!.Result);
    }

    [Fact]
    public async Task ReplaceDialogAsyncSwapsTheActiveDialogAndKeepsTheParent()
    {
        WaterfallStep startA = (step, cancellationToken) => step.BeginDialogAsync("a", null, cancellationToken);
        WaterfallStep report = async (step, cancellationToken) =>
        {
            await step.Context.SendActivityAsync($"root got {step.Result}", cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        };
        WaterfallStep replaceWithB = (step, cancellationToken) =>
            step.ReplaceDialogAsync("b", new ScreeningOptions("Ben", 1), cancellationToken);
        WaterfallStep bAsks = async (step, cancellationToken) =>
        {
            await step.Context.SendActivityAsync($"b for {step.GetOptions<ScreeningOptions>()!.PatientName}", cancellationToken);
            return Dialog.EndOfTurn;
        };
        WaterfallStep bEnds = (step, cancellationToken) => step.EndDialogAsync("from b", cancellationToken);
        var component = new ComponentDialog("root")
            .AddDialog(new WaterfallDialog("main", [startA, report]))
            .AddDialog(new WaterfallDialog("a", [replaceWithB, SayAndEnd("a should never resume")]))
            .AddDialog(new WaterfallDialog("b", [bAsks, bEnds]));
        var client = new DialogTestClient(component);

        var first = await client.SendActivityAsync("hi");
        var innerStack = InnerStackIds(await client.ReadStoredStateAsync());
        var second = await client.SendActivityAsync("ok");

        Assert.Equal("b for Ben", Assert.Single(first).Text);
        Assert.Equal(["b", "main"], innerStack);
        Assert.Equal("root got from b", Assert.Single(second).Text);
    }

    [Fact]
    public async Task ReplaceDialogAsyncTellsTheReplacedDialogWhyItEnded()
    {
        var spy = new SpyDialog("spy", replaceWith: "next");
        var component = new ComponentDialog("root")
            .AddDialog(spy)
            .AddDialog(new WaterfallDialog("next", [Say("replaced")]));
        var client = new DialogTestClient(component);

        await client.SendActivityAsync("hi");
        var replies = await client.SendActivityAsync("go");

        Assert.Equal([DialogReason.ReplaceCalled], spy.EndReasons);
        Assert.Equal("replaced", Assert.Single(replies).Text);
    }

    [Fact]
    public async Task CancelAllDialogsAsyncEmptiesTheStack()
    {
        var component = new ComponentDialog("profile")
            .AddDialog(new WaterfallDialog("steps", [AskNameStepAsync, SayAndEnd("unreachable")]))
            .AddDialog(new TextPrompt("name"));
        var client = new DialogTestClient(component);
        await client.SendActivityAsync("hi");
        DialogTurnResult? cancelled = null;
        var stackAfter = -1;

        await RunManualTurnAsync(client, component, async dc =>
        {
            cancelled = await dc.CancelAllDialogsAsync(CancellationToken.None);
            stackAfter = dc.Stack.Count;
        });
        var stored = await client.ReadStoredStateAsync();
        var restart = await client.SendActivityAsync("hello");

        Assert.Equal(DialogTurnStatus.Cancelled, cancelled!.Status);
        Assert.Equal(0, stackAfter);
        Assert.Empty(stored["DialogState"]!["dialogStack"]!.AsArray());
        Assert.Equal("What is your name?", Assert.Single(restart).Text);
    }

    [Fact]
    public async Task CancelAllDialogsAsyncOnAnEmptyStackReportsEmpty()
    {
        var storage = new InMemoryStorage();
        var state = new ConversationState(storage);
        var context = new TurnContext(new Activity { Type = ActivityTypes.Message, ChannelId = ChannelIds.Test, Conversation = new() { Id = "c" } });
        var dc = await new DialogSet(state.CreateProperty<DialogState>("dialogs")).CreateContextAsync(context, CancellationToken.None);

        var result = await dc.CancelAllDialogsAsync(CancellationToken.None);

        Assert.Equal(DialogTurnStatus.Empty, result.Status);
    }

    [Fact]
    public async Task BeginningAnUnknownDialogThrowsAMessageThatSaysToCallAddDialog()
    {
        WaterfallStep startMissing = (step, cancellationToken) => step.BeginDialogAsync("missing", null, cancellationToken);
        var client = new DialogTestClient(new WaterfallDialog("flow", [startMissing]));

        var exception = await Assert.ThrowsAsync<InvalidOperationException>(() => client.SendActivityAsync("hi"));

        Assert.Contains("'missing'", exception.Message, StringComparison.Ordinal);
        Assert.Contains("AddDialog()", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ActivityTypes.Typing)]
    [InlineData(ActivityTypes.ConversationUpdate)]
    [InlineData(ActivityTypes.Event)]
    [InlineData(ActivityTypes.MessageReaction)]
    public async Task NonMessageActivitiesDoNotAdvanceTheWaterfall(string activityType)
    {
        var client = new DialogTestClient(new WaterfallDialog("flow", [Say("step 1"), Say("step 2"), SayAndEnd("step 3")]));

        await client.SendActivityAsync("hi");
        var ignored = await client.SendActivityAsync(new Activity { Type = activityType });
        var ignoredStatus = client.DialogTurnResult!.Status;
        var next = await client.SendActivityAsync("next");

        Assert.Empty(ignored);
        Assert.Equal(DialogTurnStatus.Waiting, ignoredStatus);
        Assert.Equal("step 2", Assert.Single(next).Text);
    }

    [Fact]
    public void NamesStepsAfterTheirMethodAndLambdasAfterTheirPosition()
    {
        var waterfall = new WaterfallDialog("flow", [AskNameStepAsync, Say("x")]);

        Assert.Equal(nameof(AskNameStepAsync), waterfall.GetStepName(0));
        Assert.Equal("flow.step1", waterfall.GetStepName(1));
        Assert.Equal(2, waterfall.StepCount);
    }

    [Fact]
    public void RefusesAWaterfallWithoutSteps()
    {
        var exception = Assert.Throws<ArgumentException>(() => new WaterfallDialog("empty", []));

        Assert.Contains("at least one step", exception.Message, StringComparison.Ordinal);
    }

    private static List<string> InnerStackIds(JsonObject stored) =>
        stored["DialogState"]!["dialogStack"]![0]!["innerState"]!["dialogStack"]!.AsArray()
            .Select(i => i!["id"]!.GetValue<string>())
            .ToList();

    /// <summary>Runs one message turn against the client's stored state, doing <paramref name="act"/> instead of continuing the dialog.</summary>
    private static async Task<IReadOnlyList<Activity>> RunManualTurnAsync(DialogTestClient client, Dialog root, Func<DialogContext, Task> act)
    {
        var state = new ConversationState(client.Storage);
        var context = new TurnContext(new Activity
        {
            Type = ActivityTypes.Message,
            Id = "manual",
            Text = "manual",
            ChannelId = ChannelIds.Test,
            ServiceUrl = "https://test.invalid/",
            Conversation = new ConversationAccount { Id = client.ConversationId },
            From = new ChannelAccount { Id = "user-1" },
            Recipient = new ChannelAccount { Id = "bot-1" },
        });
        await state.LoadAsync(context, force: true, CancellationToken.None);
        var dc = await new DialogSet(state.CreateProperty<DialogState>(nameof(DialogState))).Add(root).CreateContextAsync(context, CancellationToken.None);
        await act(dc);
        await state.SaveChangesAsync(context, force: false, CancellationToken.None);
        return context.BufferedReplies.Where(a => a.IsType(ActivityTypes.Message)).ToList();
    }

    private sealed record ScreeningOptions(string PatientName, int Questions);

    private sealed record StoredAnswer(string Topic, double Confidence, DateTimeOffset At);

    /// <summary>A dialog that waits, replaces itself on the next message when told to, and records why it left the stack.</summary>
    private sealed class SpyDialog(string id, string? replaceWith = null) : Dialog(id)
    {
        public List<DialogReason> EndReasons { get; } = [];

        public override Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options, CancellationToken cancellationToken) =>
            Task.FromResult(EndOfTurn);

        public override Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken) =>
            replaceWith is null ? Task.FromResult(EndOfTurn) : dc.ReplaceDialogAsync(replaceWith, null, cancellationToken);

        public override Task EndDialogAsync(ITurnContext turnContext, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken)
        {
            EndReasons.Add(reason);
            return Task.CompletedTask;
        }
    }
}
