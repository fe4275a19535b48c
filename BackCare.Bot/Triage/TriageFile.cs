using BackCare.Bot.Content;

namespace BackCare.Bot.Triage;

/// <summary>The shape of triage.en-GB.json: the symptom check and the safety net as reviewed data.</summary>
public sealed record TriageFile
{
    public required string Locale { get; init; }

    public required string Version { get; init; }

    public string? ReviewedBy { get; init; }

    public DateOnly ReviewedOn { get; init; }

    public DateOnly NextReviewDue { get; init; }

    /// <summary>Soreness older than this many hours since the massage is no longer "normal" (clinical.md: 72 h).</summary>
    public int EscalationThresholdHours { get; init; } = 72;

    public List<TriageQuestion> Questions { get; init; } = [];

    /// <summary>Questions asked together as one ("any of these?"), each question of the group asked alone only after "yes" or "not sure".</summary>
    public List<TriageQuestionGroup> QuestionGroups { get; init; } = [];

    /// <summary>Patterns showing a message is about the person's own soreness or pain.</summary>
    public List<string> SymptomMentions { get; init; } = [];

    public List<TriageRule> Rules { get; init; } = [];

    public Dictionary<string, string> Terms { get; init; } = [];

    /// <summary>The safety net's rules as the check and presenter see them (from red-flag-concepts.en-GB.json, see <see cref="WithConcepts"/>).</summary>
    public List<RedFlagRule> RedFlags { get; init; } = [];

    public NegationCues Negation { get; init; } = new();

    /// <summary>Correct spelling → common misspellings, corrected word by word before matching.</summary>
    public Dictionary<string, List<string>> Spelling { get; init; } = [];

    public Dictionary<string, ResponseEntry> Texts { get; init; } = [];

    /// <summary>What may still be answered while emergency or urgent advice holds, and the words that show a parting or a push back.</summary>
    public AdviceHoldRules AdviceHold { get; init; } = new();

    /// <summary>Short answers and consent words: the check's everyday vocabulary, as content.</summary>
    public TriageVocabulary Vocabulary { get; init; } = new();

    /// <summary>The version of red-flags.en-GB.json merged in (see <see cref="WithRedFlags"/>).</summary>
    public string? RedFlagsVersion { get; init; }

    /// <summary>When the sign-off of red-flags.en-GB.json runs out.</summary>
    public DateOnly? RedFlagsNextReviewDue { get; init; }

    /// <summary>This file with the safety net's rules (from red-flag-concepts.en-GB.json) and that file's version and review date.</summary>
    public TriageFile WithConcepts(Understanding.ConceptFile concepts) => this with
    {
        RedFlags =
        [
            .. concepts.Rules,
            new RedFlagRule { Id = RedFlagDetector.SuspectedEmergency, Urgency = Dispositions.Emergency, Reason = "reason_suspected_emergency", Confirm = "confirm_suspected_emergency", Source = "Statistical second opinion (red-flag-examples.en-GB.json)" },
            new RedFlagRule { Id = RedFlagDetector.SuspectedUrgent, Urgency = Dispositions.Urgent, Reason = "reason_suspected_urgent", Confirm = "confirm_suspected_urgent", Source = "Statistical second opinion (red-flag-examples.en-GB.json)" },
        ],
        RedFlagsVersion = concepts.Version,
        RedFlagsNextReviewDue = RedFlagsNextReviewDue is { } due && due < concepts.NextReviewDue ? due : concepts.NextReviewDue,
    };

    /// <summary>What audit records and traces name: both files' versions.</summary>
    public string ContentVersion => RedFlagsVersion is null ? Version : $"{Version}/rf-{RedFlagsVersion}";

    /// <summary>This file with the answer-reading words of red-flags.en-GB.json (kept in their own reviewed file) merged in.</summary>
    public TriageFile WithRedFlags(RedFlagFile redFlags) => this with
    {
        Terms = redFlags.Terms,
        Negation = redFlags.Negation,
        Spelling = redFlags.Spelling,
        RedFlagsVersion = redFlags.Version,
        RedFlagsNextReviewDue = redFlags.NextReviewDue,
    };
}

/// <summary>The shape of red-flags.en-GB.json: the terms, cues and spellings the check reads typed answers with.</summary>
public sealed class RedFlagFile
{
    public required string Version { get; init; }

    public string? ReviewedBy { get; init; }

    public DateOnly ReviewedOn { get; init; }

    public DateOnly NextReviewDue { get; init; }

    public Dictionary<string, string> Terms { get; init; } = [];

    public NegationCues Negation { get; init; } = new();

    public Dictionary<string, List<string>> Spelling { get; init; } = [];
}

/// <summary>One question of the symptom check.</summary>
public sealed class TriageQuestion
{
    public required string Id { get; init; }

    /// <summary>"emergency", "urgent" (red-flag screens, asked first) or "about" (the soreness itself).</summary>
    public required string Group { get; init; }

    /// <summary>"yesno", "choice", "number", "conditions" (several may apply) or "fact" (never asked; read from free text).</summary>
    public required string Kind { get; init; }

    /// <summary>Text key of the question.</summary>
    public string? Text { get; init; }

    /// <summary>The rule a yes answer fires (red-flag screens).</summary>
    public string? Rule { get; init; }

    public List<TriageChoice> Choices { get; init; } = [];

    /// <summary>Ask only when an earlier answer matches.</summary>
    public TriageCondition? AskIf { get; init; }

    public int Min { get; init; }

    public int Max { get; init; } = 10;

    /// <summary>Patterns that, found in free text, answer a yes/no question or fact with "yes".</summary>
    public List<string> YesPatterns { get; init; } = [];

    /// <summary>For numbers: patterns whose first group, found in free text, is the answer ("pain is 7/10").</summary>
    public List<string> ValuePatterns { get; init; } = [];

    /// <summary>Text key of the question's line in its group's list ("numbness around your genitals…").</summary>
    public string? Item { get; init; }

    public bool IsAsked => Kind != QuestionKinds.Fact;
}

/// <summary>
/// Several questions asked as one: a readable list, then None of these / Yes, one or more / Not sure.
/// "None" answers every question of the group (yes/no questions "no", conditions "none", others are
/// settled without a code); "yes" or "not sure" asks the questions one at a time.
/// </summary>
public sealed class TriageQuestionGroup
{
    /// <summary>Recorded in the audit as a question id, with the answer none, yes or unsure.</summary>
    public required string Id { get; init; }

    /// <summary>Text key of the question that introduces the list.</summary>
    public required string Text { get; init; }

    /// <summary>The question ids it covers, in order; each needs an "item" text.</summary>
    public List<string> Questions { get; init; } = [];
}

public sealed class TriageChoice
{
    public required string Value { get; init; }

    /// <summary>Text key of the button.</summary>
    public required string Title { get; init; }

    /// <summary>For "when was your massage": roughly how many hours ago this answer means.</summary>
    public int? Hours { get; init; }

    public List<string> Patterns { get; init; } = [];

    /// <summary>Excludes every other choice ("none of these").</summary>
    public bool Exclusive { get; init; }
}

/// <summary>An answer-to-disposition rule.</summary>
public sealed class TriageRule
{
    public required string Id { get; init; }

    public required string Disposition { get; init; }

    public required TriageCondition When { get; init; }

    /// <summary>Text key of the plain-English reason shown with the disposition.</summary>
    public required string Reason { get; init; }

    public required string Source { get; init; }
}

/// <summary>A condition over the answers; exactly one form is used per object.</summary>
public sealed class TriageCondition
{
    public string? Question { get; init; }

    /// <summary>Any question of this group ("emergency", "urgent") answered with one of <see cref="In"/>.</summary>
    public string? Group { get; init; }

    public List<string>? In { get; init; }

    public List<string>? NotIn { get; init; }

    /// <summary>For "conditions" answers (several codes): the code is among them.</summary>
    public string? Includes { get; init; }

    /// <summary>For numbers: the answer is at least this.</summary>
    public int? AtLeast { get; init; }

    /// <summary>For the massage time: its hours exceed the escalation threshold.</summary>
    public bool? HoursAboveThreshold { get; init; }

    public List<TriageCondition>? Any { get; init; }

    public List<TriageCondition>? All { get; init; }
}

/// <summary>A safety-net rule as the check and the presenter see it: its urgency, texts and source (the rule itself is in red-flag-concepts.en-GB.json).</summary>
public class RedFlagRule
{
    public required string Id { get; init; }

    public required string Urgency { get; init; }

    public required string Reason { get; init; }

    /// <summary>Text key of the one confirming question asked when the mention was ambiguous.</summary>
    public required string Confirm { get; init; }

    public required string Source { get; init; }
}

public sealed class NegationCues
{
    /// <summary>Before a mention in the same clause: "no numbness", "I don't have…", "what if I get…".</summary>
    public List<string> Cues { get; init; } = [];

    /// <summary>Anywhere in the clause: a past event ("last year", "years ago").</summary>
    public List<string> PastCues { get; init; } = [];

    /// <summary>In the same or the next clause: it has passed ("went away", "fine now").</summary>
    public List<string> ResolvedCues { get; init; } = [];

    /// <summary>Words that end the reach of a negation ("but", "however").</summary>
    public List<string> ClauseBreaks { get; init; } = [];

    /// <summary>
    /// Everyday phrases that use a red-flag word in a harmless sense ("chest of drawers", "fell asleep",
    /// "hay fever"); they are blanked out before the red-flag patterns run.
    /// </summary>
    public List<string> HarmlessPhrases { get; init; } = [];
}

/// <summary>
/// After emergency or urgent advice, the advice holds: every message gets it again, except help, stop
/// and start over, a parting ("thanks", "bye"), and a clear question on one of <see cref="AnsweredTopics"/>
/// that does not push back. Patterns are regular expressions over folded text.
/// </summary>
public sealed class AdviceHoldRules
{
    /// <summary>FAQ topics (intent ids) still answered while the advice holds; never booking or the symptom check.</summary>
    public List<string> AnsweredTopics { get; init; } = [];

    /// <summary>
    /// How sure the intent model must be that a message asks an answered topic's question; below it the advice is
    /// given again ("I'll go once he's home" read as self-massage at 0.56 must not get the self-massage answer).
    /// </summary>
    public double ClearQuestionScore { get; init; } = 0.7;

    /// <summary>A whole message that thanks or says goodbye ("thanks", "ok bye", "will do").</summary>
    public List<string> Parting { get; init; } = [];

    /// <summary>Anywhere in a message: a push back on the advice ("can it wait", "drive myself", "anyway", "have my massage").</summary>
    public List<string> Pushback { get; init; } = [];
}

public static class QuestionKinds
{
    public const string YesNo = "yesno";
    public const string Choice = "choice";
    public const string Number = "number";
    public const string Conditions = "conditions";
    public const string Fact = "fact";
}

/// <summary>Answer codes shared by every yes/no question.</summary>
public static class AnswerCodes
{
    public const string Yes = "yes";
    public const string No = "no";
    public const string Unsure = "unsure";
    public const string None = "none";
}

/// <summary>The check's everyday vocabulary (triage.en-GB.json, "vocabulary").</summary>
public sealed class TriageVocabulary
{
    /// <summary>Standard short answers whose safety-net verdict never changes and may be kept (with the bot's own button titles).</summary>
    public List<string> ShortAnswers { get; init; } = [];

    /// <summary>Whole replies that decline the check at its consent question.</summary>
    public List<string> ConsentDeclines { get; init; } = [];

    /// <summary>Whole replies that start the check at its consent question.</summary>
    public List<string> ConsentStarts { get; init; } = [];

    /// <summary>An answer to a yes/no question that starts with one of these is a yes ("a bit", "kind of"): for red flags a hedge counts as yes.</summary>
    public List<string> HedgedYes { get; init; } = [];

    /// <summary>Anywhere in an answer: not sure.</summary>
    public List<string> Unsure { get; init; } = [];

    /// <summary>The whole answer: the question does not apply, a no ("I'm a man").</summary>
    public List<string> NotApplicable { get; init; } = [];

    /// <summary>Anywhere in an answer to a grouped question: a yes (a "no, but…" is not a clear none).</summary>
    public List<string> GroupYes { get; init; } = [];

    /// <summary>An answer to a grouped question made only of these words, with one of <see cref="GroupNegatives"/>, is none of them.</summary>
    public List<string> GroupNone { get; init; } = [];

    /// <summary>The words that make an answer of <see cref="GroupNone"/> words a no.</summary>
    public List<string> GroupNegatives { get; init; } = [];

    /// <summary>Every list by its name in the file, for start-up checks.</summary>
    public IEnumerable<(string Name, List<string> Phrases)> Lists() =>
    [
        ("shortAnswers", ShortAnswers), ("consentDeclines", ConsentDeclines), ("consentStarts", ConsentStarts), ("hedgedYes", HedgedYes),
        ("unsure", Unsure), ("notApplicable", NotApplicable), ("groupYes", GroupYes), ("groupNone", GroupNone), ("groupNegatives", GroupNegatives),
    ];
}
