using BackCare.Bot.Booking;
using BackCare.Bot.Content;
using BackCare.Bot.Dialogs.Triage;
using BackCare.Bot.Framework.Dialogs;
using BackCare.Bot.Framework.Prompts;
using BackCare.Bot.Framework.Schema;
using BackCare.Bot.Recognizers;

namespace BackCare.Bot.Dialogs.Booking;

/// <summary>
/// A call-back request, as a form: explicit consent first (what is sent, why, for how long, the privacy notice),
/// then name, a UK phone number (or an email instead), when to call, and what it is about (with the soreness
/// check's summary only if the person agrees; a massage only after the contraindication screen). Each answer is
/// checked and, when invalid, asked again with a specific reason; after three tries the form stops and gives the
/// phone number and link. A summary then offers send, change one detail, or cancel. Only after
/// <see cref="ICallbackRequests.SubmitAsync"/> returns is the request called received, with its reference; if it
/// fails the person is told it was not received and given the phone number. Ends with
/// <see cref="FollowUp.AnotherQuestion"/>, or the topic the person switched to.
/// </summary>
public sealed class CallbackDialog : ComponentDialog
{
    public const string DialogId = nameof(CallbackDialog);
    public const string ConsentPromptId = "Callback.consent";
    public const string NamePromptId = "Callback.name";
    public const string PhonePromptId = "Callback.phone";
    public const string EmailPromptId = "Callback.email";
    public const string TimesPromptId = "Callback.times";
    public const string ChoicePromptId = "Callback.choice";
    private const string LoopId = "Callback.loop";
    private const string FormKey = "form";
    private const string EmailInstead = "!email";
    private const string PhoneInstead = "!phone";
    private const int MaxAttempts = 3;

    private readonly BookingActivities _activities;
    private readonly TriageProfileAccessor _profiles;
    private readonly IServiceScopeFactory _scopes;
    private readonly ILogger<CallbackDialog> _logger;

    /// <summary>
    /// <see cref="ICallbackRequests"/> is resolved from <paramref name="scopes"/> when a request is sent, so the bot
    /// starts without one; a request sent then is reported as not received.
    /// </summary>
    public CallbackDialog(BookingActivities activities, TriageProfileAccessor profiles, IServiceScopeFactory scopes, ILogger<CallbackDialog> logger)
        : base(DialogId)
    {
        _activities = activities;
        _profiles = profiles;
        _scopes = scopes;
        _logger = logger;
        AddDialog(new WaterfallDialog(LoopId, [AskStepAsync, RecordStepAsync]));
        AddDialog(new ChoicePrompt(ConsentPromptId, BookingDialog.ValidateChoiceOrOtherTopicAsync));
        AddDialog(new ChoicePrompt(ChoicePromptId, BookingDialog.ValidateChoiceOrOtherTopicAsync));
        AddDialog(new FieldPrompt(NamePromptId, FieldValidator(NameField.Check, topicFirst: true)));
        AddDialog(new FieldPrompt(PhonePromptId, FieldValidator(PhoneField.Check, topicFirst: false, EmailInstead)));
        AddDialog(new FieldPrompt(EmailPromptId, FieldValidator(EmailField.Check, topicFirst: false, PhoneInstead)));
        AddDialog(new FieldPrompt(TimesPromptId, FieldValidator(text => TimesField.Check(text, activities.Content), topicFirst: false)));
        InitialDialogId = LoopId;
    }

    /// <summary>
    /// True when <paramref name="text"/> is a usable answer to the phone, email or when-to-call question
    /// <paramref name="promptId"/>: such an answer ("any time, thanks") is never taken for small talk.
    /// </summary>
    public bool IsFieldAnswer(string promptId, string? text) => promptId switch
    {
        PhonePromptId => PhoneField.Check(text).IsValid,
        EmailPromptId => EmailField.Check(text).IsValid,
        TimesPromptId => TimesField.Check(text, _activities.Content).IsValid,
        _ => false,
    };

    protected override Task<DialogTurnResult> OnBeginDialogAsync(DialogContext innerDc, object? options, CancellationToken cancellationToken)
    {
        var start = options as CallbackOptions ?? new CallbackOptions();
        return innerDc.BeginDialogAsync(LoopId, new CallbackForm { Reason = start.Reason, Screen = start.Screen }, cancellationToken);
    }

    private async Task<DialogTurnResult> AskStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var form = step.GetOptions<CallbackForm>() ?? new CallbackForm();
        var handoff = (await _profiles.GetAsync(step.Context, cancellationToken)).Handoff;
        form.Asking = NextField(form, handoff);
        step.Values.Set(FormKey, form);
        return form.Asking switch
        {
            CallbackFields.Consent => await step.PromptAsync(ConsentPromptId, Choices(
                BookingTextKeys.AskCallbackConsent, BookingTextKeys.RetryCallbackConsent,
                _activities.Choice(Answers.Yes, BookingTextKeys.ChoiceConsentYes),
                _activities.Choice(Answers.No, BookingTextKeys.ChoiceConsentNo)), cancellationToken),
            CallbackFields.Name => await step.PromptAsync(NamePromptId, Field(BookingTextKeys.AskName), cancellationToken),
            CallbackFields.Phone => await step.PromptAsync(PhonePromptId, Field(BookingTextKeys.AskPhone,
                _activities.Choice(EmailInstead, BookingTextKeys.ChoiceEmailInstead)), cancellationToken),
            CallbackFields.Email => await step.PromptAsync(EmailPromptId, Field(BookingTextKeys.AskEmail,
                _activities.Choice(PhoneInstead, BookingTextKeys.ChoicePhoneInstead)), cancellationToken),
            CallbackFields.Times => await step.PromptAsync(TimesPromptId, Field(BookingTextKeys.AskTimes,
                [.. new[] { BookingTextKeys.ChoiceTimesAny, BookingTextKeys.ChoiceTimesMorning, BookingTextKeys.ChoiceTimesAfternoon, BookingTextKeys.ChoiceTimesEvening, BookingTextKeys.ChoiceTimesWeekend }
                    .Select(key => new Choice { Value = _activities.Content.Get(key) })]), cancellationToken),
            CallbackFields.Share => await step.PromptAsync(ChoicePromptId, Choices(
                _activities.Content.Fill(BookingTextKeys.AskShareSummary, new Dictionary<string, string> { ["summary"] = "- " + string.Join("\n- ", handoff!.Summary) }),
                BookingTextKeys.RetryShareSummary,
                _activities.Choice(Answers.Yes, BookingTextKeys.ChoiceShareYes),
                _activities.Choice(Answers.No, BookingTextKeys.ChoiceShareNo)), cancellationToken),
            CallbackFields.Reason => await step.PromptAsync(ChoicePromptId, Choices(
                BookingTextKeys.AskReason, BookingTextKeys.RetryReason, ReasonChoices(form)), cancellationToken),
            CallbackFields.Screen => await step.PromptAsync(ChoicePromptId, _activities.MassageScreen(), cancellationToken),
            CallbackFields.Change => await step.PromptAsync(ChoicePromptId, Choices(
                BookingTextKeys.AskChange, BookingTextKeys.RetryChange,
                _activities.Choice(CallbackFields.Name, BookingTextKeys.ChoiceChangeName),
                _activities.Choice(CallbackFields.Phone, BookingTextKeys.ChoiceChangeContact),
                _activities.Choice(CallbackFields.Times, BookingTextKeys.ChoiceChangeTimes),
                _activities.Choice(CallbackFields.Reason, BookingTextKeys.ChoiceChangeReason)), cancellationToken),
            _ => await step.PromptAsync(ChoicePromptId, Choices(
                _activities.Content.Fill(BookingTextKeys.AskConfirm, SummaryValues(form, handoff)), BookingTextKeys.RetryConfirm,
                _activities.Choice(Answers.Send, BookingTextKeys.ChoiceConfirmSend),
                _activities.Choice(Answers.Change, BookingTextKeys.ChoiceConfirmChange),
                _activities.Choice(Answers.Cancel, BookingTextKeys.ChoiceConfirmCancel)), cancellationToken),
        };
    }

    private async Task<DialogTurnResult> RecordStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (TopicSwitch.Take(step.Context) is { } switchedTo)
        {
            return await step.EndDialogAsync(switchedTo, cancellationToken);
        }

        var form = step.Values.Get<CallbackForm>(FormKey)!;
        var answer = step.Result as string ?? (step.Result as FoundChoice)?.Value;
        if (answer is null)
        {
            // Too many answers that could not be used: the give-up message gave the phone number and the link.
            return await step.EndDialogAsync(FollowUp.AnotherQuestion, cancellationToken);
        }

        switch (form.Asking)
        {
            case CallbackFields.Consent when answer == Answers.No:
                await step.Context.SendActivityAsync(_activities.Message(BookingTextKeys.SayCallbackDeclined), cancellationToken);
                return await step.EndDialogAsync(FollowUp.AnotherQuestion, cancellationToken);
            case CallbackFields.Consent:
                form.Consented = true;
                break;
            case CallbackFields.Name:
                form.Name = NameField.Check(answer).Value;
                break;
            case CallbackFields.Phone when answer == EmailInstead:
                form.PreferEmail = true;
                break;
            case CallbackFields.Phone:
                form.Phone = PhoneField.Check(answer).Value;
                break;
            case CallbackFields.Email when answer == PhoneInstead:
                form.PreferEmail = false;
                break;
            case CallbackFields.Email:
                form.Email = EmailField.Check(answer).Value;
                break;
            case CallbackFields.Times:
                form.Times = TimesField.Check(answer, _activities.Content).Value;
                break;
            case CallbackFields.Share:
                form.ShareSummary = answer == Answers.Yes;
                form.Reason = CallbackReasons.Assessment;
                break;
            case CallbackFields.Reason:
                form.Reason = answer;
                break;
            case CallbackFields.Screen:
                form.Screen = answer;
                if (form.ScreenedOut)
                {
                    await step.Context.SendActivityAsync(_activities.Message(BookingTextKeys.SayMassageScreenPositive), cancellationToken);
                    form.Reason = CallbackReasons.Assessment;
                }

                break;
            case CallbackFields.Change:
                form.Changing = false;
                Clear(form, answer);
                break;
            case CallbackFields.Confirm when answer == Answers.Send:
                return await SubmitAsync(step, form, cancellationToken);
            case CallbackFields.Confirm when answer == Answers.Change:
                form.Changing = true;
                break;
            case CallbackFields.Confirm:
                await step.Context.SendActivityAsync(_activities.Message(BookingTextKeys.SayCallbackCancelled), cancellationToken);
                return await step.EndDialogAsync(FollowUp.AnotherQuestion, cancellationToken);
        }

        return await step.ReplaceDialogAsync(LoopId, form, cancellationToken);
    }

    private async Task<DialogTurnResult> SubmitAsync(WaterfallStepContext step, CallbackForm form, CancellationToken cancellationToken)
    {
        var profile = await _profiles.GetAsync(step.Context, cancellationToken);
        var handoff = form.ShareSummary == true ? profile.Handoff : null;
        var draft = new CallbackRequestDraft(form.Name!, form.Phone, form.Email, form.Times!, ReasonText(form, handoff), handoff?.DispositionCode);
        var activity = step.Context.Activity;
        CallbackReceipt receipt;
        try
        {
            await using var scope = _scopes.CreateAsyncScope();
            var requests = scope.ServiceProvider.GetService<ICallbackRequests>()
                ?? throw new InvalidOperationException("No ICallbackRequests is registered, so call-back requests cannot be stored.");
            receipt = await requests.SubmitAsync(draft, activity.ChannelId ?? string.Empty, activity.From?.Id ?? string.Empty, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // Never claim success: the person is told it was not received and how to reach the clinic.
            CallbackLog.NotReceived(_logger, exception.GetType().Name);
            await step.Context.SendActivityAsync(_activities.Message(BookingTextKeys.SayCallbackFailed), cancellationToken);
            return await step.EndDialogAsync(FollowUp.AnotherQuestion, cancellationToken);
        }

        CallbackLog.Received(_logger, receipt.Reference, draft.DispositionCode);
        var received = _activities.Content.Fill(BookingTextKeys.SayCallbackReceived, new Dictionary<string, string> { ["reference"] = Plain(receipt.Reference) });
        await step.Context.SendActivityAsync(Activity.CreateMessage(received, InputHints.AcceptingInput), cancellationToken);
        return await step.EndDialogAsync(FollowUp.AnotherQuestion, cancellationToken);
    }

    private static string NextField(CallbackForm form, BookingHandoff? handoff) => form switch
    {
        { Consented: false } => CallbackFields.Consent,
        { Name: null } => CallbackFields.Name,
        { Phone: null, Email: null } => form.PreferEmail ? CallbackFields.Email : CallbackFields.Phone,
        { Times: null } => CallbackFields.Times,
        { Reason: null } => handoff is not null && form.ShareSummary is null ? CallbackFields.Share : CallbackFields.Reason,
        { Reason: CallbackReasons.Massage, Screen: null } => CallbackFields.Screen,
        { Changing: true } => CallbackFields.Change,
        _ => CallbackFields.Confirm,
    };

    private static void Clear(CallbackForm form, string field)
    {
        switch (field)
        {
            case CallbackFields.Name:
                form.Name = null;
                break;
            case CallbackFields.Phone:
                form.Phone = null;
                form.Email = null;
                form.PreferEmail = false;
                break;
            case CallbackFields.Times:
                form.Times = null;
                break;
            case CallbackFields.Reason:
                form.Reason = null;
                form.ShareSummary = null;
                break;
        }
    }

    private Choice[] ReasonChoices(CallbackForm form)
    {
        var choices = new List<Choice> { _activities.Choice(CallbackReasons.Assessment, BookingTextKeys.ChoiceReasonAssessment) };
        if (!form.ScreenedOut)
        {
            // After a yes (or "not sure") to the massage screen, a massage is not offered again.
            choices.Add(_activities.Choice(CallbackReasons.Massage, BookingTextKeys.ChoiceReasonMassage));
        }

        choices.Add(_activities.Choice(CallbackReasons.Manage, BookingTextKeys.ChoiceReasonManage));
        choices.Add(_activities.Choice(CallbackReasons.Question, BookingTextKeys.ChoiceReasonQuestion));
        return [.. choices];
    }

    private Dictionary<string, string> SummaryValues(CallbackForm form, BookingHandoff? handoff)
    {
        var contact = new[] { form.Phone is { } phone ? PhoneField.Display(phone) : null, form.Email is { } email ? Plain(email) : null };
        return new Dictionary<string, string>
        {
            ["name"] = Plain(form.Name!),
            ["contact"] = string.Join(", ", contact.OfType<string>()),
            ["times"] = Plain(form.Times!),
            ["reason"] = Plain(ReasonText(form, form.ShareSummary == true ? handoff : null)),
        };
    }

    /// <summary>What the call is about, as shown in the summary and sent: the reason's title, and the check's summary if shared.</summary>
    private string ReasonText(CallbackForm form, BookingHandoff? shared)
    {
        if (form.Reason == CallbackReasons.Assessment && shared is not null)
        {
            return _activities.Content.Fill(BookingTextKeys.ReasonAssessmentWithSummary, new Dictionary<string, string> { ["summary"] = string.Join("; ", shared.Summary) });
        }

        return _activities.Content.Get(form.Reason switch
        {
            CallbackReasons.Massage => BookingTextKeys.ChoiceReasonMassage,
            CallbackReasons.Manage => BookingTextKeys.ChoiceReasonManage,
            CallbackReasons.Question => BookingTextKeys.ChoiceReasonQuestion,
            _ => BookingTextKeys.ChoiceReasonAssessment,
        });
    }

    /// <summary>A value the person typed, shown as plain text: Markdown's emphasis and link characters escaped.</summary>
    private static string Plain(string value)
    {
        var builder = new System.Text.StringBuilder(value.Length);
        foreach (var c in value)
        {
            if (c is '\\' or '*' or '_' or '`' or '[' or ']' or '<' or '>' or '#')
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>Checks a field's answer: a button, a clear switch to another topic, a valid value, or a specific re-ask.</summary>
    private PromptValidator<string> FieldValidator(Func<string, FieldCheck> check, bool topicFirst, params string[] buttons) =>
        async (promptContext, cancellationToken) =>
        {
            var text = promptContext.Recognized.Value ?? string.Empty;
            if (buttons.Contains(text) || (topicFirst && TopicSwitch.TrySwitchAwayFrom(promptContext.Context, Intents.Booking)))
            {
                return true;
            }

            var result = check(text);
            if (result.IsValid || (!topicFirst && TopicSwitch.TrySwitchAwayFrom(promptContext.Context, Intents.Booking)))
            {
                return true;
            }

            if (promptContext.AttemptCount < (promptContext.Options.MaxAttempts ?? int.MaxValue))
            {
                var retry = ChoiceFactory.AddChoices(_activities.Prompt(result.RetryKey!), promptContext.Context.Activity, promptContext.Options.Choices ?? [], promptContext.Options.Style);
                await promptContext.Context.SendActivityAsync(retry, cancellationToken);
            }

            return false;
        };

    private PromptOptions Field(string promptKey, params Choice[] choices) => new()
    {
        Prompt = _activities.Prompt(promptKey),
        Choices = choices.Length > 0 ? [.. choices] : null,
        MaxAttempts = MaxAttempts,
        TooManyAttemptsMessage = _activities.Message(BookingTextKeys.SayCallbackGaveUp),
    };

    private PromptOptions Choices(string promptKeyOrText, string retryKey, params Choice[] choices) => new()
    {
        Prompt = _activities.Content.File.Texts.ContainsKey(promptKeyOrText)
            ? _activities.Prompt(promptKeyOrText)
            : Activity.CreateMessage(promptKeyOrText, InputHints.ExpectingInput),
        RetryPrompt = _activities.Prompt(retryKey),
        Choices = [.. choices],
        MaxAttempts = MaxAttempts,
        TooManyAttemptsMessage = _activities.Message(BookingTextKeys.SayCallbackGaveUp),
    };

    /// <summary>The values of the form's own buttons.</summary>
    private static class Answers
    {
        public const string Yes = "yes";
        public const string No = "no";
        public const string Send = "send";
        public const string Change = "change";
        public const string Cancel = "cancel";
    }
}
