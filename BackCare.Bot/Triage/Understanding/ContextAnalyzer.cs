namespace BackCare.Bot.Triage.Understanding;

/// <summary>
/// ConText (Harkema et al. 2009, as in medspaCy): each modifier cue reaches a number of words forward,
/// backward or both, within its sentence, and its scope ends early at a terminator ("but", "and now") or at
/// a comma that starts a new clause. A cue that overlaps a concept's own phrase is part of the concept
/// ("no feeling" is a symptom); a pseudo cue ("no idea", "not sure") cancels the cues it overlaps.
/// Then each mention gets its assertion from the categories that cover it.
/// </summary>
public sealed class ContextAnalyzer
{
    private const int ResolvedForwardReach = 4;

    /// <summary>Words that bring a clause back to now ("Last year, I had chemo, new back pain now").</summary>
    private static readonly HashSet<string> Present = new(StringComparer.Ordinal) { "new", "now", "today", "currently", "recently", "lately", "since", "this", "these", "yesterday", "tonight", "but" };

    private static readonly HashSet<string> FirstPerson = new(StringComparer.Ordinal) { "i", "im", "ive", "id", "ill", "me", "my", "myself" };

    private readonly PhraseIndex<ModifierDefinition> _modifiers = new();
    private readonly PhraseIndex<bool> _terminators = new();
    private readonly PhraseIndex<bool> _weakTerminators = new();
    private readonly HashSet<string> _reasonWords;
    private readonly PhraseIndex<bool> _contrasts = new();
    private readonly PhraseIndex<bool> _recurrence = new();
    private readonly HashSet<string> _clauseStarters;
    private readonly HashSet<string> _persistent;
    private readonly HashSet<string> _letCuesThrough;
    private readonly HashSet<string> _timeless;
    private readonly HashSet<string> _ownNegations;
    private readonly HashSet<string> _pastTense;
    private readonly HashSet<string> _nowWords;
    private readonly Dictionary<ModifierDefinition, ModifierDefinition> _withWriter = new(ReferenceEqualityComparer.Instance);

    public ContextAnalyzer(ConceptFile file, Func<string, string, IEnumerable<string>> expand)
    {
        var cues = new List<(ModifierDefinition Modifier, PhrasePattern Pattern)>();
        foreach (var modifier in file.Modifiers)
        {
            foreach (var phrase in modifier.Phrases.SelectMany(p => expand(p, $"modifier '{modifier.Category}'")))
            {
                var pattern = PhrasePattern.Parse(phrase, $"modifier '{modifier.Category}'");
                _modifiers.Add(pattern, modifier);
                cues.Add((modifier, pattern));
            }
        }

        RejectCuesAPseudoCueCancels(cues);

        foreach (var phrase in file.Terminators.SelectMany(p => expand(p, "terminators")))
        {
            _terminators.Add(PhrasePattern.Parse(phrase, "terminators"), true);
        }

        foreach (var phrase in file.WeakTerminators.SelectMany(p => expand(p, "weakTerminators")))
        {
            _weakTerminators.Add(PhrasePattern.Parse(phrase, "weakTerminators"), true);
        }

        _reasonWords = new HashSet<string>(file.ReasonWords, StringComparer.Ordinal);
        if (_reasonWords.FirstOrDefault(w => !file.WeakTerminators.Contains(w)) is { } stray)
        {
            throw new InvalidOperationException($"red-flag concepts: reason word \"{stray}\" is not one of the weakTerminators.");
        }

        foreach (var phrase in file.Contrasts.SelectMany(p => expand(p, "contrasts")))
        {
            _contrasts.Add(PhrasePattern.Parse(phrase, "contrasts"), true);
        }

        foreach (var phrase in file.Recurrence.SelectMany(p => expand(p, "recurrence")))
        {
            _recurrence.Add(PhrasePattern.Parse(phrase, "recurrence"), true);
        }

        _clauseStarters = file.ClauseStarters.ToHashSet(StringComparer.Ordinal);
        _persistent = file.Concepts.Where(c => c.Value.Persistent).Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
        _letCuesThrough = file.Concepts.Where(c => c.Value.LetsCuesThrough).Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
        _timeless = file.Concepts.Where(c => c.Value.Timeless).Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
        _ownNegations = file.OwnNegations.ToHashSet(StringComparer.Ordinal);
        _pastTense = file.PastTense.ToHashSet(StringComparer.Ordinal);
        _nowWords = file.NowWords.ToHashSet(StringComparer.Ordinal);
        foreach (var modifier in file.Modifiers.Where(m => m.WithWriter is not null))
        {
            _withWriter[modifier] = modifier with { Category = modifier.WithWriter!, WithWriter = null };
        }
    }

    /// <summary>
    /// A cue that a pseudo cue at least as long cancels in any of the cue's spellings can never take effect in it
    /// (docs/clinical-safety.md, H39: "back to normal before" under "normal before" until the longer cue won), so the
    /// content is rejected at start-up rather than carrying a cue that silently does nothing.
    /// </summary>
    private static void RejectCuesAPseudoCueCancels(IReadOnlyList<(ModifierDefinition Modifier, PhrasePattern Pattern)> cues)
    {
        var pseudo = new PhraseIndex<ModifierDefinition>();
        foreach (var (modifier, pattern) in cues.Where(c => c.Modifier.Category == ModifierCategories.Pseudo))
        {
            pseudo.Add(pattern, modifier);
        }

        var cancelled = new List<string>();
        foreach (var (modifier, pattern) in cues.Where(c => c.Modifier.Category != ModifierCategories.Pseudo))
        {
            foreach (var words in pattern.Spellings())
            {
                // The cue as it would be typed inside a sentence: a word before it unless it opens one, a word after it
                // unless it ends a clause; the pseudo cues found there are read as Apply reads them.
                var before = modifier.AtSentenceStart ? 0 : 1;
                var tokens = Enumerable.Repeat("and", before).Concat(words).Concat(Enumerable.Repeat("then", modifier.Final ? 0 : 1))
                    .Select(word => new Token(word, 0, false)).ToList();
                var cue = new ModifierMatch(modifier, before, before + words.Count, 0);
                if (pseudo.Matches(tokens).Any(p => Applies(p.Value, tokens, p.Start, p.End) && Cancels(new ModifierMatch(p.Value, p.Start, p.End, 0), cue)))
                {
                    cancelled.Add($"{modifier.Category} \"{pattern.Source}\" (as \"{string.Join(' ', words)}\")");
                }
            }
        }

        if (cancelled.Count > 0)
        {
            throw new InvalidOperationException($"red-flag concepts: a pseudo cue as long as each of these cues cancels it, so it never takes effect: {string.Join("; ", cancelled)}.");
        }
    }

    public void Apply(IReadOnlyList<Token> tokens, IReadOnlyList<ConceptMention> mentions)
    {
        var found = _modifiers.Matches(tokens)
            .Where(m => Applies(m.Value, tokens, m.Start, m.End))
            // A cue is words of one clause: "…could walk fine, now I'm dragging it" holds no "fine now".
            .Where(m => !SpansComma(tokens, m.Start, m.End))
            .Where(m => !m.Value.WriterAbsent || !WriterSpeaksNear(tokens, m.Value, m.Start, m.End))
            .Select(m => new ModifierMatch(WithWriterNear(m.Value, tokens, m.Start, m.End), m.Start, m.End, tokens[m.Start].Sentence)).ToList();
        var pseudo = found.Where(m => m.Definition.Category == ModifierCategories.Pseudo).ToList();
        var cues = found
            .Where(m => m.Definition.Category != ModifierCategories.Pseudo)
            // A cue inside a symptom's own words is part of it ("no feeling"); a body site does not swallow one
            // ("it's back to normal now"), nor does a qualifier marked to let them through ("I don't feel any numbness"),
            // nor does a state swallow whose it is ("my grandad": older, and his) or when ("in the 80s": a decade, not an age).
            // A hypothetical cue that begins before the event it frames ("if I come off my horse") is not its words.
            .Where(m => !mentions.Any(c => c.Kind is not ("site" or "side") && !_letCuesThrough.Contains(c.Concept) && !(c.Kind == ConceptKinds.State && m.Definition.Category is ModifierCategories.OtherExperiencer or ModifierCategories.Historical) && Overlaps(c.Start, c.End, m.Start, m.End) && !FramesFromBefore(m, c)))
            // The longer of two overlapping phrases is the one meant, as medspaCy prunes overlapping matches: "normal
            // before" is a pseudo cue ("fine before the massage"), but "back to normal before I'd paid" is a resolution.
            .Where(m => !pseudo.Any(p => Cancels(p, m)))
            .ToList();
        var breaks = MarkStarts(_terminators, tokens, new bool[tokens.Count + 1]);

        // Hypothetical and resolved cues reach over commas ("reading about red flags, what does … mean?").
        var terminatorsOnly = (bool[])breaks.Clone();
        for (var i = 1; i < tokens.Count; i++)
        {
            breaks[i] |= tokens[i].AfterComma && _clauseStarters.Contains(tokens[i].Text);
        }

        NumberClauses(tokens, mentions);
        var weakBreaks = MarkStarts(_weakTerminators, tokens, (bool[])breaks.Clone());
        var historyBreaks = (bool[])weakBreaks.Clone();
        for (var i = 0; i < tokens.Count; i++)
        {
            historyBreaks[i] &= breaks[i] || !_reasonWords.Contains(tokens[i].Text);
        }
        var claims = cues.Where(c => c.Definition.Category == ModifierCategories.Self).ToList();
        var scoped = cues.Where(c => c.Definition.Category != ModifierCategories.Self).ToList();

        // "…go numb for a few seconds every time I stand": each episode is short, the sign is not over. Only a resolution
        // asks, so the message is scanned for recurrence only when it holds one.
        var recurring = scoped.Any(c => c.Definition.Category == ModifierCategories.Resolved)
            ? _recurrence.Matches(tokens).Select(m => tokens[m.Start].Sentence).ToHashSet()
            : [];
        foreach (var mention in mentions)
        {
            // A concept named by its own denial ("there was no injury", "not working in the bedroom") is not denied
            // again by a negation before it ("he's not sporty and there was no injury").
            var carriesItsNegation = Enumerable.Range(mention.Start, mention.End - mention.Start).Any(i => _ownNegations.Contains(tokens[i].Text));
            foreach (var cue in scoped)
            {
                if ((cue.Definition.Concepts.Count > 0 && !cue.Definition.Concepts.Contains(mention.Concept))
                    || (cue.Definition.Category == ModifierCategories.Resolved && (_persistent.Contains(mention.Concept) || recurring.Contains(mention.Sentence) || recurring.Contains(cue.Sentence)))
                    || (cue.Definition.Category == ModifierCategories.Historical && _timeless.Contains(mention.Concept))
                    || (cue.Definition.Category == ModifierCategories.Negated && carriesItsNegation && cue.End <= mention.Start))
                {
                    continue;
                }

                // "Prostate cancer treated in 2019, all fine since": being well since does not undo a history; only a
                // denial before it ("no history of cancer") or a checklist's answer does.
                if (mention.Kind == ConceptKinds.History && cue.Definition is { Category: ModifierCategories.Negated, Direction: "backward", Final: false })
                {
                    continue;
                }

                var strongOnly = cue.Definition.Category is ModifierCategories.Hypothetical or ModifierCategories.Resolved;
                var scopeBreaks = strongOnly ? terminatorsOnly : cue.Definition.Category == ModifierCategories.Historical ? historyBreaks : weakBreaks;
                if (Covers(cue, mention, mentions, tokens, scopeBreaks, terminatorsOnly))
                {
                    mention.Modifiers.Add(cue.Definition.Category);
                }
            }
        }

        TellSomeoneElsesPastToTheEnd(scoped, tokens, mentions);
        ClaimForTheWriter(claims, mentions);
        DenyWhatWasAnsweredNo(tokens, mentions);
        Assert(mentions);
    }

    /// <summary>
    /// "My cousin had a back operation in 2019, he could not pee": someone else's past, told in the past tense, stays
    /// their past to the end of its sentence, across the commas and "because" that end other scopes, unless a word of
    /// now comes between or in the symptom's own clause ("…in 2019, now he can't feel his legs", "…and she couldn't pass
    /// water this morning").
    /// </summary>
    private void TellSomeoneElsesPastToTheEnd(IReadOnlyList<ModifierMatch> cues, IReadOnlyList<Token> tokens, IReadOnlyList<ConceptMention> mentions)
    {
        foreach (var cue in cues.Where(c => c.Definition.Category == ModifierCategories.Historical))
        {
            foreach (var mention in mentions.Where(m => m.Sentence == cue.Sentence && m.Start >= cue.End && !_timeless.Contains(m.Concept)
                && m.Modifiers.Contains(ModifierCategories.OtherExperiencer) && !m.Modifiers.Contains(ModifierCategories.Historical)))
            {
                var clauseEnd = mention.End;
                while (!ClinicalText.EndsClauseAt(tokens, clauseEnd))
                {
                    clauseEnd++;
                }

                if (ToldInThePast(tokens, cue.End, clauseEnd))
                {
                    mention.Modifiers.Add(ModifierCategories.Historical);
                }
            }
        }
    }

    /// <summary>A past-tense word and no word of now among the words from one position to another.</summary>
    private bool ToldInThePast(IReadOnlyList<Token> tokens, int from, int to)
    {
        var past = false;
        for (var i = from; i < to; i++)
        {
            if (_nowWords.Contains(tokens[i].Text))
            {
                return false;
            }

            past |= _pastTense.Contains(tokens[i].Text);
        }

        return past;
    }

    /// <summary>
    /// "…if someone couldn't feel their private area? Asking because that's me.": a self cue looks back over its
    /// own sentence and the two before, and what it finds is the writer's, now, not hypothetical or someone else's.
    /// Someone else's past is left theirs.
    /// </summary>
    private static void ClaimForTheWriter(IReadOnlyList<ModifierMatch> claims, IReadOnlyList<ConceptMention> mentions)
    {
        foreach (var cue in claims)
        {
            // Someone else's past ("my mother had breast cancer long ago … It's me, my back") stays theirs: the claim
            // takes back a general question or a friend's story, not a named person's history.
            foreach (var mention in mentions.Where(m => m.End <= cue.Start && cue.Sentence - m.Sentence is >= 0 and <= 2
                && !(m.Modifiers.Contains(ModifierCategories.OtherExperiencer) && m.Modifiers.Contains(ModifierCategories.Historical))))
            {
                mention.Modifiers.Remove(ModifierCategories.Hypothetical);
                mention.Modifiers.Remove(ModifierCategories.OtherExperiencer);
            }
        }
    }

    /// <summary>
    /// A one-word "no" that answers a question ("Any numbness around your bottom or genitals? No.") or a checklist
    /// item ("Change in bladder control: no") denies everything the question or the item named, however long it is.
    /// </summary>
    private static void DenyWhatWasAnsweredNo(IReadOnlyList<Token> tokens, IReadOnlyList<ConceptMention> mentions)
    {
        for (var answer = 0; answer < tokens.Count; answer++)
        {
            if (tokens[answer].Answers == AnswerReach.None)
            {
                continue;
            }

            var from = answer;
            while (from > 0 && tokens[from - 1].Sentence == tokens[answer].Sentence
                && !(tokens[answer].Answers == AnswerReach.Item && from < answer && tokens[from].AfterComma))
            {
                from--;
            }

            foreach (var mention in mentions.Where(m => m.Start >= from && m.End <= answer))
            {
                mention.Modifiers.Add(ModifierCategories.Negated);
            }
        }
    }

    /// <summary>The cue as it reads here: its <see cref="ModifierDefinition.WithWriter"/> category when the writer speaks near it.</summary>
    private ModifierDefinition WithWriterNear(ModifierDefinition cue, IReadOnlyList<Token> tokens, int start, int end) =>
        cue.WithWriter is null || !WriterSpeaksNear(tokens, cue, start, end) ? cue : _withWriter[cue];

    /// <summary>A first-person word in the cue's sentence within its scope and three words more, on the sides it looks to.</summary>
    private static bool WriterSpeaksNear(IReadOnlyList<Token> tokens, ModifierDefinition cue, int start, int end)
    {
        var reach = cue.Scope + 3;
        var sentence = tokens[start].Sentence;
        var from = cue.Direction == "forward" ? start : Math.Max(0, start - reach);
        var to = cue.Direction == "backward" ? end : Math.Min(tokens.Count, end + reach);
        for (var i = from; i < to; i++)
        {
            if (tokens[i].Sentence == sentence && FirstPerson.Contains(tokens[i].Text))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsWholeSentence(ModifierMatch cue, IReadOnlyList<Token> tokens) =>
        OpensItsSentence(tokens, cue.Start) && (cue.End >= tokens.Count || tokens[cue.End].Sentence != cue.Sentence);

    /// <summary>How many words of its sentence come before this one.</summary>
    private static int WordsBefore(IReadOnlyList<Token> tokens, int start)
    {
        var words = 0;
        while (start - words > 0 && tokens[start - words - 1].Sentence == tokens[start].Sentence)
        {
            words++;
        }

        return words;
    }

    private static bool OpensItsSentence(IReadOnlyList<Token> tokens, int start) =>
        start == 0 || tokens[start - 1].Sentence != tokens[start].Sentence;

    private static bool FramesFromBefore(ModifierMatch cue, ConceptMention mention) =>
        cue.Definition.Category == ModifierCategories.Hypothetical && cue.Start < mention.Start && mention.Start < cue.End;

    private static bool SpansComma(IReadOnlyList<Token> tokens, int start, int end)
    {
        for (var i = start + 1; i < end; i++)
        {
            if (tokens[i].AfterComma)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Numbers the clauses: a new one at each sentence and at each contrast ("but", "however").</summary>
    private void NumberClauses(IReadOnlyList<Token> tokens, IReadOnlyList<ConceptMention> mentions)
    {
        var breaks = MarkStarts(_contrasts, tokens, new bool[tokens.Count + 1]);
        var clauseAt = new int[tokens.Count];
        var clause = 0;
        for (var i = 1; i < tokens.Count; i++)
        {
            if (breaks[i] || tokens[i].Sentence != tokens[i - 1].Sentence)
            {
                clause++;
            }

            clauseAt[i] = clause;
        }

        foreach (var mention in mentions)
        {
            mention.Clause = clauseAt[mention.Start];
        }
    }

    private static bool Covers(ModifierMatch cue, ConceptMention mention, IReadOnlyList<ConceptMention> mentions, IReadOnlyList<Token> tokens, bool[] breaks, bool[] terminatorsOnly)
    {
        var direction = cue.Definition.Direction;
        var scope = cue.Definition.Scope;
        var otherPerson = cue.Definition.Category == ModifierCategories.OtherExperiencer || cue.Definition.EndsAtWriter;
        if (cue.Definition.Category == ModifierCategories.Resolved)
        {
            // "…numb, but it went away after I stood up." / "…numb. I panicked. It went off in a minute.": "but"
            // and the two sentences before do not end a resolution, which looks back at what it resolves.
            // Looking forward ("for a few seconds my legs…") it reaches a few words and stops at a terminator
            // ("…for a few seconds and I've still got pins and needles").
            return (cue.Sentence == mention.Sentence && ((mention.End <= cue.Start && cue.Start - mention.End < scope && !SitesJustBefore(cue, mentions).Any(site => site.Start >= mention.End))
                    || (cue.End <= mention.Start && mention.Start - cue.End < Math.Min(scope, ResolvedForwardReach) && !Blocked(cue.End, mention.Start, tokens, breaks, false) && !SitesJustBefore(cue, mentions).Any())))
                || (cue.Sentence - mention.Sentence is 1 or 2 && StartsItsSentence(cue, tokens) && !NamesItsOwnSubject(cue, mentions));
        }

        // A sentence that is nothing but the cue ("Hypothetically." "Asking for a friend.") frames the next one.
        if (cue.Definition.Category == ModifierCategories.Hypothetical && mention.Sentence == cue.Sentence + 1 && IsWholeSentence(cue, tokens))
        {
            return true;
        }

        // A sentence that takes back the one before it ("Only joking.") frames that one.
        if (cue.Definition.TakesBackPrevious && mention.Sentence == cue.Sentence - 1 && IsWholeSentence(cue, tokens))
        {
            return true;
        }

        if (cue.Sentence != mention.Sentence)
        {
            return false;
        }

        // A time that opens its sentence and is set off by a comma ("Many moons ago, in my twenties, I had sciatica in
        // both legs") frames the whole sentence, up to a terminator or a clause that starts back in the present
        // ("Last year, I had chemo, new back pain now").
        if (cue.Definition.Category == ModifierCategories.Historical && cue.End <= mention.Start && WordsBefore(tokens, cue.Start) <= 1
            && cue.End < tokens.Count && tokens[cue.End].AfterComma && tokens[cue.End].Sentence == cue.Sentence)
        {
            return !Blocked(cue.End + 1, mention.Start, tokens, terminatorsOnly, false)
                && !Enumerable.Range(cue.End, mention.Start - cue.End).Any(i => tokens[i].AfterComma && Present.Contains(tokens[i].Text));
        }

        if (FramesFromBefore(cue, mention))
        {
            return true;
        }

        if (direction is "forward" or "both" && cue.End <= mention.Start && mention.Start - cue.End < scope)
        {
            return !Blocked(cue.End, mention.Start, tokens, breaks, otherPerson);
        }

        if (direction is "backward" or "both" && mention.End <= cue.Start && cue.Start - mention.End < scope)
        {
            // An answer begins a clause of its own ("…in the bottom? She say no."); that clause does not end its reach.
            return !Blocked(mention.End, cue.Definition.AnswersBefore ? cue.Start - 1 : cue.Start, tokens, breaks, otherPerson);
        }

        return false;
    }

    /// <summary>
    /// The resolving sentence says what got better before the cue ("Back's actually ok now."), so it does not
    /// resolve what an earlier sentence said ("pins and needles down my leg").
    /// </summary>
    private static bool NamesItsOwnSubject(ModifierMatch cue, IReadOnlyList<ConceptMention> mentions) =>
        mentions.Any(m => m.Sentence == cue.Sentence && m.Start < cue.Start && m.Kind != "qualifier");

    /// <summary>
    /// A resolution's own subject: a site just before it, at most one word between ("back is fine now"). Looking back,
    /// it resolves that subject, not what the sentence said before it ("…calf is hot and red and throbbing … back is
    /// fine now"); looking forward, it does not reach what comes next ("…the back's actually ok now, it's the calf").
    /// (Tried for denials too on 2026-11-30: it recalled nothing more and gave three more clear negatives 999.)
    /// </summary>
    private static IEnumerable<ConceptMention> SitesJustBefore(ModifierMatch cue, IReadOnlyList<ConceptMention> mentions) =>
        mentions.Where(m => m.Kind is "site" && m.End <= cue.Start && cue.Start - m.End <= 1);

    /// <summary>Marks, in <paramref name="starts"/>, the first word of each phrase of <paramref name="index"/> in the message.</summary>
    private static bool[] MarkStarts(PhraseIndex<bool> index, IReadOnlyList<Token> tokens, bool[] starts)
    {
        foreach (var (_, start, _) in index.Matches(tokens))
        {
            starts[start] = true;
        }

        return starts;
    }

    /// <summary>The cue is among the first words of its sentence ("Today they're completely normal.").</summary>
    private static bool StartsItsSentence(ModifierMatch cue, IReadOnlyList<Token> tokens) => WordsBefore(tokens, cue.Start) <= 5;

    /// <summary>True when a scope boundary (a terminator, or a comma that starts a new clause) lies in [from, to].</summary>
    private static bool Blocked(int from, int to, IReadOnlyList<Token> tokens, bool[] breaks, bool otherPerson)
    {
        for (var i = from; i <= to && i < tokens.Count; i++)
        {
            if (breaks[i])
            {
                return true;
            }

            // Someone else's scope ends where the writer speaks of themselves again ("my dad had it; I've got…").
            if (otherPerson && i < to && FirstPerson.Contains(tokens[i].Text))
            {
                return true;
            }
        }

        return false;
    }

    private static void Assert(IReadOnlyList<ConceptMention> mentions)
    {
        foreach (var mention in mentions)
        {
            mention.Assertion = AssertionOf(mention.Kind, mention.Modifiers);
        }
    }

    /// <summary>
    /// How the categories covering a mention of a concept of this kind assert it; an episodic rule asks with
    /// <paramref name="ignoreResolved"/>, since a short episode is its sign, not its end.
    /// </summary>
    public static Assertion AssertionOf(string kind, IReadOnlySet<string> categories, bool ignoreResolved = false)
    {
        bool Has(string category) => categories.Contains(category) && !(ignoreResolved && category == ModifierCategories.Resolved);
        var other = Has(ModifierCategories.OtherExperiencer);
        var lasting = kind is ConceptKinds.History or ConceptKinds.State;
        if (Has(ModifierCategories.Negated) || Has(ModifierCategories.Hypothetical) || Has(ModifierCategories.Resolved))
        {
            return Assertion.Discarded;
        }

        // Long-standing ("for years", "normal for me") means not new for a symptom, but it is exactly the
        // risk for a history or a state ("on steroids for years").
        if (Has(ModifierCategories.Chronic) && !lasting)
        {
            return Assertion.Discarded;
        }

        if (other && kind == ConceptKinds.History)
        {
            // (also in the past: "my husband had prostate cancer three years ago; now his back hurts")
            // Someone else's history counts only when the message is about them being unwell now; the
            // detector decides that once every mention is read (ConceptDetector.AttributeHistories).
            return Assertion.Uncertain;
        }

        if (Has(ModifierCategories.Historical))
        {
            // The writer's own history of cancer is exactly the point of a history concept; a past symptom,
            // event or pregnancy ("years ago", "when I was pregnant with my first") is over, and so is
            // someone else's past.
            return kind == ConceptKinds.History && !other ? Assertion.Present : Assertion.Discarded;
        }

        return Has(ModifierCategories.Hedged) ? Assertion.Uncertain : Assertion.Present;
    }

    private static bool Overlaps(int aStart, int aEnd, int bStart, int bEnd) => aStart < bEnd && bStart < aEnd;

    /// <summary>A pseudo cue cancels a cue it overlaps, unless the cue holds all of its words and more.</summary>
    private static bool Cancels(ModifierMatch pseudo, ModifierMatch cue) =>
        Overlaps(pseudo.Start, pseudo.End, cue.Start, cue.End)
        && !(cue.Start <= pseudo.Start && pseudo.End <= cue.End && cue.End - cue.Start > pseudo.End - pseudo.Start);

    /// <summary>A cue found here counts: one marked final ends its clause, one marked to open a sentence opens it.</summary>
    private static bool Applies(ModifierDefinition cue, IReadOnlyList<Token> tokens, int start, int end) =>
        (!cue.Final || ClinicalText.EndsClauseAt(tokens, end)) && (!cue.AtSentenceStart || OpensItsSentence(tokens, start));
}
