using BackCare.Bot.Framework.Dialogs;
using BackCare.Bot.Framework.Prompts;
using BackCare.Bot.Framework.Schema;
using BackCare.Bot.Triage;

namespace BackCare.Bot.Dialogs.Triage;

/// <summary>
/// The symptom check. Opens with a statement (information, not a diagnosis, not for emergencies,
/// the emergency number) and asks consent; then asks the content file's questions in order (the
/// most dangerous first, grouped by urgency), skipping any the user already answered in their own
/// words; stops at the first emergency answer, or after an urgent one (asking only about pregnancy,
/// which changes where to go); and ends with exactly one disposition from <see cref="TriageEngine"/>.
/// Ends with the user's follow-up choice, or <see cref="SymptomCheckResults.Emergency"/> (nothing follows).
/// </summary>
public sealed class SymptomCheckDialog : ComponentDialog
{
    public const string DialogId = nameof(SymptomCheckDialog);
    public const string QuestionLoopId = "SymptomCheck.questions";
    public const string ConsentPromptId = "SymptomCheck.consent";
    public const string AfterPromptId = "SymptomCheck.after";
    private const string IntroId = "SymptomCheck.intro";
    private const string PregnantQuestion = "pregnant";

    private readonly TriageContent _triage;
    private readonly ContentActivities _activities;
    private readonly DispositionPresenter _presenter;
    private readonly SymptomCheckAuditor _auditor;
    private readonly TriageProfileAccessor _profiles;

    public SymptomCheckDialog(TriageContent triage, ContentActivities activities, DispositionPresenter presenter, SymptomCheckAuditor auditor, TriageProfileAccessor profiles)
        : base(DialogId)
    {
        _triage = triage;
        _activities = activities;
        _presenter = presenter;
        _auditor = auditor;
        _profiles = profiles;
        AddDialog(new WaterfallDialog(IntroId, [StatementStepAsync, ConsentStepAsync, DispositionStepAsync, FinishStepAsync]));
        AddDialog(new WaterfallDialog(QuestionLoopId, [AskStepAsync, RecordStepAsync]));
        AddDialog(new ConfirmPrompt(ConsentPromptId));
        AddDialog(new ChoicePrompt(AfterPromptId, TopicSwitch.ValidateChoiceOrTopicAsync));
        foreach (var question in triage.Questions.Where(q => q.IsAsked))
        {
            AddDialog(new CodedAnswerPrompt(PromptIdFor(question.Id), question, triage.Answers, triage.TitlesFor(question)));
        }

        InitialDialogId = IntroId;
    }

    private const string QuestionPromptPrefix = "SymptomCheck.q.";

    public static string PromptIdFor(string questionId) => QuestionPromptPrefix + questionId;

    /// <summary>The answers gathered so far by a check in <paramref name="state"/>'s stack, if one is running.</summary>
    public static SymptomCheckProgress? FindProgress(DialogState? state)
    {
        foreach (var instance in state?.DialogStack ?? [])
        {
            if (instance.Id == QuestionLoopId)
            {
                return instance.State.Get<SymptomCheckProgress>(WaterfallDialog.OptionsKey);
            }

            if (FindProgress(instance.InnerState) is { } inner)
            {
                return inner;
            }
        }

        return null;
    }

    /// <summary>True while the check is asking one of its questions (its prompts read "no numbness" as an answer).</summary>
    public static bool IsAskingQuestion(DialogState? state) => AskedQuestionId(state) is not null;

    /// <summary>The id of the question the check is waiting for an answer to, if any.</summary>
    public static string? AskedQuestionId(DialogState? state)
    {
        foreach (var instance in state?.DialogStack ?? [])
        {
            if (instance.Id.StartsWith(QuestionPromptPrefix, StringComparison.Ordinal))
            {
                return instance.Id[QuestionPromptPrefix.Length..];
            }

            if (AskedQuestionId(instance.InnerState) is { } inner)
            {
                return inner;
            }
        }

        return null;
    }

    private async Task<DialogTurnResult> StatementStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var options = step.GetOptions<SymptomCheckOptions>() ?? new SymptomCheckOptions();
        step.Values.Set("opening", options.OpeningText);
        await step.Context.SendActivityAsync(Message(TriageTextKeys.SayCheckStatement), cancellationToken);
        return await step.PromptAsync(ConsentPromptId, new PromptOptions
        {
            Prompt = Prompt(TriageTextKeys.AskConsent),
            RetryPrompt = Prompt(TriageTextKeys.RetryConsent),
            Choices = [new Choice { Value = _triage.Get(TriageTextKeys.ChoiceConsentYes) }, new Choice { Value = _triage.Get(TriageTextKeys.ChoiceConsentNo) }],
            MaxAttempts = 3,
        }, cancellationToken);
    }

    private async Task<DialogTurnResult> ConsentStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is not true)
        {
            await step.Context.SendActivityAsync(Message(TriageTextKeys.SayConsentDeclined), cancellationToken);
            await _auditor.WriteAsync(step.Context, SymptomCheckAuditor.Declined, null, null, cancellationToken);
            return await step.EndDialogAsync(FollowUp.AnotherQuestion, cancellationToken);
        }

        // Skip what the user already told us in their own words, and what this conversation already knows.
        var progress = new SymptomCheckProgress();
        foreach (var (question, answer) in _triage.Answers.Extract(step.Values.Get<string>("opening")))
        {
            progress.Answers[question] = answer;
        }

        var profile = await _profiles.GetAsync(step.Context, cancellationToken);
        if (profile.Pregnant is { } pregnant && !progress.Answers.ContainsKey(PregnantQuestion))
        {
            progress.Answers[PregnantQuestion] = pregnant;
        }

        return await step.BeginDialogAsync(QuestionLoopId, progress, cancellationToken);
    }

    private async Task<DialogTurnResult> DispositionStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is not SymptomCheckProgress progress || progress.GaveUp)
        {
            await step.Context.SendActivityAsync(Message(TriageTextKeys.SayCheckGaveUp), cancellationToken);
            await _auditor.WriteAsync(step.Context, SymptomCheckAuditor.Interrupted, step.Result as SymptomCheckProgress, null, cancellationToken);
            return await step.EndDialogAsync(SymptomCheckResults.GaveUp, cancellationToken);
        }

        var decision = _triage.Engine.Decide(progress.Answers);
        await _presenter.PresentAsync(step.Context, decision, progress.Answers, cancellationToken);
        await _auditor.WriteAsync(step.Context, SymptomCheckAuditor.Completed, progress, decision, cancellationToken);
        if (decision.Disposition == Dispositions.Emergency)
        {
            return await step.EndDialogAsync(SymptomCheckResults.Emergency, cancellationToken);
        }

        var channelId = step.Context.Activity.ChannelId;
        var choices = new List<Choice> { _activities.Choice(FollowUp.AnotherQuestion, Content.ResponseKeys.ChoiceAnotherQuestion, ["another", "something else", "more", "menu"]) };
        choices.Add(new Choice
        {
            Value = Recognizers.Intents.Booking,
            Title = _triage.Get(decision.Disposition == Dispositions.Urgent ? TriageTextKeys.ChoiceBookAfterCheck : TriageTextKeys.ChoiceBookAssessment),
            Synonyms = ["book", "booking", "appointment"],
        });
        return await step.PromptAsync(AfterPromptId, new PromptOptions
        {
            Prompt = Activity.CreateMessage(_triage.Get(TriageTextKeys.AskAfterDisposition), InputHints.ExpectingInput),
            RetryPrompt = _activities.Prompt(Content.ResponseKeys.RetryFollowUp, channelId),
            Choices = choices,
            MaxAttempts = 3,
        }, cancellationToken);
    }

    private static async Task<DialogTurnResult> FinishStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var next = TopicSwitch.Take(step.Context) ?? (step.Result as FoundChoice)?.Value;
        return await step.EndDialogAsync(next, cancellationToken);
    }

    private async Task<DialogTurnResult> AskStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var progress = step.GetOptions<SymptomCheckProgress>() ?? new SymptomCheckProgress();
        step.Values.Set("progress", progress);
        var question = NextQuestion(progress);
        if (question is null)
        {
            return await step.EndDialogAsync(progress, cancellationToken);
        }

        var text = progress.AskingMoreConditions ? TriageTextKeys.AskConditionsMore : question.Text!;
        return await step.PromptAsync(PromptIdFor(question.Id), new PromptOptions
        {
            Prompt = Prompt(text),
            RetryPrompt = Prompt(RetryKeyFor(question)),
            Choices = ChoicesFor(question, progress),
            Style = ListStyle.Auto,
            MaxAttempts = 3,
        }, cancellationToken);
    }

    private async Task<DialogTurnResult> RecordStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var progress = step.Values.Get<SymptomCheckProgress>("progress")!;
        var question = NextQuestion(progress)!;
        if (step.Result is not string answer)
        {
            if (progress.AskingMoreConditions)
            {
                return await step.EndDialogAsync(Done(progress), cancellationToken);
            }

            progress.GaveUp = true;
            return await step.EndDialogAsync(progress, cancellationToken);
        }

        if (!progress.Asked.Contains(question.Id))
        {
            progress.Asked.Add(question.Id);
        }

        if (question.Kind == QuestionKinds.Conditions)
        {
            return await RecordConditionsAsync(step, progress, answer, cancellationToken);
        }

        progress.Answers[question.Id] = answer;
        var decision = _triage.Engine.Decide(progress.Answers);
        if (decision.Disposition == Dispositions.Emergency)
        {
            return await step.EndDialogAsync(progress, cancellationToken);
        }

        // Urgent: every emergency question is still asked (an emergency must never be missed), then
        // only pregnancy, which decides between the GP/urgent service and the maternity unit.
        var emergencyQuestionsLeft = _triage.Questions.Any(q => q.Group == Dispositions.Emergency && !progress.Answers.ContainsKey(q.Id));
        if (decision.Disposition == Dispositions.Urgent && !emergencyQuestionsLeft)
        {
            progress.OnlyPregnancyLeft = true;
        }

        return await step.ReplaceDialogAsync(QuestionLoopId, progress, cancellationToken);
    }

    private async Task<DialogTurnResult> RecordConditionsAsync(WaterfallStepContext step, SymptomCheckProgress progress, string answer, CancellationToken cancellationToken)
    {
        var question = _triage.Question("conditions");
        var codes = progress.Answers.TryGetValue(question.Id, out var earlier) && earlier != AnswerCodes.None
            ? earlier.Split(',').ToList()
            : [];
        if (answer != AnswerCodes.None)
        {
            codes.AddRange(answer.Split(',').Where(c => !codes.Contains(c)));
        }

        progress.Answers[question.Id] = codes.Count == 0 ? AnswerCodes.None : string.Join(",", codes);
        var remaining = question.Choices.Count(c => !c.Exclusive && !codes.Contains(c.Value));
        var askAgain = answer != AnswerCodes.None && !answer.Contains(',') && remaining > 0 && !progress.AskingMoreConditions;
        if (!askAgain || _triage.Engine.Decide(progress.Answers).Disposition == Dispositions.Emergency)
        {
            return await step.EndDialogAsync(Done(progress), cancellationToken);
        }

        progress.AskingMoreConditions = true;
        return await step.ReplaceDialogAsync(QuestionLoopId, progress, cancellationToken);
    }

    private static SymptomCheckProgress Done(SymptomCheckProgress progress)
    {
        progress.AskingMoreConditions = false;
        return progress;
    }

    private TriageQuestion? NextQuestion(SymptomCheckProgress progress)
    {
        if (progress.AskingMoreConditions)
        {
            return _triage.Question("conditions");
        }

        if (progress.OnlyPregnancyLeft)
        {
            return progress.Answers.ContainsKey(PregnantQuestion) ? null : _triage.Question(PregnantQuestion);
        }

        return _triage.Questions.FirstOrDefault(q =>
            q.IsAsked
            && !progress.Answers.ContainsKey(q.Id)
            && (q.AskIf is null || _triage.Engine.Evaluate(q.AskIf, progress.Answers)));
    }

    private List<Choice>? ChoicesFor(TriageQuestion question, SymptomCheckProgress progress) => question.Kind switch
    {
        QuestionKinds.YesNo => [Button(TriageTextKeys.ChoiceYes), Button(TriageTextKeys.ChoiceNo), Button(TriageTextKeys.ChoiceUnsure)],
        QuestionKinds.Number => null,
        QuestionKinds.Conditions => question.Choices
            .Where(c => !(progress.Answers.GetValueOrDefault(question.Id)?.Split(',').Contains(c.Value) ?? false))
            .Select(c => Button(c.Title)).ToList(),
        _ => question.Choices.Select(c => Button(c.Title)).ToList(),
    };

    private static string RetryKeyFor(TriageQuestion question) => question.Kind switch
    {
        QuestionKinds.YesNo => TriageTextKeys.RetryYesNo,
        QuestionKinds.Number => TriageTextKeys.RetrySeverity,
        QuestionKinds.Conditions => TriageTextKeys.RetryConditions,
        _ => TriageTextKeys.RetryChoice,
    };


    private Choice Button(string titleKey) => new() { Value = _triage.Get(titleKey) };

    private Activity Message(string key) => Activity.CreateMessage(_triage.Get(key), InputHints.AcceptingInput);

    private Activity Prompt(string key) => Activity.CreateMessage(_triage.Get(key), InputHints.ExpectingInput);
}

/// <summary>How the check starts: the message that asked for it, so its answers are not asked again.</summary>
public sealed record SymptomCheckOptions(string? OpeningText = null);
