using BackCare.Bot.Content;
using BackCare.Bot.Dialogs.Triage;
using BackCare.Bot.Framework.Dialogs;
using BackCare.Bot.Framework.Prompts;
using BackCare.Bot.Recognizers;

namespace BackCare.Bot.Dialogs.Booking;

/// <summary>
/// Booking: book an assessment or a massage online (the clinic's link), ask for a call-back, or cancel or move an
/// appointment (how to, or a call-back about it; never "stop the chat"). A massage is booked only after a short
/// contraindication screen; any yes or "not sure" points to a physiotherapy assessment or GP advice instead. A
/// message that already says what it wants ("can someone call me", "I need to move my appointment") goes straight
/// there. Never starts after emergency or urgent advice (the menu's guard, checked here again). Ends with
/// <see cref="FollowUp.AnotherQuestion"/>, or the topic the person switched to.
/// </summary>
public sealed class BookingDialog : ComponentDialog
{
    public const string DialogId = nameof(BookingDialog);
    public const string StartPromptId = "Booking.start";
    public const string ScreenPromptId = "Booking.screen";
    public const string NextPromptId = "Booking.next";
    private const string LoopId = "Booking.loop";
    private const string StateKey = "state";

    private readonly BookingActivities _activities;
    private readonly TriageProfileAccessor _profiles;
    private readonly CallbackDialog _callback;

    public BookingDialog(BookingActivities activities, TriageProfileAccessor profiles, CallbackDialog callback)
        : base(DialogId)
    {
        _activities = activities;
        _profiles = profiles;
        _callback = callback;
        AddDialog(new WaterfallDialog(LoopId, [AskStepAsync, HandleStepAsync]));
        AddDialog(new ChoicePrompt(StartPromptId, ValidateChoiceOrOtherTopicAsync));
        AddDialog(new ChoicePrompt(ScreenPromptId));
        AddDialog(new ChoicePrompt(NextPromptId, ValidateChoiceOrOtherTopicAsync));
        AddDialog(callback);
        InitialDialogId = LoopId;
    }

    /// <summary>True when <paramref name="text"/> answers the call-back's phone, email or when-to-call question <paramref name="promptId"/>.</summary>
    public bool IsFieldAnswer(string promptId, string? text) => _callback.IsFieldAnswer(promptId, text);

    /// <summary>A choice, or a clear question on another topic (booking itself is not a switch here).</summary>
    public static Task<bool> ValidateChoiceOrOtherTopicAsync(PromptValidatorContext<FoundChoice> promptContext, CancellationToken cancellationToken) =>
        Task.FromResult(promptContext.Recognized.Succeeded || TopicSwitch.TrySwitchAwayFrom(promptContext.Context, Intents.Booking));

    protected override async Task<DialogTurnResult> OnBeginDialogAsync(DialogContext innerDc, object? options, CancellationToken cancellationToken)
    {
        var profile = await _profiles.GetAsync(innerDc.Context, cancellationToken);
        if (profile.EmergencyAdvised || profile.UrgentAdvised)
        {
            // Defence in depth: the menu already answers booking after advice; nothing here books a routine visit.
            await innerDc.Context.SendActivityAsync(_activities.Message(BookingTextKeys.SayBookingAfterAdvice), cancellationToken);
            return await innerDc.EndDialogAsync(FollowUp.AnotherQuestion, cancellationToken);
        }

        var opening = (options as BookingOptions)?.OpeningText;
        var state = new BookingState();
        if (_activities.Content.Mentions(BookingVocabulary.Manage, opening))
        {
            await ManageAsync(innerDc, state, cancellationToken);
        }
        else if (_activities.Content.Mentions(BookingVocabulary.Callback, opening))
        {
            state.Step = BookingSteps.Callback;
            state.Reason = _activities.Content.Mentions(BookingVocabulary.Massage, opening) ? CallbackReasons.Massage : null;
        }

        return await innerDc.BeginDialogAsync(LoopId, state, cancellationToken);
    }

    private async Task<DialogTurnResult> AskStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var state = step.GetOptions<BookingState>() ?? new BookingState();
        step.Values.Set(StateKey, state);
        switch (state.Step)
        {
            case BookingSteps.Screen:
                return await step.PromptAsync(ScreenPromptId, _activities.MassageScreen(), cancellationToken);

            case BookingSteps.Callback:
                return await step.BeginDialogAsync(CallbackDialog.DialogId, new CallbackOptions(state.Reason, state.Screen), cancellationToken);

            case BookingSteps.Next:
                return await step.PromptAsync(NextPromptId, ChoiceOptions(state.NextPrompt!, state.NextChoices.Select(RouteChoice).ToList()), cancellationToken);

            default:
                return await step.PromptAsync(StartPromptId, ChoiceOptions(
                    BookingTextKeys.AskBookingStart,
                    [RouteChoice(BookingRoutes.OnlineAssessment), RouteChoice(BookingRoutes.OnlineMassage), RouteChoice(BookingRoutes.Callback), RouteChoice(BookingRoutes.Manage)],
                    BookingTextKeys.RetryBookingStart), cancellationToken);
        }
    }

    private async Task<DialogTurnResult> HandleStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (TopicSwitch.Take(step.Context) is { } switchedTo)
        {
            return await step.EndDialogAsync(switchedTo, cancellationToken);
        }

        var state = step.Values.Get<BookingState>(StateKey)!;
        switch (state.Step)
        {
            case BookingSteps.Callback:
                // The call-back ended: with the topic switched to, or "another question".
                return await step.EndDialogAsync(step.Result as string ?? FollowUp.AnotherQuestion, cancellationToken);

            case BookingSteps.Screen:
                return await ScreenedAsync(step, state, (step.Result as FoundChoice)?.Value, cancellationToken);

            default:
                return (step.Result as FoundChoice)?.Value is { } route
                    ? await GoAsync(step, state, route, cancellationToken)
                    : await step.EndDialogAsync(FollowUp.AnotherQuestion, cancellationToken);
        }
    }

    private async Task<DialogTurnResult> GoAsync(WaterfallStepContext step, BookingState state, string route, CancellationToken cancellationToken)
    {
        switch (route)
        {
            case BookingRoutes.OnlineAssessment:
                await step.Context.SendActivityAsync(_activities.BookOnline(BookingTextKeys.SayBookOnline), cancellationToken);
                Ask(state, BookingTextKeys.AskAfterOnline, FollowUp.AnotherQuestion, BookingRoutes.Callback);
                break;
            case BookingRoutes.OnlineMassage:
                state.Step = BookingSteps.Screen;
                break;
            case BookingRoutes.Callback:
                state.Step = BookingSteps.Callback;
                break;
            case BookingRoutes.Manage:
                await ManageAsync(step, state, cancellationToken);
                break;
            default:
                return await step.EndDialogAsync(FollowUp.AnotherQuestion, cancellationToken);
        }

        return await step.ReplaceDialogAsync(LoopId, state, cancellationToken);
    }

    private async Task<DialogTurnResult> ScreenedAsync(WaterfallStepContext step, BookingState state, string? answer, CancellationToken cancellationToken)
    {
        if (answer is null)
        {
            // No answer could be read after several tries (the give-up message gave the phone and link).
            return await step.EndDialogAsync(FollowUp.AnotherQuestion, cancellationToken);
        }

        state.Screen = answer;
        if (answer == ScreenAnswers.None)
        {
            await step.Context.SendActivityAsync(_activities.BookOnline(BookingTextKeys.SayBookOnlineMassage), cancellationToken);
            state.Reason = CallbackReasons.Massage;
            Ask(state, BookingTextKeys.AskAfterOnline, FollowUp.AnotherQuestion, BookingRoutes.Callback);
        }
        else
        {
            await step.Context.SendActivityAsync(_activities.Message(BookingTextKeys.SayMassageScreenPositive), cancellationToken);
            state.Reason = CallbackReasons.Assessment;
            Ask(state, BookingTextKeys.AskAfterScreenPositive, BookingRoutes.OnlineAssessment, BookingRoutes.Callback, FollowUp.AnotherQuestion);
        }

        return await step.ReplaceDialogAsync(LoopId, state, cancellationToken);
    }

    /// <summary>"Cancel or move my appointment": how to, then a call-back about it if the person wants one.</summary>
    private async Task ManageAsync(DialogContext dc, BookingState state, CancellationToken cancellationToken)
    {
        await dc.Context.SendActivityAsync(_activities.Message(BookingTextKeys.SayManageAppointment), cancellationToken);
        state.Reason = CallbackReasons.Manage;
        Ask(state, BookingTextKeys.AskAfterManage, BookingRoutes.Callback, FollowUp.AnotherQuestion);
    }

    private static void Ask(BookingState state, string promptKey, params string[] routes)
    {
        state.Step = BookingSteps.Next;
        state.NextPrompt = promptKey;
        state.NextChoices = routes.ToList();
    }

    private PromptOptions ChoiceOptions(string promptKey, List<Choice> choices, string retryKey = BookingTextKeys.RetryChoice) => new()
    {
        Prompt = _activities.Prompt(promptKey),
        RetryPrompt = _activities.Prompt(retryKey),
        Choices = choices,
        MaxAttempts = 3,
        TooManyAttemptsMessage = _activities.Message(BookingTextKeys.SayBookingGaveUp),
        KeepAsking = true,
    };

    private Choice RouteChoice(string route) => route switch
    {
        BookingRoutes.OnlineAssessment => _activities.Choice(route, BookingTextKeys.ChoiceBookAssessmentOnline),
        BookingRoutes.OnlineMassage => _activities.Choice(route, BookingTextKeys.ChoiceBookMassageOnline),
        BookingRoutes.Callback => _activities.Choice(route, BookingTextKeys.ChoiceCallback),
        BookingRoutes.Manage => _activities.Choice(route, BookingTextKeys.ChoiceManage),
        _ => _activities.Choice(FollowUp.AnotherQuestion, BookingTextKeys.ChoiceAnotherQuestion),
    };
}
