using BackCare.Bot.Content;
using BackCare.Bot.Framework.Turns;
using BackCare.Bot.Framework.Dialogs;
using BackCare.Bot.Framework.Prompts;
using BackCare.Bot.Framework.Schema;
using BackCare.Bot.Triage;

namespace BackCare.Bot.Dialogs.Triage;

/// <summary>
/// The symptom check. Opens with one short statement (information, not a diagnosis, not for
/// emergencies, the emergency number, what is kept) and Start the check / Not now; describing
/// symptoms also starts it. Then asks the content file's questions in order (the most dangerous
/// first, grouped by urgency): each group of signs as one question ("any of these?"), one by one
/// only after "yes" or "not sure", skipping any the user already answered in their own words;
/// stops at the first emergency answer, or after an urgent one (asking only about pregnancy, which
/// changes where to go); and ends with exactly one disposition from <see cref="TriageEngine"/>.
/// A request to book mid-check is acknowledged with a choice: finish the safety questions first, or
/// book now. An answer that cannot be read never ends in advice: the person may carry on or stop.
/// Ends with the user's follow-up choice, or <see cref="SymptomCheckResults.Emergency"/> (nothing follows).
/// </summary>
public sealed class SymptomCheckDialog : ComponentDialog
{
    public const string DialogId = nameof(SymptomCheckDialog);
    public const string QuestionLoopId = "SymptomCheck.questions";
    public const string ConsentPromptId = "SymptomCheck.consent";
    public const string AfterPromptId = "SymptomCheck.after";
    public const string BookingPromptId = "SymptomCheck.booking";
    public const string StuckPromptId = "SymptomCheck.stuck";
    private const string IntroId = "SymptomCheck.intro";
    private const string PregnantQuestion = "pregnant";
    private const string ConditionsQuestion = "conditions";
    private const string AskingBooking = "!booking";
    private const string AskingStuck = "!stuck";
    private const string GroupPromptPrefix = "SymptomCheck.g.";

    private readonly TriageContent _triage;
    private readonly ContentActivities _activities;
    private readonly DispositionPresenter _presenter;
    private readonly SymptomCheckAuditor _auditor;
    private readonly TriageProfileAccessor _profiles;
    private readonly FaqCatalog _faq;
    private readonly SymptomCheckProgressAccessor _progress;

    public SymptomCheckDialog(
        TriageContent triage, ContentActivities activities, DispositionPresenter presenter, SymptomCheckAuditor auditor, TriageProfileAccessor profiles, FaqCatalog faq, SymptomCheckProgressAccessor progress)
        : base(DialogId)
    {
        _progress = progress;
        _faq = faq;
        _triage = triage;
        _activities = activities;
        _presenter = presenter;
        _auditor = auditor;
        _profiles = profiles;
        AddDialog(new WaterfallDialog(IntroId, [ConsentAskStepAsync, ConsentStepAsync, DispositionStepAsync, FinishStepAsync]));
        AddDialog(new WaterfallDialog(QuestionLoopId, [AskStepAsync, RecordStepAsync]));
        AddDialog(new ConsentPrompt(ConsentPromptId, triage));
        AddDialog(new ChoicePrompt(AfterPromptId, TopicSwitch.ValidateChoiceOrTopicAsync));
        AddDialog(new ChoicePrompt(BookingPromptId));
        AddDialog(new ChoicePrompt(StuckPromptId));
        foreach (var question in triage.Questions.Where(q => q.IsAsked))
        {
            AddDialog(new CodedAnswerPrompt(PromptIdFor(question.Id), question, triage.Answers, triage.TitlesFor(question)));
        }

        foreach (var group in triage.Groups)
        {
            AddDialog(new GroupAnswerPrompt(GroupPromptPrefix + group.Id, triage.Answers, GroupTitles));
        }

        InitialDialogId = IntroId;
    }

    private const string QuestionPromptPrefix = "SymptomCheck.q.";

    public static string PromptIdFor(string questionId) => QuestionPromptPrefix + questionId;

    /// <summary>The question the running check is waiting for an answer to, if it is asking one of its single questions.</summary>
    public string? AskedQuestionId(SymptomCheckProgress? progress) =>
        progress?.Asking is { } id && _triage.Questions.Any(q => q.Id == id && q.IsAsked) ? id : null;

    /// <summary>A check cancelled from outside ("stop", a red flag, an error) leaves no progress behind.</summary>
    public override async Task EndDialogAsync(ITurnContext turnContext, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken)
    {
        await _progress.EndAsync(turnContext, cancellationToken);
        await base.EndDialogAsync(turnContext, instance, reason, cancellationToken);
    }

    private IReadOnlyList<string> GroupTitles => [_triage.Get(TriageTextKeys.ChoiceGroupNone), _triage.Get(TriageTextKeys.ChoiceGroupYes), _triage.Get(TriageTextKeys.ChoiceUnsure)];

    private async Task<DialogTurnResult> ConsentAskStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var options = step.GetOptions<SymptomCheckOptions>() ?? new SymptomCheckOptions();
        step.Values.Set("opening", options.OpeningText);
        return await step.PromptAsync(ConsentPromptId, new PromptOptions
        {
            Prompt = Prompt(TriageTextKeys.AskConsent),
            RetryPrompt = Prompt(TriageTextKeys.RetryConsent),
            Choices = [Button(TriageTextKeys.ChoiceConsentYes), Button(TriageTextKeys.ChoiceConsentNo)],
            MaxAttempts = 3,
        }, cancellationToken);
    }

    private async Task<DialogTurnResult> ConsentStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var opening = step.Values.Get<string>("opening");
        step.Values.Remove("opening");
        if (step.Result is not (ConsentPrompt.Start or ConsentPrompt.Described or MidCheck.BookingRequested))
        {
            await step.Context.SendActivityAsync(Message(TriageTextKeys.SayConsentDeclined), cancellationToken);
            await _auditor.WriteAsync(step.Context, SymptomCheckAuditor.Declined, null, null, cancellationToken);
            return await step.EndDialogAsync(FollowUp.AnotherQuestion, cancellationToken);
        }

        // Skip what the user already told us in their own words (the message that asked for the check,
        // and a description given instead of consent), and what this conversation already knows.
        var progress = new SymptomCheckProgress { OfferBooking = step.Result is MidCheck.BookingRequested };
        var described = step.Result is ConsentPrompt.Described ? PromptInput.GetText(step.Context.Activity) : null;
        foreach (var text in new[] { opening, described })
        {
            foreach (var (question, answer) in _triage.Answers.Extract(text))
            {
                progress.Answers[question] = answer;
            }
        }

        var profile = await _profiles.GetAsync(step.Context, cancellationToken);
        if (profile.Pregnant is { } pregnant && !progress.Answers.ContainsKey(PregnantQuestion))
        {
            progress.Answers[PregnantQuestion] = pregnant;
        }

        await _progress.StartAsync(step.Context, progress, cancellationToken);
        return await step.BeginDialogAsync(QuestionLoopId, null, cancellationToken);
    }

    private async Task<DialogTurnResult> DispositionStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var progress = step.Result as SymptomCheckProgress;
        await _progress.EndAsync(step.Context, cancellationToken);
        if (progress is null || progress.Stopped)
        {
            // Never advice because an answer could not be read: the person chose to stop.
            await step.Context.SendActivityAsync(Message(TriageTextKeys.SayCheckStopped), cancellationToken);
            await _auditor.WriteAsync(step.Context, SymptomCheckAuditor.Interrupted, progress, null, cancellationToken);
            return await step.EndDialogAsync(FollowUp.AnotherQuestion, cancellationToken);
        }

        if (progress.StraightToBooking)
        {
            await _auditor.WriteAsync(step.Context, SymptomCheckAuditor.Interrupted, progress, null, cancellationToken);
            return await step.EndDialogAsync(Recognizers.Intents.Booking, cancellationToken);
        }

        var decision = _triage.Engine.Decide(progress.Answers);
        if (progress.BookAfterSafety && decision.Disposition == Dispositions.Normal)
        {
            await step.Context.SendActivityAsync(Message(TriageTextKeys.SayBookingSafetyClear), cancellationToken);
            await _auditor.WriteAsync(step.Context, SymptomCheckAuditor.Completed, progress, decision, cancellationToken);
            return await step.EndDialogAsync(Recognizers.Intents.Booking, cancellationToken);
        }

        await _presenter.PresentAsync(step.Context, decision, progress.Answers, cancellationToken);
        await _auditor.WriteAsync(step.Context, SymptomCheckAuditor.Completed, progress, decision, cancellationToken);
        if (decision.Disposition == Dispositions.Emergency)
        {
            return await step.EndDialogAsync(SymptomCheckResults.Emergency, cancellationToken);
        }

        var channelId = step.Context.Activity.ChannelId;
        var choices = new List<Choice> { _activities.Choice(FollowUp.AnotherQuestion, Content.ResponseKeys.ChoiceAnotherQuestion) };
        choices.Add(Button(decision.Disposition == Dispositions.Urgent ? TriageTextKeys.ChoiceBookAfterCheck : TriageTextKeys.ChoiceBookAssessment, Recognizers.Intents.Booking));
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
        var progress = await _progress.FindAsync(step.Context, cancellationToken) ?? new SymptomCheckProgress();
        if (progress.OfferBooking)
        {
            progress.Asking = AskingBooking;
            return await step.PromptAsync(BookingPromptId, BookingOffer(progress), cancellationToken);
        }

        if (progress.Stuck)
        {
            progress.Asking = AskingStuck;
            return await step.PromptAsync(StuckPromptId, new PromptOptions
            {
                Prompt = Prompt(TriageTextKeys.AskCheckStuck),
                RetryPrompt = Prompt(TriageTextKeys.AskCheckStuck),
                Choices = [Button(TriageTextKeys.ChoiceCheckContinue), Button(TriageTextKeys.ChoiceCheckStop)],
                MaxAttempts = 2,
            }, cancellationToken);
        }

        var question = NextQuestion(progress);
        if (question is null)
        {
            return await step.EndDialogAsync(progress, cancellationToken);
        }

        if (PendingGroup(progress, question) is { } group)
        {
            progress.Asking = group.Group.Id;
            var list = string.Join("\n", group.Questions.Select(q => "- " + _triage.Get(q.Item!)));
            return await step.PromptAsync(GroupPromptPrefix + group.Group.Id, new PromptOptions
            {
                Prompt = Activity.CreateMessage($"{_triage.Get(group.Group.Text)}\n\n{list}", InputHints.ExpectingInput),
                RetryPrompt = Prompt(TriageTextKeys.RetryGroup),
                Choices = GroupTitles.Select(title => new Choice { Value = title }).ToList(),
                Style = ListStyle.Auto,
                MaxAttempts = 3,
            }, cancellationToken);
        }

        progress.Asking = question.Id;
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

    private async Task AnswerAsideAsync(ITurnContext turnContext, string topicId, CancellationToken cancellationToken)
    {
        var channelId = turnContext.Activity.ChannelId;
        var keys = _faq.Find(topicId) is { } topic
            ? topic.AnswerKeys.Any() ? topic.AnswerKeys : topic.Clarify?.Choices.Select(c => c.Answer).OfType<string>() ?? []
            : [];
        foreach (var key in keys)
        {
            await turnContext.SendActivityAsync(_activities.Message(key, channelId), cancellationToken);
        }

        await turnContext.SendActivityAsync(Message(TriageTextKeys.SayBackToCheck), cancellationToken);
    }

    private async Task<DialogTurnResult> RecordStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var progress = await _progress.FindAsync(step.Context, cancellationToken) ?? new SymptomCheckProgress();
        var asking = progress.Asking;
        switch (asking)
        {
            case AskingBooking:
                progress.OfferBooking = false;
                switch ((step.Result as FoundChoice)?.Index)
                {
                    case 0:
                        progress.BookAfterSafety = SafetyGroupsLeft(progress) > 0;
                        break;
                    case 1:
                        progress.StraightToBooking = true;
                        return await step.EndDialogAsync(progress, cancellationToken);
                }

                return await step.ReplaceDialogAsync(QuestionLoopId, null, cancellationToken);

            case AskingStuck:
                progress.Stuck = false;
                if ((step.Result as FoundChoice)?.Index != 0)
                {
                    progress.Stopped = true;
                    return await step.EndDialogAsync(progress, cancellationToken);
                }

                return await step.ReplaceDialogAsync(QuestionLoopId, null, cancellationToken);
        }

        if (step.Result is MidCheck.BookingRequested)
        {
            progress.OfferBooking = true;
            return await step.ReplaceDialogAsync(QuestionLoopId, null, cancellationToken);
        }

        if (step.Result is string aside && aside.StartsWith(MidCheck.FaqPrefix, StringComparison.Ordinal))
        {
            // A question asked in the middle of the check is answered, then the same question is asked again.
            await AnswerAsideAsync(step.Context, aside[MidCheck.FaqPrefix.Length..], cancellationToken);
            return await step.ReplaceDialogAsync(QuestionLoopId, null, cancellationToken);
        }

        if (_triage.Groups.FirstOrDefault(g => g.Id == asking) is { } askedGroup)
        {
            return await RecordGroupAsync(step, progress, askedGroup, step.Result as string, cancellationToken);
        }

        var question = NextQuestion(progress)!;
        if (step.Result is not string answer)
        {
            if (progress.AskingMoreConditions)
            {
                return await step.EndDialogAsync(Done(progress), cancellationToken);
            }

            progress.Stuck = true;
            return await step.ReplaceDialogAsync(QuestionLoopId, null, cancellationToken);
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
        return await NextAsync(step, progress, cancellationToken);
    }

    private async Task<DialogTurnResult> RecordGroupAsync(WaterfallStepContext step, SymptomCheckProgress progress, TriageQuestionGroup group, string? answer, CancellationToken cancellationToken)
    {
        if (answer is null)
        {
            progress.Stuck = true;
            return await step.ReplaceDialogAsync(QuestionLoopId, null, cancellationToken);
        }

        var pending = PendingQuestions(progress, group);
        progress.Groups[group.Id] = answer;
        progress.Asked.Add(group.Id);
        if (answer != AnswerCodes.None)
        {
            // "Yes" or "not sure": ask them one by one, the most dangerous first.
            await step.Context.SendActivityAsync(Message(TriageTextKeys.SayGroupOneByOne), cancellationToken);
            return await step.ReplaceDialogAsync(QuestionLoopId, null, cancellationToken);
        }

        foreach (var question in pending)
        {
            switch (question.Kind)
            {
                case QuestionKinds.YesNo:
                    progress.Answers[question.Id] = AnswerCodes.No;
                    break;
                case QuestionKinds.Conditions:
                    progress.Answers[question.Id] = AnswerCodes.None;
                    break;
                default:
                    progress.Covered.Add(question.Id);
                    break;
            }
        }

        return await NextAsync(step, progress, cancellationToken);
    }

    /// <summary>After an answer: stop at an emergency; after an urgent answer ask only what is still needed.</summary>
    private async Task<DialogTurnResult> NextAsync(WaterfallStepContext step, SymptomCheckProgress progress, CancellationToken cancellationToken)
    {
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

        return await step.ReplaceDialogAsync(QuestionLoopId, null, cancellationToken);
    }

    private async Task<DialogTurnResult> RecordConditionsAsync(WaterfallStepContext step, SymptomCheckProgress progress, string answer, CancellationToken cancellationToken)
    {
        var question = _triage.Question(ConditionsQuestion);
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
        return await step.ReplaceDialogAsync(QuestionLoopId, null, cancellationToken);
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
            return _triage.Question(ConditionsQuestion);
        }

        if (progress.OnlyPregnancyLeft)
        {
            return progress.Answers.ContainsKey(PregnantQuestion) ? null : _triage.Question(PregnantQuestion);
        }

        var next = _triage.Questions.FirstOrDefault(q => IsPending(progress, q));

        // Finishing the safety questions before booking: stop once the red-flag screens are answered.
        return progress.BookAfterSafety && next is not null && next.Group is not (Dispositions.Emergency or Dispositions.Urgent) ? null : next;
    }

    private bool IsPending(SymptomCheckProgress progress, TriageQuestion question) =>
        question.IsAsked
        && !progress.Answers.ContainsKey(question.Id)
        && !progress.Covered.Contains(question.Id)
        && (question.AskIf is null || _triage.Engine.Evaluate(question.AskIf, progress.Answers));

    private List<TriageQuestion> PendingQuestions(SymptomCheckProgress progress, TriageQuestionGroup group) =>
        group.Questions.Select(_triage.Question).Where(q => IsPending(progress, q)).ToList();

    /// <summary>The group to ask as one question before <paramref name="next"/>, when two or more of its questions are still open.</summary>
    private (TriageQuestionGroup Group, List<TriageQuestion> Questions)? PendingGroup(SymptomCheckProgress progress, TriageQuestion next)
    {
        if (progress.AskingMoreConditions || progress.OnlyPregnancyLeft || _triage.GroupOf(next.Id) is not { } group || progress.Groups.ContainsKey(group.Id))
        {
            return null;
        }

        var pending = PendingQuestions(progress, group);
        return pending.Count > 1 ? (group, pending) : null;
    }

    /// <summary>The red-flag groups (emergency, urgent) with questions still open.</summary>
    private int SafetyGroupsLeft(SymptomCheckProgress progress) => progress.OnlyPregnancyLeft ? 0 : _triage.Groups.Count(group =>
        group.Questions.Select(_triage.Question).Any(q => q.Group is Dispositions.Emergency or Dispositions.Urgent && IsPending(progress, q)));

    private PromptOptions BookingOffer(SymptomCheckProgress progress)
    {
        var (text, finish) = SafetyGroupsLeft(progress) switch
        {
            0 => (TriageTextKeys.AskBookingMidCheckAfterSafety, TriageTextKeys.ChoiceFinishCheck),
            1 => (TriageTextKeys.AskBookingMidCheckOne, TriageTextKeys.ChoiceFinishSafetyOne),
            _ => (TriageTextKeys.AskBookingMidCheck, TriageTextKeys.ChoiceFinishSafety),
        };
        return new PromptOptions
        {
            Prompt = Prompt(text),
            RetryPrompt = Prompt(text),
            Choices = [Button(finish), Button(TriageTextKeys.ChoiceStraightToBooking)],
            MaxAttempts = 2,
        };
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

    /// <summary>A button titled by <paramref name="titleKey"/> (its value is the title unless given), with the text's typed synonyms from the content.</summary>
    private Choice Button(string titleKey, string? value = null) =>
        new() { Value = value ?? _triage.Get(titleKey), Title = value is null ? null : _triage.Get(titleKey), Synonyms = ButtonSynonyms.ForChoice(_triage.SynonymsOf(titleKey)) };

    private Activity Message(string key) => Activity.CreateMessage(_triage.Get(key), InputHints.AcceptingInput);

    private Activity Prompt(string key) => Activity.CreateMessage(_triage.Get(key), InputHints.ExpectingInput);
}

/// <summary>How the check starts: the message that asked for it, so its answers are not asked again.</summary>
public sealed record SymptomCheckOptions(string? OpeningText = null);
