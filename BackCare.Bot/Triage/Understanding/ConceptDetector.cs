using System.Text.RegularExpressions;

namespace BackCare.Bot.Triage.Understanding;

/// <summary>What the concept pipeline read in one message: the mentions and the rules they fire.</summary>
public sealed record ConceptReading(IReadOnlyList<ConceptMention> Mentions, IReadOnlyList<RedFlagMatch> Matches);

/// <summary>
/// The concept-and-context pipeline: words (<see cref="ClinicalText"/>) → concept mentions (phrases of
/// the content's concepts) → their context (<see cref="ContextAnalyzer"/>) → red-flag rules, each a
/// combination of concepts. Pure and deterministic, so every verdict can be explained.
/// </summary>
public sealed partial class ConceptDetector
{
    private readonly ConceptFile _file;
    private readonly PhraseIndex<(string Concept, string Kind)> _concepts = new();
    private readonly Dictionary<string, IReadOnlySet<string>> _suppresses = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _askedAboutWith = new(StringComparer.Ordinal);
    private readonly ContextAnalyzer _context;
    private readonly List<MeasuredTrend> _measurements;

    public ConceptDetector(ConceptFile file)
    {
        _file = file;
        Validate(file);
        var vocabulary = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (name, concept) in file.Concepts)
        {
            if (concept.Suppresses.Count > 0)
            {
                _suppresses[name] = concept.Suppresses.ToHashSet(StringComparer.Ordinal);
            }

            if (concept.AskedAboutWith is { } qualifier)
            {
                _askedAboutWith[name] = qualifier;
            }

            foreach (var phrase in concept.Phrases.SelectMany(p => Expand(p, $"concept '{name}'")))
            {
                var pattern = PhrasePattern.Parse(phrase, $"concept '{name}'");
                vocabulary.UnionWith(pattern.Vocabulary);
                _concepts.Add(pattern, (name, concept.Kind));
            }
        }

        Text = new ClinicalText(new SpellingCorrector(vocabulary, file.Fuzzy, file.KnownWords, file.Spelling), file.Symbols, file.Answers);
        _context = new ContextAnalyzer(file, Expand);
        _measurements = file.Measurements.Select(m => new MeasuredTrend(m, file.Concepts[m.Concept].Kind)).ToList();
    }

    public ClinicalText Text { get; }

    public string Version => _file.Version;

    public IReadOnlyList<ConceptRule> Rules => _file.Rules;

    public ConceptReading Read(string? message)
    {
        var tokens = Text.Tokenize(message);
        if (tokens.Count == 0)
        {
            return new ConceptReading([], []);
        }

        var mentions = FindMentions(tokens);
        AddMeasured(tokens, mentions);
        _context.Apply(tokens, mentions);
        AttributeHistories(mentions, tokens);
        SetAsideTermsAskedAbout(mentions, tokens);
        SetAsideOtherSenses(mentions, tokens);
        return new ConceptReading(mentions, Evaluate(mentions, ClinicalText.IsTelegraphic(message)));
    }

    /// <summary>A concept told by measurements, unless a phrase already names it there.</summary>
    private void AddMeasured(IReadOnlyList<Token> tokens, List<ConceptMention> mentions)
    {
        foreach (var measured in _measurements.Select(m => m.Find(tokens)).OfType<ConceptMention>())
        {
            if (!mentions.Any(m => m.Concept == measured.Concept && m.Start < measured.End && measured.Start < m.End))
            {
                var at = mentions.FindIndex(m => m.Start > measured.Start);
                mentions.Insert(at < 0 ? mentions.Count : at, measured);
            }
        }
    }

    private List<ConceptMention> FindMentions(IReadOnlyList<Token> tokens)
    {
        // The longest phrase of each concept at each start; a shorter one inside it adds nothing.
        var longest = new Dictionary<(string, int), (string Kind, int End)>();
        foreach (var ((concept, kind), start, end) in _concepts.Matches(tokens))
        {
            if (!longest.TryGetValue((concept, start), out var known) || known.End < end)
            {
                longest[(concept, start)] = (kind, end);
            }
        }

        var mentions = longest
            .Select(m => new ConceptMention(m.Key.Item1, m.Value.Kind, m.Key.Item2, m.Value.End, tokens[m.Key.Item2].Sentence))
            .OrderBy(m => m.Start).ThenBy(m => m.Concept, StringComparer.Ordinal)
            .ToList();
        return mentions
            .Where(m => !mentions.Any(o => o != m && o.Concept == m.Concept && o.Start <= m.Start && o.End >= m.End && (o.End - o.Start) > (m.End - m.Start)))
            .Where(m => !mentions.Any(o => _suppresses.TryGetValue(o.Concept, out var suppressed) && suppressed.Contains(m.Concept) && o.Start < m.End && m.Start < o.End))
            .ToList();
    }

    /// <summary>
    /// Someone else's history (cancer, immunosuppression) is their red flag when the message is about them
    /// being unwell now or hurt ("my dad had bowel cancer and now he's got new back pain", "my nan has
    /// osteoporosis and slipped"), and nobody's when the
    /// writer is the one with the symptoms ("my dad had cancer, I'm just sore"). A message in which the writer
    /// never speaks of themselves ("Writing for my dad: he had myeloma last year and now has new back pain") is
    /// about the other person, even where the experiencer's scope has ended; so is one that says it is written
    /// for them ("He's stubborn so I'm writing for him").
    /// </summary>
    private static void AttributeHistories(List<ConceptMention> mentions, IReadOnlyList<Token> tokens)
    {
        var theirs = mentions.Where(m => m.Kind == ConceptKinds.History && m.Assertion == Assertion.Uncertain && m.Modifiers.Contains(ModifierCategories.OtherExperiencer)).ToList();
        if (theirs.Count == 0)
        {
            return;
        }

        var aboutThem = mentions.Any(m => m.Kind == ConceptKinds.Proxy) || !WriterSpeaksOfThemselves(mentions, tokens);
        var unwellNow = mentions.Any(m => m.Kind is (ConceptKinds.Symptom or ConceptKinds.Event) && m.Assertion == Assertion.Present && (aboutThem || m.Modifiers.Contains(ModifierCategories.OtherExperiencer)));
        foreach (var mention in theirs)
        {
            mention.Assertion = unwellNow ? Assertion.Present : Assertion.Discarded;
        }
    }

    /// <summary>
    /// "legs are dead after leg day lol": a word of a concept that has an everyday sense, in the company that tells
    /// that sense (content "otherSenses"), is not the concept. "They've gone dead" keeps the concept's sense.
    /// </summary>
    private void SetAsideOtherSenses(List<ConceptMention> mentions, IReadOnlyList<Token> tokens)
    {
        foreach (var sense in _file.OtherSenses)
        {
            if (!mentions.Any(m => sense.With.Contains(m.Concept) && m.Assertion != Assertion.Discarded))
            {
                continue;
            }

            foreach (var mention in mentions.Where(m => m.Concept == sense.Concept && m.Assertion != Assertion.Discarded))
            {
                var words = Enumerable.Range(mention.Start, mention.End - mention.Start).Select(i => tokens[i].Text).ToList();
                var onlyItsWords = words.Any(sense.Words.Contains) && words.All(w => sense.Words.Contains(w) || sense.Links.Contains(w));
                var afterChange = mention.Start > 0 && tokens[mention.Start - 1].Sentence == mention.Sentence && sense.NotAfter.Contains(tokens[mention.Start - 1].Text);
                var beforeKeeper = mention.End < tokens.Count && tokens[mention.End].Sentence == mention.Sentence && sense.NotBefore.Contains(tokens[mention.End].Text);
                if (onlyItsWords && !afterChange && !beforeKeeper)
                {
                    mention.Assertion = Assertion.Discarded;
                }
            }
        }
    }

    /// <summary>
    /// "wats saddle anaesthesia? just curious": a term whose <see cref="ConceptDefinition.AskedAboutWith"/> qualifier is
    /// present anywhere is asked about, so it and the concepts inside its words are hypothetical, unless the writer
    /// claims it earlier in its sentence ("I have saddle anaesthesia… just curious what to do" stays the writer's).
    /// </summary>
    private void SetAsideTermsAskedAbout(List<ConceptMention> mentions, IReadOnlyList<Token> tokens)
    {
        // "I think I have saddle numbness", "my bum has…": the writer's. "My friend asked me whether…": the writer is
        // only told or asked, so "me" after a verb of asking and "my" before anything but a body site claim nothing.
        bool ClaimsAt(int i) => tokens[i].Text switch
        {
            "me" => !(i > 0 && AskingVerbs.Contains(tokens[i - 1].Text)),
            "my" => mentions.Any(m => m.Kind == "site" && m.Start == i + 1),
            var word => FirstPersonWords.Contains(word),
        };
        bool ClaimedByTheWriter(ConceptMention term) =>
            Enumerable.Range(0, term.Start).Any(i => tokens[i].Sentence == term.Sentence && ClaimsAt(i));
        foreach (var term in mentions.Where(m => m.Assertion != Assertion.Discarded && _askedAboutWith.TryGetValue(m.Concept, out var qualifier)
            && mentions.Any(q => q.Concept == qualifier && q.Assertion == Assertion.Present) && !ClaimedByTheWriter(m)).ToList())
        {
            foreach (var inside in mentions.Where(m => m.Start >= term.Start && m.End <= term.End))
            {
                inside.Modifiers.Add(ModifierCategories.Hypothetical);
                inside.Assertion = ContextAnalyzer.AssertionOf(inside.Kind, inside.Modifiers);
            }
        }
    }

    /// <summary>"I", "me", "myself", or "my"/"me" before a body site ("my back", "me back") or before "own" ("my own problem is…").</summary>
    private static bool WriterSpeaksOfThemselves(List<ConceptMention> mentions, IReadOnlyList<Token> tokens)
    {
        bool WritersAt(int i) => i > 0 && tokens[i - 1].Text is "my" or "me";
        return tokens.Any(t => FirstPersonWords.Contains(t.Text))
            || tokens.Where((t, i) => t.Text == "own" && WritersAt(i)).Any()
            || mentions.Any(m => m.Kind == "site" && WritersAt(m.Start));
    }

    private static readonly HashSet<string> AskingVerbs = new(StringComparer.Ordinal) { "asked", "asks", "ask", "asking", "told", "tells", "tell", "telling", "showed", "sent", "warned" };

    private static readonly HashSet<string> FirstPersonWords = new(StringComparer.Ordinal) { "i", "im", "ive", "id", "ill", "me", "myself", "mine" };

    private List<RedFlagMatch> Evaluate(List<ConceptMention> mentions, bool telegraphic)
    {
        // The part of the message a rule reads as one: a mention's sentence, or the whole of a message written in clipped
        // phrases (ClinicalText.IsTelegraphic).
        int ReportOf(ConceptMention m) => telegraphic ? 0 : m.Sentence;

        var matches = new List<RedFlagMatch>();
        foreach (var rule in _file.Rules)
        {
            if (rule.UnlessAnywhere.Count > 0 && mentions.Any(m => m.Assertion == Assertion.Present && rule.UnlessAnywhere.Contains(m.Concept)))
            {
                continue;
            }

            var anywhere = Assertion.Present;
            foreach (var slot in rule.Anywhere)
            {
                anywhere = Max(anywhere, Best(mentions.Where(m => slot.Contains(m.Concept))));
            }

            if (anywhere == Assertion.Discarded)
            {
                continue;
            }

            var best = Assertion.Discarded;
            foreach (var (sentence, clause) in mentions.Select(m => (ReportOf(m), rule.SameClause ? m.Clause : -1)).Distinct())
            {
                var here = anywhere;
                foreach (var slot in rule.All)
                {
                    here = Max(here, Best(mentions.Where(m => ReportOf(m) == sentence && (clause < 0 || m.Clause == clause) && slot.Contains(m.Concept)), rule.Episodic));
                }

                foreach (var slot in rule.Near)
                {
                    here = Max(here, Best(mentions.Where(m => Math.Abs(ReportOf(m) - sentence) <= 1 && slot.Contains(m.Concept))));
                }

                best = Min(best, here);
            }

            if (best != Assertion.Discarded)
            {
                matches.Add(new RedFlagMatch(rule.Id, rule.Urgency, best == Assertion.Uncertain));
            }
        }

        return matches;
    }

    /// <summary>The most certain of some mentions; none at all counts as discarded. An episodic rule does not take a resolution as an end.</summary>
    private static Assertion Best(IEnumerable<ConceptMention> mentions, bool episodic = false)
    {
        var best = Assertion.Discarded;
        foreach (var mention in mentions)
        {
            best = Min(best, episodic && mention.Modifiers.Contains(ModifierCategories.Resolved)
                ? ContextAnalyzer.AssertionOf(mention.Kind, mention.Modifiers, ignoreResolved: true)
                : mention.Assertion);
        }

        return best;
    }

    private static Assertion Min(Assertion a, Assertion b) => a < b ? a : b;

    private static Assertion Max(Assertion a, Assertion b) => a > b ? a : b;

    /// <summary>Expands "@NAME" words into each of the macro's entries (which may be several words).</summary>
    private IEnumerable<string> Expand(string phrase, string owner)
    {
        var match = Macro().Match(phrase);
        if (!match.Success)
        {
            return [phrase];
        }

        if (!_file.Macros.TryGetValue(match.Groups[1].Value, out var entries))
        {
            throw new InvalidOperationException($"red-flag concepts: {owner} uses unknown macro @{match.Groups[1].Value}.");
        }

        return entries.SelectMany(entry => Expand(string.Concat(phrase.AsSpan(0, match.Index), entry, phrase.AsSpan(match.Index + match.Length)), owner));
    }

    private static void Validate(ConceptFile file)
    {
        var problems = new List<string>();
        foreach (var (name, concept) in file.Concepts)
        {
            if (concept.AskedAboutWith is { } qualifier && !(file.Concepts.TryGetValue(qualifier, out var asked) && asked.Kind == "qualifier"))
            {
                problems.Add($"concept '{name}' is asked about with '{qualifier}', which is not a qualifier concept");
            }

            if (!ConceptKinds.All.Contains(concept.Kind))
            {
                problems.Add($"concept '{name}' has unknown kind '{concept.Kind}'");
            }

            if (concept.Phrases.Count == 0)
            {
                problems.Add($"concept '{name}' has no phrases");
            }
        }

        foreach (var measurement in file.Measurements)
        {
            if (!file.Concepts.ContainsKey(measurement.Concept) || measurement.Direction is not (MeasurementDefinition.Falling or MeasurementDefinition.Rising)
                || measurement.Units.Count == 0 || measurement.Cues.Count == 0 || measurement.MinimumChange <= 0)
            {
                problems.Add($"measurement of '{measurement.Concept}' needs a known concept, a direction (falling or rising), units, cues and a minimum change above 0");
            }
        }

        // Each of these is compared with one folded token ("No." or "could not" would never match): the one-word answers
        // (ClinicalText) and the past-tense and now words (ContextAnalyzer: someone else's past told to the end of its sentence).
        var oneWordLists = file.Answers.Lists().Select(l => ($"answers '{l.Name}'", (IEnumerable<string>)l.Words))
            .Append(("'pastTense'", file.PastTense)).Append(("'nowWords'", file.NowWords))
            .Concat(file.OtherSenses.SelectMany(o => new[] { ($"otherSenses '{o.Concept}' words", (IEnumerable<string>)o.Words), ($"otherSenses '{o.Concept}' notAfter", o.NotAfter), ($"otherSenses '{o.Concept}' notBefore", o.NotBefore), ($"otherSenses '{o.Concept}' links", o.Links) }));
        foreach (var (list, words) in oneWordLists)
        {
            foreach (var bad in words.Where(w => w.Length == 0 || !w.All(char.IsAsciiLetterLower)))
            {
                problems.Add($"{list} has \"{bad}\", which is not one lower-case word");
            }
        }

        foreach (var sense in file.OtherSenses)
        {
            if (sense.Words.Count == 0 || sense.With.Count == 0 || sense.With.Append(sense.Concept).Any(c => !file.Concepts.ContainsKey(c)))
            {
                problems.Add($"otherSenses of '{sense.Concept}' need words and known concepts ('{string.Join("', '", sense.With)}')");
            }
        }

        foreach (var modifier in file.Modifiers)
        {
            if (!ModifierCategories.All.Contains(modifier.Category) || modifier.Direction is not ("forward" or "backward" or "both"))
            {
                problems.Add($"modifier '{modifier.Category}' ({modifier.Direction}) is not a known category and direction");
            }

            foreach (var unknown in modifier.Concepts.Where(c => !file.Concepts.ContainsKey(c)))
            {
                problems.Add($"modifier '{modifier.Category}' applies to unknown concept '{unknown}'");
            }

            if (modifier.WithWriter is { } withWriter && (!ModifierCategories.All.Contains(withWriter) || withWriter is ModifierCategories.Pseudo or ModifierCategories.Self))
            {
                problems.Add($"modifier '{modifier.Category}' has withWriter '{withWriter}', which is not a scoped category");
            }
        }

        foreach (var rule in file.Rules)
        {
            if (rule.All.Count == 0)
            {
                problems.Add($"rule '{rule.Id}' has no slots");
            }

            foreach (var concept in rule.All.Concat(rule.Near).Concat(rule.Anywhere).SelectMany(s => s).Concat(rule.UnlessAnywhere).Concat(file.Concepts.Values.SelectMany(c => c.Suppresses)).Where(c => !file.Concepts.ContainsKey(c)))
            {
                problems.Add($"rule '{rule.Id}' names unknown concept '{concept}'");
            }

            if (rule.Urgency is not (Dispositions.Emergency or Dispositions.Urgent))
            {
                problems.Add($"rule '{rule.Id}' has urgency '{rule.Urgency}' (emergency or urgent)");
            }
        }

        foreach (var duplicate in file.Rules.GroupBy(r => r.Id).Where(g => g.Count() > 1))
        {
            problems.Add($"rule '{duplicate.Key}' is listed twice");
        }

        if (problems.Count > 0)
        {
            throw new InvalidOperationException($"red-flag concepts are inconsistent: {string.Join("; ", problems)}.");
        }
    }

    [GeneratedRegex("@([A-Z_]+)")]
    private static partial Regex Macro();
}
