using System.Text.Json.Nodes;
using BackCare.Bot.Framework.Dialogs;
using BackCare.Bot.Framework.Prompts;
using BackCare.Bot.Framework.Schema;
using BackCare.Bot.Framework.Turns;
using BackCare.Bot.Tests.Support;

namespace BackCare.Bot.Tests.Framework.Dialogs;

public sealed class ComponentDialogTests
{
    [Fact]
    public async Task PersistsItsInnerStackWithItsOwnInstance()
    {
        var client = new DialogTestClient(new ProfileDialog());

        await client.SendActivityAsync("hi");
        var stored = await client.ReadStoredStateAsync();

        var outerStack = stored["DialogState"]!["dialogStack"]!.AsArray();
        Assert.Equal(nameof(ProfileDialog), Assert.Single(outerStack)!["id"]!.GetValue<string>());
        var innerStack = outerStack[0]!["innerState"]!["dialogStack"]!.AsArray();
        Assert.Equal([ProfileDialog.NamePromptId, ProfileDialog.StepsId], innerStack.Select(i => i!["id"]!.GetValue<string>()));
    }

    [Fact]
    public async Task ContinuesTheInnerDialogOnTheNextTurn()
    {
        var client = new DialogTestClient(new ProfileDialog());

        var first = await client.SendActivityAsync("hi");
        var second = await client.SendActivityAsync("Ana");
        var third = await client.SendActivityAsync("34");

        Assert.Equal("What is your name?", Assert.Single(first).Text);
        Assert.Equal("How old are you, Ana?", Assert.Single(second).Text);
        Assert.Equal("Thanks Ana (34)", Assert.Single(third).Text);
    }

    [Fact]
    public async Task ReturnsTheInnerResultWhenTheInnerDialogEnds()
    {
        var client = new DialogTestClient(new ProfileDialog());

        await client.SendActivityAsync("hi");
        await client.SendActivityAsync("Ana");
        await client.SendActivityAsync("34");

        Assert.Equal(DialogTurnStatus.Complete, client.DialogTurnResult!.Status);
        Assert.Equal(new Profile("Ana", 34), client.DialogTurnResult.Result);
    }

    [Fact]
    public async Task HandsTheInnerResultToAParentWaterfallStep()
    {
        WaterfallStep startProfile = (step, cancellationToken) => step.BeginDialogAsync(nameof(ProfileDialog), null, cancellationToken);
        WaterfallStep report = async (step, cancellationToken) =>
        {
            var profile = (Profile)step.Result!;
            await step.Context.SendActivityAsync($"root saw {profile.Name}, {profile.Age}", cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        };
        var root = new ComponentDialog("root")
            .AddDialog(new WaterfallDialog("main", [startProfile, report]))
            .AddDialog(new ProfileDialog());
        var client = new DialogTestClient(root);

        await client.SendActivityAsync("hi");
        await client.SendActivityAsync("Ana");
        var replies = await client.SendActivityAsync("34");

        Assert.Equal(["Thanks Ana (34)", "root saw Ana, 34"], replies.Select(r => r.Text));
    }

    [Fact]
    public async Task AnInterruptionCanReplyAndRepromptTheInnerPrompt()
    {
        var client = new DialogTestClient(new InterruptibleProfileDialog());

        await client.SendActivityAsync("hi");
        var help = await client.SendActivityAsync("help");
        var answer = await client.SendActivityAsync("Ana");

        Assert.Equal(["I need your name to book you in.", "What is your name?"], help.Select(r => r.Text));
        Assert.Equal("How old are you, Ana?", Assert.Single(answer).Text);
    }

    [Fact]
    public async Task AnInterruptionDoesNotCountAsAnAttemptAtTheInnerPrompt()
    {
        // The name prompt allows one attempt; if "help" had reached it, the prompt would have given up.
        var client = new DialogTestClient(new InterruptibleProfileDialog(maxNameAttempts: 1));

        await client.SendActivityAsync("hi");
        await client.SendActivityAsync("help");
        var answer = await client.SendActivityAsync("Ana");

        Assert.Equal("How old are you, Ana?", Assert.Single(answer).Text);
    }

    [Fact]
    public async Task ACancelInterruptionEndsTheComponent()
    {
        var client = new DialogTestClient(new InterruptibleProfileDialog());

        await client.SendActivityAsync("hi");
        await client.SendActivityAsync("Ana");
        var cancelled = await client.SendActivityAsync("cancel");
        var status = client.DialogTurnResult!.Status;
        var stored = await client.ReadStoredStateAsync();
        var restart = await client.SendActivityAsync("hello");

        Assert.Equal("Cancelled.", Assert.Single(cancelled).Text);
        Assert.Equal(DialogTurnStatus.Complete, status);
        Assert.Empty(stored["DialogState"]!["dialogStack"]!.AsArray());
        Assert.Equal("What is your name?", Assert.Single(restart).Text);
    }

    [Fact]
    public async Task CancellingTheOuterStackCancelsTheDialogsInsideNestedComponents()
    {
        var spy = new WaitingSpyDialog("spy");
        var inner = new ComponentDialog("inner").AddDialog(spy);
        var outer = new CancellableDialog("outer").AddDialog(inner);
        var client = new DialogTestClient(outer);

        await client.SendActivityAsync("hi");
        var beforeCancel = spy.EndReasons.ToList();
        await client.SendActivityAsync("cancel");

        Assert.Empty(beforeCancel);
        Assert.Equal([DialogReason.CancelCalled], spy.EndReasons);
        Assert.Equal(DialogTurnStatus.Complete, client.DialogTurnResult!.Status);
    }

    [Fact]
    public async Task RepromptReachesAPromptInsideANestedComponent()
    {
        var outer = new CancellableDialog("outer").AddDialog(new ProfileDialog());
        var client = new DialogTestClient(outer);

        await client.SendActivityAsync("hi");
        await client.SendActivityAsync("Ana");
        var repeated = await client.SendActivityAsync("repeat");

        Assert.Equal("How old are you, Ana?", Assert.Single(repeated).Text);
    }

    [Fact]
    public async Task StartsTheFirstDialogAddedUnlessToldOtherwise()
    {
        var component = new ComponentDialog("c")
            .AddDialog(new WaterfallDialog("first", [Step("first")]))
            .AddDialog(new WaterfallDialog("second", [Step("second")]));
        var chosen = new ComponentDialog("d")
            .AddDialog(new WaterfallDialog("first", [Step("first")]))
            .AddDialog(new WaterfallDialog("second", [Step("second")]));
        chosen.InitialDialogId = "second";

        var byDefault = await new DialogTestClient(component).SendActivityAsync("hi");
        var byChoice = await new DialogTestClient(chosen).SendActivityAsync("hi");

        Assert.Equal("first", Assert.Single(byDefault).Text);
        Assert.Equal("second", Assert.Single(byChoice).Text);
    }

    [Fact]
    public async Task AComponentWithoutDialogsThrowsAMessageThatSaysToCallAddDialog()
    {
        var client = new DialogTestClient(new ComponentDialog("empty"));

        var exception = await Assert.ThrowsAsync<InvalidOperationException>(() => client.SendActivityAsync("hi"));

        Assert.Contains("AddDialog()", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PassesItsOptionsToTheInitialDialog()
    {
        WaterfallStep greet = async (step, cancellationToken) =>
        {
            await step.Context.SendActivityAsync($"options: {step.GetOptions<Profile>()!.Name}", cancellationToken);
            return Dialog.EndOfTurn;
        };
        var component = new ComponentDialog("c").AddDialog(new WaterfallDialog("steps", [greet]));
        var client = new DialogTestClient(component, options: new Profile("Ben", 50));

        var replies = await client.SendActivityAsync("hi");

        Assert.Equal("options: Ben", Assert.Single(replies).Text);
    }

    private static WaterfallStep Step(string text) => async (step, cancellationToken) =>
    {
        await step.Context.SendActivityAsync(text, cancellationToken);
        return Dialog.EndOfTurn;
    };

    private sealed record Profile(string Name, int Age);

    /// <summary>Asks a name then an age, and ends with a <see cref="Profile"/>.</summary>
    private class ProfileDialog : ComponentDialog
    {
        public const string StepsId = "ProfileDialog.steps";
        public const string NamePromptId = "ProfileDialog.name";
        public const string AgePromptId = "ProfileDialog.age";

        private readonly int? _maxNameAttempts;

        public ProfileDialog(int? maxNameAttempts = null)
            : base(nameof(ProfileDialog))
        {
            _maxNameAttempts = maxNameAttempts;
            AddDialog(new WaterfallDialog(StepsId, [AskNameStepAsync, AskAgeStepAsync, ThankStepAsync]));
            AddDialog(new TextPrompt(NamePromptId));
            AddDialog(new NumberPrompt<int>(AgePromptId));
        }

        private Task<DialogTurnResult> AskNameStepAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
            step.PromptAsync(NamePromptId, new PromptOptions { Prompt = Activity.CreateMessage("What is your name?"), MaxAttempts = _maxNameAttempts }, cancellationToken);

        private static Task<DialogTurnResult> AskAgeStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
        {
            step.Values.Set("name", (string)step.Result!);
            return step.PromptAsync(AgePromptId, new PromptOptions { Prompt = Activity.CreateMessage($"How old are you, {step.Result}?") }, cancellationToken);
        }

        private static async Task<DialogTurnResult> ThankStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
        {
            var profile = new Profile(step.Values.Get<string>("name")!, (int)step.Result!);
            await step.Context.SendActivityAsync($"Thanks {profile.Name} ({profile.Age})", cancellationToken);
            return await step.EndDialogAsync(profile, cancellationToken);
        }
    }

    /// <summary>The CancelAndHelpDialog pattern: "help" replies and re-prompts, "cancel" ends everything.</summary>
    private sealed class InterruptibleProfileDialog(int? maxNameAttempts = null) : ProfileDialog(maxNameAttempts)
    {
        protected override async Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken)
        {
            switch (innerDc.Context.Activity.Text?.Trim().ToLowerInvariant())
            {
                case "help":
                    await innerDc.Context.SendActivityAsync("I need your name to book you in.", cancellationToken);
                    await innerDc.RepromptDialogAsync(cancellationToken);
                    return EndOfTurn;
                case "cancel":
                    await innerDc.Context.SendActivityAsync("Cancelled.", cancellationToken);
                    return await innerDc.CancelAllDialogsAsync(cancellationToken);
                default:
                    return await base.OnContinueDialogAsync(innerDc, cancellationToken);
            }
        }
    }

    /// <summary>A plain component that cancels its inner stack on "cancel" and re-prompts it on "repeat".</summary>
    private sealed class CancellableDialog(string id) : ComponentDialog(id)
    {
        protected override async Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken)
        {
            switch (innerDc.Context.Activity.Text)
            {
                case "cancel":
                    return await innerDc.CancelAllDialogsAsync(cancellationToken);
                case "repeat":
                    await innerDc.RepromptDialogAsync(cancellationToken);
                    return EndOfTurn;
                default:
                    return await base.OnContinueDialogAsync(innerDc, cancellationToken);
            }
        }
    }

    /// <summary>Waits forever and records why it left the stack.</summary>
    private sealed class WaitingSpyDialog(string id) : Dialog(id)
    {
        public List<DialogReason> EndReasons { get; } = [];

        public override Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options, CancellationToken cancellationToken) =>
            Task.FromResult(EndOfTurn);

        public override Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken) =>
            Task.FromResult(EndOfTurn);

        public override Task EndDialogAsync(ITurnContext turnContext, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken)
        {
            EndReasons.Add(reason);
            return Task.CompletedTask;
        }
    }
}
