using BackCare.Bot.Framework.Dialogs;
using BackCare.Bot.Framework.Prompts;
using BackCare.Bot.Framework.Schema;
using BackCare.Bot.Framework.Turns;
using BackCare.Bot.Triage;

namespace BackCare.Bot.Dialogs.Triage;

/// <summary>
/// The root dialog's first act on every message (MainDialog's interruption, like help or stop), whatever the dialog was doing (menu, an FAQ, a prompt
/// of the symptom check, free text after a disposition). A plainly mentioned red flag is acted on
/// in that same turn: its advice first, the running dialogs end (an emergency ends everything; after
/// urgent advice the menu returns), and the outcome is audited. An uncertain mention ("I might be a
/// bit numb down below") gets one neutral confirming question and nothing else; the answer decides.
/// Once emergency or urgent advice was given it holds (<see cref="AdviceHold"/>): what follows gets
/// that advice again unless it tells of a new red flag. Tells the Emulator every verdict (a RedFlagCheck trace).
/// </summary>
public sealed class RedFlagSafetyNet(
    TriageContent triage,
    DispositionPresenter presenter,
    SymptomCheckAuditor auditor,
    TriageProfileAccessor profiles,
    AdviceHold hold,
    SymptomCheckDialog symptomCheck,
    SymptomCheckProgressAccessor checkProgress)
{
    private const int MaxConfirmAttempts = 2;

    /// <summary>
    /// True when the safety net would act on this message (a red flag, a pending confirming question, advice that
    /// holds): requests handled before the dialogs ("delete my data") wait for it.
    /// </summary>
    public async Task<bool> WouldActAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var profile = await profiles.GetAsync(turnContext, cancellationToken);
        return profile.Pending is not null || profile.Advice is not null || triage.Detector.Check(PromptInput.GetText(turnContext.Activity)).IsRedFlag;
    }

    public async Task<SafetyNetOutcome> CheckAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var turnContext = dc.Context;
        var text = PromptInput.GetText(turnContext.Activity);
        var check = triage.Detector.Check(text);
        await turnContext.TraceActivityAsync(RedFlagCheck.TraceName, check.ToTraceValue(), cancellationToken);

        var profile = await profiles.GetAsync(turnContext, cancellationToken);
        if (profile.Pregnant is null && text is { Length: > 8 } && triage.Answers.SaysPregnant(text))
        {
            profile.Pregnant = AnswerCodes.Yes;
        }

        if (profile.Pending is { } pending)
        {
            profile.Pending = null;
            if (!(check.IsRedFlag && !check.Ambiguous) && TurnRecognition.GetCommand(turnContext) is null)
            {
                return await ResolvePendingAsync(dc, profile, pending, text, cancellationToken);
            }
        }

        if (profile.Advice is { } held && !AdviceHold.IsNewRedFlag(held, check))
        {
            return await hold.RespondAsync(dc, profile, text, cancellationToken);
        }

        if (!check.IsRedFlag)
        {
            return SafetyNetOutcome.Continue;
        }

        if (!check.Ambiguous)
        {
            return await ActAsync(dc, check.Urgency, check.Rules, cancellationToken, text);
        }

        // The check's own question is the confirming question: "I think so, a bit" answers it. What was plainly
        // mentioned beside the uncertain flag (an urgent rule the second opinion would ask the emergency question
        // about) is acted on at once, as it would be without it.
        var fallback = check.WithoutAmbiguous();
        if (symptomCheck.AskedQuestionId(await checkProgress.FindAsync(turnContext, cancellationToken)) is not null)
        {
            return fallback.IsRedFlag
                ? await ActAsync(dc, fallback.Urgency, fallback.Rules, cancellationToken, text)
                : SafetyNetOutcome.Continue;
        }

        // Uncertain: ask, neutrally, before any advice (no banner, nothing the user did not say).
        profile.Pending = new PendingRedFlag
        {
            Urgency = check.Urgency,
            Rules = check.Rules.ToList(),
            FallbackUrgency = fallback.IsRedFlag ? fallback.Urgency : null,
            FallbackRules = fallback.Rules.ToList(),
        };
        await AskConfirmAsync(turnContext, ConfirmText(profile.Pending), cancellationToken);
        return SafetyNetOutcome.Handled;
    }

    private async Task<SafetyNetOutcome> ResolvePendingAsync(
        DialogContext dc, TriageProfile profile, PendingRedFlag pending, string? text, CancellationToken cancellationToken)
    {
        var turnContext = dc.Context;
        switch (triage.Answers.Read(ConfirmQuestion, text, triage.TitlesFor(ConfirmQuestion)))
        {
            case AnswerCodes.Yes or AnswerCodes.Unsure:
                return await ActAsync(dc, pending.Urgency, pending.Rules, cancellationToken, answerText: null);

            case AnswerCodes.No:
                await SendAsync(turnContext, triage.Get(TriageTextKeys.SayRedFlagNotNow), cancellationToken);
                return await FallBackAsync(dc, pending, cancellationToken);

            default:
                if (pending.Attempts + 1 < MaxConfirmAttempts)
                {
                    pending.Attempts++;
                    profile.Pending = pending;
                    await AskConfirmAsync(turnContext, $"{triage.Get(TriageTextKeys.RetryConfirmRedFlag)}\n\n{ConfirmText(pending)}", cancellationToken);
                    return SafetyNetOutcome.Handled;
                }

                // Never emergency advice just because an answer could not be read: a conditional safety net.
                await SendAsync(turnContext, triage.Get(UnansweredKey(pending, profile)), cancellationToken);
                return await FallBackAsync(dc, pending, cancellationToken);
        }
    }

    /// <summary>After a "no" (or no answer): what was plainly mentioned beside the uncertain flag still stands.</summary>
    private Task<SafetyNetOutcome> FallBackAsync(DialogContext dc, PendingRedFlag pending, CancellationToken cancellationToken) =>
        pending.FallbackUrgency is { } urgency
            ? ActAsync(dc, urgency, pending.FallbackRules, cancellationToken, answerText: null)
            : Task.FromResult(SafetyNetOutcome.Resume);

    private async Task<SafetyNetOutcome> ActAsync(
        DialogContext dc, string urgency, IReadOnlyList<string> rules, CancellationToken cancellationToken, string? answerText)
    {
        var turnContext = dc.Context;
        var progress = await checkProgress.FindAsync(turnContext, cancellationToken);
        var decision = new TriageDecision(urgency, rules, triage.Version);
        if (symptomCheck.AskedQuestionId(progress) is { } questionId && answerText is not null)
        {
            // The message was also an answer to the check's question ("osteoporosis and a fall"): keep
            // it for the record, and name the check's rules too when they reach the same urgency.
            var question = triage.Question(questionId);
            if (triage.Answers.Read(question, answerText, triage.TitlesFor(question)) is { } answer)
            {
                progress!.Answers[questionId] = answer;
                progress.Asked.Add(questionId);
                var checkDecision = triage.Engine.Decide(progress.Answers);
                if (checkDecision.Disposition == urgency)
                {
                    decision = decision with { Rules = rules.Union(checkDecision.Rules).ToList() };
                }
            }
        }

        await presenter.PresentAsync(turnContext, decision, progress?.Answers, cancellationToken);
        await auditor.WriteAsync(
            turnContext,
            progress is null ? SymptomCheckAuditor.SafetyNet : SymptomCheckAuditor.Interrupted,
            progress,
            decision,
            cancellationToken);
        // Cancelling ends the check too, and its EndDialogAsync removes its progress.
        await dc.CancelAllDialogsAsync(cancellationToken);
        return urgency == Dispositions.Emergency ? SafetyNetOutcome.Handled : SafetyNetOutcome.Menu;
    }

    /// <summary>The rule's own neutral question ("Just to check: do you have … now?").</summary>
    private string ConfirmText(PendingRedFlag pending) => triage.Get(triage.RedFlag(pending.Rules[0]).Confirm);

    private static string UnansweredKey(PendingRedFlag pending, TriageProfile profile) =>
        pending.Urgency == Dispositions.Emergency
            ? TriageTextKeys.SayRedFlagUnansweredEmergency
            : profile.NeedsMaternityService(pending.Rules) ? TriageTextKeys.SayRedFlagUnansweredUrgentPregnant : TriageTextKeys.SayRedFlagUnansweredUrgent;

    private async Task AskConfirmAsync(ITurnContext turnContext, string question, CancellationToken cancellationToken)
    {
        var prompt = Activity.CreateMessage(question, InputHints.ExpectingInput);
        IReadOnlyList<Choice> choices = triage.TitlesFor(ConfirmQuestion).Select(title => new Choice { Value = title }).ToList();
        await turnContext.SendActivityAsync(ChoiceFactory.AddChoices(prompt, turnContext.Activity, choices, ListStyle.Auto), cancellationToken);
    }

    private static Task SendAsync(ITurnContext turnContext, string text, CancellationToken cancellationToken) =>
        turnContext.SendActivityAsync(Activity.CreateMessage(text, InputHints.AcceptingInput), cancellationToken);

    private static readonly TriageQuestion ConfirmQuestion = new() { Id = "confirm_red_flag", Group = "safety_net", Kind = QuestionKinds.YesNo };
}
