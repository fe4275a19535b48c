using System.Text.Json.Nodes;
using BackCare.Bot.Content;
using BackCare.Bot.Framework.Dialogs;
using BackCare.Bot.Framework.Schema;
using BackCare.Bot.Framework.Turns;
using BackCare.Bot.Recognizers;
using BackCare.Bot.Triage;

namespace BackCare.Bot.Dialogs.Triage;

/// <summary>
/// After emergency or urgent advice, the advice holds (<see cref="TriageProfile.Advice"/>) until the
/// user says stop or start over, or the conversation is reset. While it holds, whatever pushes back
/// ("can it wait till tomorrow?", "can I drive myself?", "can I book instead?", "ok", anything not
/// understood) gets the advice again, kindly and with its reason; never a not-understood fallback or
/// a booking. Help, stop and start over work as usual; a parting ("thanks", "bye") gets a short
/// reminder; a clear question on one of the content's answered topics is answered. Run by
/// <see cref="RedFlagSafetyNet"/>, before any dialog; the words it reads are content (triage.en-GB.json
/// "adviceHold").
/// </summary>
public sealed class AdviceHold
{
    public const string TraceName = "AdviceHold";

    private readonly TriageContent _triage;
    private readonly HashSet<string> _answeredTopics;
    private readonly HashSet<string> _answeredButtons;
    private readonly double _clearQuestionScore;

    public AdviceHold(TriageContent triage, FaqCatalog faq, ContentCatalog content)
    {
        _triage = triage;
        _answeredTopics = triage.File.AdviceHold.AnsweredTopics.ToHashSet(StringComparer.Ordinal);
        _clearQuestionScore = triage.File.AdviceHold.ClearQuestionScore;
        var invalid = _answeredTopics.Where(t => faq.Find(t) is not { Dialog: null } || t == Intents.Booking).ToList();
        if (invalid.Count > 0)
        {
            throw new InvalidOperationException(
                $"{TriageContent.FileName}: adviceHold.answeredTopics must be FAQ topics with an answer, not booking or the symptom check: {string.Join(", ", invalid)}.");
        }

        // The buttons that lead only to an answered topic: its menu button, its clarifying choices, "Another question".
        var topics = _answeredTopics.Select(t => faq.Find(t)!).ToList();
        _answeredButtons = topics.Select(t => t.Choice)
            .Concat(topics.SelectMany(t => t.Clarify?.Choices.Select(c => c.Title) ?? []))
            .Append(ResponseKeys.ChoiceAnotherQuestion)
            .Select(key => triage.Text.Fold(content.Get(key)))
            .ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>True when a topic is still answered, and offered, while advice holds.</summary>
    public bool Answers(string topicId) => _answeredTopics.Contains(topicId);

    /// <summary>
    /// True when <paramref name="check"/> tells of something the advice that holds does not cover: a
    /// more urgent red flag, or a plainly mentioned one of the same urgency with a new reason. The
    /// safety net acts on (or asks about) those as usual; anything else gets the held advice again. The second
    /// opinion's suspicion alone is not new: it could only ask, and the held advice already names the emergency signs,
    /// so its question would only take the place of the advice ("GP is very hard … Massage on friday still ok?").
    /// </summary>
    public static bool IsNewRedFlag(GivenAdvice held, RedFlagCheck check)
    {
        check = check.WithoutSuspicion();
        var rank = Dispositions.Rank(check.Urgency);
        var heldRank = Dispositions.Rank(held.Urgency);
        return check.IsRedFlag && (rank > heldRank || (rank == heldRank && !check.Ambiguous && check.Rules.Except(held.Rules).Any()));
    }

    /// <summary>Answers a message while <paramref name="profile"/>'s advice holds.</summary>
    public async Task<SafetyNetOutcome> RespondAsync(
        DialogContext dc, TriageProfile profile, string? text, CancellationToken cancellationToken)
    {
        var turnContext = dc.Context;
        var advice = profile.Advice ?? throw new InvalidOperationException("No advice holds.");
        var (reply, outcome) = Decide(turnContext, dc.Stack.Count > 0, text);
        await turnContext.TraceActivityAsync(TraceName, new JsonObject
        {
            ["urgency"] = advice.Urgency,
            ["rules"] = new JsonArray(advice.Rules.Select(r => (JsonNode?)JsonValue.Create(r)).ToArray()),
            ["reply"] = reply,
        }, cancellationToken);

        switch (reply)
        {
            case Replies.Released:
                profile.Advice = null;
                break;
            case Replies.Parting:
                await SendAsync(turnContext, _triage.Get(PartingKey(advice, profile)), cancellationToken);
                break;
            case Replies.Advice:
                await SendAsync(turnContext, AdviceAgain(advice, profile), cancellationToken);
                break;
        }

        return outcome;
    }

    /// <summary>The held advice again, with its reasons in the sentence.</summary>
    public string AdviceAgain(GivenAdvice advice, TriageProfile profile)
    {
        var key = advice.Urgency == Dispositions.Emergency
            ? TriageTextKeys.SayAdviceHoldEmergency
            : profile.NeedsMaternityService(advice.Rules) ? TriageTextKeys.SayAdviceHoldUrgentPregnant : TriageTextKeys.SayAdviceHoldUrgent;
        return _triage.Get(key).Replace(TriageContent.ReasonsPlaceholder, Reasons(advice.Rules), StringComparison.Ordinal);
    }

    private (string Reply, SafetyNetOutcome Outcome) Decide(ITurnContext turnContext, bool dialogRunning, string? text)
    {
        switch (TurnRecognition.GetCommand(turnContext))
        {
            case Intents.Help:
                return (Replies.Passed, SafetyNetOutcome.Continue);
            case Intents.Cancel or Intents.StartOver:
                return (Replies.Released, SafetyNetOutcome.Continue);
        }

        var folded = _triage.Text.Fold(text);
        if (folded.Length > 0 && _triage.Parting.IsMatch(folded))
        {
            return (Replies.Parting, SafetyNetOutcome.Handled);
        }

        if (!_triage.Pushback.IsMatch(folded, onTimeout: true)
            && (IsAnsweredQuestion(turnContext) || (dialogRunning && _answeredButtons.Contains(folded))))
        {
            return (Replies.Passed, SafetyNetOutcome.Continue);
        }

        return (Replies.Advice, SafetyNetOutcome.Handled);
    }

    /// <summary>A clear question on an answered topic, naming no other topic (booking, the symptom check…).</summary>
    private bool IsAnsweredQuestion(ITurnContext turnContext)
    {
        if (TurnRecognition.GetTopic(turnContext) is not { } topic || !_answeredTopics.Contains(topic))
        {
            return false;
        }

        var recognized = TurnRecognition.Get(turnContext)!;
        if (recognized.Intents.GetValueOrDefault(topic) < _clearQuestionScore)
        {
            return false;
        }

        return recognized.Intents.Where(i => i.Value >= 0.6 && Intents.Topics.Contains(i.Key)).All(i => _answeredTopics.Contains(i.Key));
    }

    private string Reasons(IEnumerable<string> rules)
    {
        var reasons = rules.Select(_triage.ReasonFor).Where(r => r.Length > 0).Distinct().ToList();
        return reasons.Count <= 1 ? string.Concat(reasons) : $"{string.Join(", ", reasons[..^1])} {_triage.Get(TriageTextKeys.WordAnd)} {reasons[^1]}";
    }

    private static string PartingKey(GivenAdvice advice, TriageProfile profile) =>
        advice.Urgency == Dispositions.Emergency
            ? TriageTextKeys.SayAdvicePartingEmergency
            : profile.NeedsMaternityService(advice.Rules) ? TriageTextKeys.SayAdvicePartingUrgentPregnant : TriageTextKeys.SayAdvicePartingUrgent;

    private static Task<ResourceResponse> SendAsync(ITurnContext turnContext, string text, CancellationToken cancellationToken) =>
        turnContext.SendActivityAsync(Activity.CreateMessage(text, InputHints.AcceptingInput), cancellationToken);

    /// <summary>What the hold did with a message (the trace's "reply").</summary>
    private static class Replies
    {
        public const string Advice = "advice";
        public const string Parting = "parting";
        public const string Passed = "passed";
        public const string Released = "released";
    }
}
