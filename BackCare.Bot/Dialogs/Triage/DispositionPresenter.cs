using System.Text;
using BackCare.Bot.Framework.Schema;
using BackCare.Bot.Framework.Turns;
using BackCare.Bot.Triage;

namespace BackCare.Bot.Dialogs.Triage;

/// <summary>
/// Shows a disposition with its fixed, approved text (triage.en-GB.json), why it was reached, and
/// what may follow: nothing after an emergency; booking only "after you have been checked" after
/// urgent advice; a booking hand-off with a non-identifying summary for an assessment; self-care
/// and a safety net for normal soreness. Tells the Emulator why (a TriageDisposition trace) and
/// records the outcome in the conversation's <see cref="TriageProfile"/>, where emergency or urgent
/// advice then holds (<see cref="AdviceHold"/>).
/// </summary>
public sealed class DispositionPresenter(TriageContent triage, ContentActivities activities, TriageProfileAccessor profiles)
{
    public async Task PresentAsync(ITurnContext turnContext, TriageDecision decision, IReadOnlyDictionary<string, string>? answers, CancellationToken cancellationToken)
    {
        await turnContext.TraceActivityAsync(TriageDecision.TraceName, decision.ToTraceValue(), cancellationToken);
        var profile = await profiles.GetAsync(turnContext, cancellationToken);
        if (answers is not null && answers.TryGetValue("pregnant", out var pregnant))
        {
            profile.Pregnant = pregnant;
        }

        profile.Advice = GivenAdvice.After(profile.Advice, decision);
        profile.Handoff = null;

        switch (decision.Disposition)
        {
            case Dispositions.Emergency:
                profile.EmergencyAdvised = true;
                await SendAsync(turnContext, $"{triage.Get(TriageTextKeys.SayEmergency)}\n\n{Reasons(decision)}", cancellationToken);
                break;

            case Dispositions.Urgent:
                profile.UrgentAdvised = true;
                await SendAsync(turnContext, $"{triage.Get(profile.NeedsMaternityService(decision.Rules) ? TriageTextKeys.SayUrgentPregnant : TriageTextKeys.SayUrgent)}\n\n{Reasons(decision)}", cancellationToken);
                if (profile.Advice is not { Repeated: true })
                {
                    await SendAsync(turnContext, triage.Get(TriageTextKeys.SayUrgentBookingAfterCheck), cancellationToken);
                }

                break;

            case Dispositions.Assess:
                await SendAsync(turnContext, $"{triage.Get(TriageTextKeys.SayAssess)}\n\n{Reasons(decision)}", cancellationToken);
                var summary = SummaryLines(answers ?? new Dictionary<string, string>());
                profile.Handoff = new BookingHandoff { DispositionCode = decision.Disposition, Summary = summary };
                await SendAsync(turnContext, $"{triage.Get(TriageTextKeys.SayAssessSummaryIntro)}\n\n- {string.Join("\n- ", summary)}", cancellationToken);
                var booking = Activity.CreateMessage(triage.Get(TriageTextKeys.SayAssessBooking), InputHints.AcceptingInput);
                booking.Attachments = activities.BookingMessage(Content.ResponseKeys.SayBooking, turnContext.Activity.ChannelId).Attachments;
                await turnContext.SendActivityAsync(booking, cancellationToken);
                break;

            default:
                await SendAsync(turnContext, triage.Get(TriageTextKeys.SayNormal), cancellationToken);
                await SendAsync(turnContext, triage.Get(TriageTextKeys.SayNormalSafetyNet), cancellationToken);
                break;
        }
    }

    private string Reasons(TriageDecision decision)
    {
        var builder = new StringBuilder(triage.Get(TriageTextKeys.SayReasonsIntro));
        builder.Append('\n');
        foreach (var reason in decision.Rules.Select(triage.ReasonFor).Where(r => r.Length > 0).Distinct())
        {
            builder.Append("\n- ").Append(reason);
        }

        return builder.ToString();
    }

    /// <summary>A short summary for the booking hand-off: answer titles only, never anything the user typed.</summary>
    private List<string> SummaryLines(IReadOnlyDictionary<string, string> answers)
    {
        var lines = new List<string> { triage.Get(TriageTextKeys.SummaryDispositionAssess) };
        var screens = triage.Questions.Where(q => q.Group is Dispositions.Emergency or Dispositions.Urgent).ToList();
        if (screens.All(q => answers.GetValueOrDefault(q.Id) == AnswerCodes.No))
        {
            lines.Add($"{triage.Get(TriageTextKeys.SummaryRedFlags)}: {triage.Get(TriageTextKeys.SummaryRedFlagsNone)}");
        }

        foreach (var question in triage.Questions.Where(q => q.Group == "about" && q.IsAsked))
        {
            if (!answers.TryGetValue(question.Id, out var answer) || !triage.TextKeys.Contains($"summary_{question.Id}"))
            {
                continue;
            }

            var shown = question.Kind switch
            {
                QuestionKinds.Number => $"{answer}/10",
                QuestionKinds.YesNo => triage.Get(answer == AnswerCodes.Yes ? TriageTextKeys.ChoiceYes : answer == AnswerCodes.No ? TriageTextKeys.ChoiceNo : TriageTextKeys.ChoiceUnsure),
                _ => string.Join(", ", answer.Split(',').Select(code => question.Choices.FirstOrDefault(c => c.Value == code) is { } c ? triage.Get(c.Title) : code)),
            };
            lines.Add($"{triage.Get($"summary_{question.Id}")}: {shown}");
        }

        return lines;
    }

    private static Task<ResourceResponse> SendAsync(ITurnContext turnContext, string text, CancellationToken cancellationToken) =>
        turnContext.SendActivityAsync(Activity.CreateMessage(text, InputHints.AcceptingInput), cancellationToken);
}
