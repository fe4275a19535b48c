using System.Globalization;
using BackCare.Bot.Content;

namespace BackCare.Bot.Triage;

/// <summary>
/// The symptom check's content, loaded once from the embedded triage file, checked at start-up
/// (every text, reason and rule it names must exist, every pattern must compile) and rendered with
/// the clinic's and region's settings. Gives the dialogs the engine, the safety net and the reader.
/// </summary>
public sealed class TriageContent
{
    public const string FileName = "triage.en-GB.json";
    public const string RedFlagsFileName = "red-flags.en-GB.json";
    public const string ConceptsFileName = "red-flag-concepts.en-GB.json";

    private readonly Dictionary<string, string> _texts = new(StringComparer.Ordinal);

    public TriageContent(ContentCatalog content)
        : this(EmbeddedContent.Load<TriageFile>(FileName).WithRedFlags(EmbeddedContent.Load<RedFlagFile>(RedFlagsFileName)), EmbeddedContent.Load<Understanding.ConceptFile>(ConceptsFileName), content)
    {
    }

    public TriageContent(TriageFile file, Understanding.ConceptFile concepts, ContentCatalog content)
    {
        file = file.WithConcepts(concepts);
        File = file;
        Validate(file);
        var extra = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["escalationHours"] = file.EscalationThresholdHours.ToString(CultureInfo.InvariantCulture),
            ["reasons"] = ReasonsPlaceholder,
        };
        foreach (var (key, entry) in file.Texts)
        {
            _texts[key] = content.Render(key, entry.Text, extra);
        }

        Text = new TriageText(file);
        Engine = new TriageEngine(file);
        Detector = new RedFlagDetector(new Understanding.ConceptDetector(concepts), Understanding.RedFlagSecondOpinion.Embedded);
        Detector.RememberVerdictsFor(
            _texts.Where(t => t.Key.StartsWith("choice_", StringComparison.Ordinal)).Select(t => t.Value)
                .Concat(content.Keys.Where(k => k.StartsWith("choice_", StringComparison.Ordinal)).Select(k => content.Get(k)))
                .Concat(file.Vocabulary.ShortAnswers));
        Answers = new AnswerReader(file, Text);
        Questions = file.Questions;
        Parting = TriagePatterns.Compile(file.AdviceHold.Parting, file.Terms, "adviceHold.parting");
        Pushback = TriagePatterns.Compile(file.AdviceHold.Pushback, file.Terms, "adviceHold.pushback");
        _symptomMention = file.SymptomMentions.Count == 0 ? null : TriagePatterns.Compile(file.SymptomMentions, file.Terms, "symptomMentions");
        Groups = file.QuestionGroups;
    }

    private readonly PatternSet? _symptomMention;

    /// <summary>The question groups, in the order of their first question.</summary>
    public IReadOnlyList<TriageQuestionGroup> Groups { get; }

    /// <summary>The group <paramref name="questionId"/> is asked in, if any.</summary>
    public TriageQuestionGroup? GroupOf(string questionId) => Groups.FirstOrDefault(g => g.Questions.Contains(questionId));

    /// <summary>
    /// True when a message talks about the person's symptoms: it answers a question of the check, mentions
    /// soreness or pain, or mentions a red-flag symptom (even to deny it: "bladder's fine").
    /// </summary>
    public bool DescribesSymptoms(string? message)
    {
        if (Answers.Extract(message).Count > 0 || (_symptomMention?.IsMatch(Text.Fold(message)) ?? false))
        {
            return true;
        }

        // A mention the rules found, not the statistical second opinion alone (it may flag "carry on").
        var check = Detector.Check(message);
        return check.Mentions.Count > 0 || (check.IsRedFlag && check.Suspicion is null);
    }

    /// <summary>Left in the texts at start-up and filled per message with the reasons of the advice given.</summary>
    public const string ReasonsPlaceholder = "{reasons}";

    public TriageFile File { get; }

    /// <summary>Both content files' versions, as recorded in traces and audit records.</summary>
    public string Version => File.ContentVersion;

    public TriageText Text { get; }

    public TriageEngine Engine { get; }

    public RedFlagDetector Detector { get; }

    public AnswerReader Answers { get; }

    public IReadOnlyList<TriageQuestion> Questions { get; }

    /// <summary>A whole (folded) message that thanks or says goodbye, while advice holds.</summary>
    public PatternSet Parting { get; }

    /// <summary>A (folded) message that pushes back on the advice ("can it wait", "drive myself", "anyway").</summary>
    public PatternSet Pushback { get; }

    public IReadOnlyCollection<string> TextKeys => _texts.Keys;

    /// <summary>What a person may type for the button titled by <paramref name="key"/> besides its title (none when the file lists none).</summary>
    public IReadOnlyList<string> SynonymsOf(string key) => ButtonSynonyms.Of(File.Texts, key);

    public string Get(string key) =>
        _texts.TryGetValue(key, out var text)
            ? text
            : throw new KeyNotFoundException($"Text '{key}' is not in {FileName}.");

    public TriageQuestion Question(string id) => Questions.First(q => q.Id == id);

    /// <summary>The button titles of a question in answer order (Yes / No / Not sure for yes/no questions).</summary>
    public IReadOnlyList<string> TitlesFor(TriageQuestion question) => question.Kind == QuestionKinds.YesNo
        ? [Get(TriageTextKeys.ChoiceYes), Get(TriageTextKeys.ChoiceNo), Get(TriageTextKeys.ChoiceUnsure)]
        : question.Choices.Select(c => Get(c.Title)).ToList();

    public RedFlagRule RedFlag(string id) => File.RedFlags.First(r => r.Id == id);

    /// <summary>The plain-English reason of a rule id, from the answer rules or the safety net.</summary>
    public string ReasonFor(string ruleId)
    {
        var key = File.Rules.FirstOrDefault(r => r.Id == ruleId)?.Reason ?? File.RedFlags.FirstOrDefault(r => r.Id == ruleId)?.Reason;
        return key is null ? string.Empty : Get(key);
    }

    private static void Validate(TriageFile file)
    {
        var problems = new List<string>();
        var texts = file.Texts.Keys.ToHashSet(StringComparer.Ordinal);
        var questionIds = file.Questions.Select(q => q.Id).ToHashSet(StringComparer.Ordinal);
        var ruleIds = file.Rules.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        void RequireText(string? key, string owner)
        {
            if (key is not null && !texts.Contains(key))
            {
                problems.Add($"{owner} names missing text '{key}'");
            }
        }

        foreach (var duplicate in file.Questions.GroupBy(q => q.Id).Where(g => g.Count() > 1))
        {
            problems.Add($"question '{duplicate.Key}' is listed twice");
        }

        foreach (var duplicate in file.Rules.Select(r => r.Id).Concat(file.RedFlags.Select(r => $"redFlag:{r.Id}")).GroupBy(id => id).Where(g => g.Count() > 1))
        {
            problems.Add($"rule '{duplicate.Key}' is listed twice");
        }

        foreach (var question in file.Questions)
        {
            if (question.IsAsked && question.Text is null)
            {
                problems.Add($"question '{question.Id}' has no text");
            }

            RequireText(question.Text, $"question '{question.Id}'");
            foreach (var choice in question.Choices)
            {
                RequireText(choice.Title, $"question '{question.Id}' choice '{choice.Value}'");
            }

            if (question.Kind is QuestionKinds.Choice or QuestionKinds.Conditions && question.Choices.Count == 0)
            {
                problems.Add($"question '{question.Id}' has no choices");
            }

            if (question.Rule is { } rule && !ruleIds.Contains(rule))
            {
                problems.Add($"question '{question.Id}' names unknown rule '{rule}'");
            }

            CheckCondition(question.AskIf, $"question '{question.Id}' askIf");
        }

        foreach (var group in file.QuestionGroups)
        {
            RequireText(group.Text, $"group '{group.Id}'");
            if (questionIds.Contains(group.Id) || group.Questions.Count == 0)
            {
                problems.Add($"group '{group.Id}' must have its own id and at least one question");
            }

            foreach (var id in group.Questions)
            {
                if (file.Questions.FirstOrDefault(q => q.Id == id) is not { } member)
                {
                    problems.Add($"group '{group.Id}' names unknown question '{id}'");
                }
                else if (!member.IsAsked || member.Item is null || file.QuestionGroups.Count(g => g.Questions.Contains(id)) > 1)
                {
                    problems.Add($"question '{id}' of group '{group.Id}' must be asked, have an item text and be in one group only");
                }
            }
        }

        foreach (var question in file.Questions)
        {
            RequireText(question.Item, $"question '{question.Id}' item");
        }

        // Answers are compared with folded text (lower case, apostrophes dropped, punctuation as spaces), so a phrase
        // written any other way would never match.
        foreach (var (list, phrases) in file.Vocabulary.Lists())
        {
            if (phrases.Count == 0)
            {
                problems.Add($"vocabulary '{list}' has no phrases");
            }

            foreach (var phrase in phrases.Where(p => p.Length == 0 || p != p.Trim() || p.Contains("  ", StringComparison.Ordinal) || !p.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == ' ')))
            {
                problems.Add($"vocabulary '{list}' has \"{phrase}\", which is not folded text (lower-case words and figures)");
            }
        }

        foreach (var rule in file.Rules)
        {
            if (!Dispositions.IsKnown(rule.Disposition) || rule.Disposition == Dispositions.Normal)
            {
                problems.Add($"rule '{rule.Id}' has disposition '{rule.Disposition}' (emergency, urgent or assess)");
            }

            RequireText(rule.Reason, $"rule '{rule.Id}'");
            CheckCondition(rule.When, $"rule '{rule.Id}'");
        }

        foreach (var flag in file.RedFlags)
        {
            if (flag.Urgency is not (Dispositions.Emergency or Dispositions.Urgent))
            {
                problems.Add($"red flag '{flag.Id}' has urgency '{flag.Urgency}' (emergency or urgent)");
            }

            RequireText(flag.Reason, $"red flag '{flag.Id}'");
            RequireText(flag.Confirm, $"red flag '{flag.Id}'");
            if (string.IsNullOrWhiteSpace(flag.Source))
            {
                problems.Add($"red flag '{flag.Id}' has no source");
            }
        }

        if (file.AdviceHold.ClearQuestionScore is < 0.5 or > 1.0)
        {
            problems.Add($"adviceHold.clearQuestionScore {file.AdviceHold.ClearQuestionScore} is outside 0.5–1 (the intent model acts from 0.5)");
        }

        if (file.EscalationThresholdHours is < 12 or > 24 * 14)
        {
            problems.Add($"escalationThresholdHours {file.EscalationThresholdHours} is outside 12–336");
        }

        if (problems.Count > 0)
        {
            throw new InvalidOperationException($"{FileName} is inconsistent: {string.Join("; ", problems)}.");
        }

        void CheckCondition(TriageCondition? condition, string owner)
        {
            if (condition is null)
            {
                return;
            }

            if (condition.Question is { } id && !questionIds.Contains(id))
            {
                problems.Add($"{owner} names unknown question '{id}'");
            }

            foreach (var inner in (condition.Any ?? []).Concat(condition.All ?? []))
            {
                CheckCondition(inner, owner);
            }
        }
    }
}
