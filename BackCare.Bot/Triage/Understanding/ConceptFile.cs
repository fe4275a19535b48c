namespace BackCare.Bot.Triage.Understanding;

/// <summary>The shape of red-flag-concepts.en-GB.json: concepts, context modifiers and the rules that combine them.</summary>
public sealed class ConceptFile
{
    public required string Version { get; init; }

    public string? ReviewedBy { get; init; }

    public DateOnly ReviewedOn { get; init; }

    public DateOnly NextReviewDue { get; init; }

    /// <summary>Named word groups a phrase can use as "@NAME" (each entry may be several words: "unable to").</summary>
    public Dictionary<string, List<string>> Macros { get; init; } = [];

    public Dictionary<string, ConceptDefinition> Concepts { get; init; } = [];

    public List<ModifierDefinition> Modifiers { get; init; } = [];

    /// <summary>Words that end any modifier's scope.</summary>
    public List<string> Terminators { get; init; } = [];

    /// <summary>Words that start a contrasting clause ("but", "however"): a "sameClause" rule's parts may not be split by one.</summary>
    public List<string> Contrasts { get; init; } = [];

    /// <summary>Words that end negation, hedging and experiencer scopes, but not hypothetical or resolved ones.</summary>
    public List<string> WeakTerminators { get; init; } = [];

    /// <summary>
    /// Weak terminators that give a reason ("because"): they do not end a historical scope, since the reason for a past event
    /// is as past as the event ("he had an operation ten years ago because he couldn't pee").
    /// </summary>
    public List<string> ReasonWords { get; init; } = [];

    /// <summary>After a comma, these first words start a new clause (which ends a scope).</summary>
    public List<string> ClauseStarters { get; init; } = [];

    /// <summary>Words by which a concept's own phrase denies something ("no injury", "not working"): such a concept is not denied again by a negation before it.</summary>
    public List<string> OwnNegations { get; init; } = [];

    /// <summary>Past-tense words that tell someone else's past on to the end of its sentence ("…in 2019, he could not pee").</summary>
    public List<string> PastTense { get; init; } = [];

    /// <summary>Words of now that stop someone else's past there ("…in 2019, now he can't feel his legs").</summary>
    public List<string> NowWords { get; init; } = [];

    /// <summary>
    /// Phrases that tell a sign keeps coming back ("every time I stand", "comes and goes"): in their sentence a short time
    /// given for the sign ("for a few seconds") is the length of each episode, not its end, so no resolution applies there.
    /// </summary>
    public List<string> Recurrence { get; init; } = [];

    /// <summary>One-word answers to a question or checklist line in the message ("Numb down there? No.").</summary>
    public OneWordAnswers Answers { get; init; } = new();

    /// <summary>Long, distinctive concept words that a misspelling one or two edits away is corrected to.</summary>
    public List<string> Fuzzy { get; init; } = [];

    /// <summary>Real words that look like a misspelt concept word ("number", "ladder"): never corrected.</summary>
    public List<string> KnownWords { get; init; } = [];

    /// <summary>Symbols read as words: emoji people type for a body part or a symptom ("🦵" → "leg").</summary>
    public Dictionary<string, string> Symbols { get; init; } = [];

    /// <summary>Correct word → misspellings too short or far for tolerant matching.</summary>
    public Dictionary<string, List<string>> Spelling { get; init; } = [];

    /// <summary>Words of a concept that have an everyday other sense in some company ("legs are dead after leg day": tired, not numb).</summary>
    public List<OtherSenseDefinition> OtherSenses { get; init; } = [];

    /// <summary>Concepts told by measurements ("82 kg in January, 74 kg now" is a weight loss).</summary>
    public List<MeasurementDefinition> Measurements { get; init; } = [];

    public List<ConceptRule> Rules { get; init; } = [];
}

/// <summary>One clinical concept: what kind it is and the phrases that name it.</summary>
public sealed class ConceptDefinition
{
    /// <summary>symptom, site, side, course, event, function, qualifier, state (pregnancy) or history (cancer).</summary>
    public required string Kind { get; init; }

    public List<string> Phrases { get; init; } = [];

    /// <summary>Concepts whose mentions inside this one's are not meant ("fell asleep" is not a fall; "not dieting" is not a diet).</summary>
    public List<string> Suppresses { get; init; } = [];

    /// <summary>
    /// An event that stays a red flag once it has happened: "winded, then fine" or "the airbag went off" does not
    /// undo a crash or a fall from a height, so a resolving cue does not discard it (negation and the past still do).
    /// </summary>
    public bool Persistent { get; init; }

    /// <summary>
    /// A qualifier whose words hold a cue meant for what follows: "I don't feel any numbness" is read by
    /// `feel_denied` only so that "don't feel" is not lost bladder feeling, and its "don't" still denies the numbness.
    /// Other concepts keep the cues inside their words as their own ("no feeling", "without trying").
    /// </summary>
    public bool LetsCuesThrough { get; init; }

    /// <summary>
    /// A clinical term ("saddle anaesthesia") is asked about, not reported, when the message also holds a mention of
    /// this qualifier ("just curious", "I'm fine, settling a bet"), wherever it is: the term and the concepts inside
    /// its words are then hypothetical. Other words for the same sign ("numb when I wipe") are read as usual.
    /// </summary>
    public string? AskedAboutWith { get; init; }

    /// <summary>
    /// A state that is true now whatever the tense around it: "I am 78 and retired some years ago" is 78 now, so a
    /// historical cue does not discard it (a negation still does).
    /// </summary>
    public bool Timeless { get; init; }
}

/// <summary>A ConText modifier: a category, the direction it looks in, how many words it reaches, and its cues.</summary>
public sealed record ModifierDefinition
{
    public required string Category { get; init; }

    /// <summary>forward, backward or both.</summary>
    public required string Direction { get; init; }

    public int Scope { get; init; } = 8;

    /// <summary>
    /// The cue counts only as the last word of its clause, as in a checklist's answer ("saddle numbness no,
    /// bladder no"); elsewhere "no" starts a phrase of its own.
    /// </summary>
    public bool Final { get; init; }

    /// <summary>
    /// The scope ends where the writer speaks of themselves again ("my late wife had osteoporosis and I fell"),
    /// as every someone-else cue's does.
    /// </summary>
    public bool EndsAtWriter { get; init; }

    /// <summary>
    /// The cue counts only as the first words of its sentence, as a question's opening ("Is fever a reason to
    /// cancel?" asks about fever; "… is fever normal" inside a sentence does not).
    /// </summary>
    public bool AtSentenceStart { get; init; }

    /// <summary>
    /// The cue counts only when the writer does not speak of themselves within its reach (its scope and three words
    /// more, in its sentence): "What does saddle numbness mean?" asks about a term, "Does the numbness in my bottom
    /// mean something serious?" reports it.
    /// </summary>
    public bool WriterAbsent { get; init; }

    /// <summary>
    /// The category the cue takes instead when the writer speaks of themselves within its reach: "Can a massage cause
    /// numbness?" asks in general (hypothetical), "Can a massage cause pain in the middle of my chest?" may be about
    /// the writer, so it is hedged and gets one neutral question.
    /// </summary>
    public string? WithWriter { get; init; }

    /// <summary>
    /// A sentence that is nothing but the cue takes back the sentence before it: "My legs have gone numb from
    /// sitting on hold for an hour! Only joking." A cue inside a longer sentence reads as usual.
    /// </summary>
    public bool TakesBackPrevious { get; init; }

    /// <summary>
    /// The cue answers what came before it ("…numbness, wee, poo, legs, fever, and I said no to everything", "any numb
    /// in the bottom? She say no.") or tells what it turned out to be ("chest pains that turned out to be indigestion"),
    /// so looking back it starts its own clause without that clause ending its reach.
    /// </summary>
    public bool AnswersBefore { get; init; }

    /// <summary>
    /// When given, the only concepts the cue applies to: a short time ("for 30 seconds") is a passing tingle, but the
    /// length of an attempt for a wee that would not come.
    /// </summary>
    public List<string> Concepts { get; init; } = [];

    public List<string> Phrases { get; init; } = [];
}

/// <summary>A red flag as a combination of concepts: the rule's texts and source (<see cref="RedFlagRule"/>) and its slots.</summary>
public sealed class ConceptRule : RedFlagRule
{
    /// <summary>Slots that must all be found in one sentence; each slot lists the concepts that fill it.</summary>
    public List<List<string>> All { get; init; } = [];

    /// <summary>
    /// Slots that must each be found in the same sentence as the "all" slots or in the sentence just before or
    /// after it: a course or a pain word often comes in its own sentence ("My left leg is numb from the hip
    /// down. It is getting more and more.").
    /// </summary>
    public List<List<string>> Near { get; init; } = [];

    /// <summary>
    /// The "all" slots must be in one clause, not only one sentence: "back's sore, but sneezing doesn't bother
    /// it" has the pain and the sneeze in different clauses.
    /// </summary>
    public bool SameClause { get; init; }

    /// <summary>
    /// The red flag comes in episodes, so a short episode is the sign, not its end: "when I cough it shoots into my
    /// bum and I'm bent double for a minute" is not resolved by "for a minute".
    /// </summary>
    public bool Episodic { get; init; }

    /// <summary>Slots that must each be found somewhere in the message.</summary>
    public List<List<string>> Anywhere { get; init; } = [];

    /// <summary>Concepts that, affirmed anywhere in the message, stop the rule ("diet" for weight loss).</summary>
    public List<string> UnlessAnywhere { get; init; } = [];
}

/// <summary>
/// A concept's word that also has an everyday sense ("dead" legs after the gym are tired legs): a mention made of one of
/// these words and <see cref="Links"/>, not just after a word of change ("gone dead") nor just before a word that keeps
/// the concept's sense ("dead patch"), is set aside when the message also holds one of <see cref="With"/> that is not denied.
/// </summary>
public sealed class OtherSenseDefinition
{
    public required string Concept { get; init; }

    /// <summary>The words (one token each) whose everyday sense this is.</summary>
    public List<string> Words { get; init; } = [];

    /// <summary>Words that may stand beside them in the mention ("are dead", "feel dead").</summary>
    public List<string> Links { get; init; } = [];

    /// <summary>Concepts that tell the everyday sense (exertion, tiredness).</summary>
    public List<string> With { get; init; } = [];

    /// <summary>Words of change just before which the word keeps the concept's sense ("gone dead", "went dead").</summary>
    public List<string> NotAfter { get; init; } = [];

    /// <summary>Words just after which the word keeps the concept's sense ("a dead patch", "dead to the touch").</summary>
    public List<string> NotBefore { get; init; } = [];
}

/// <summary>A concept told by two measurements in a unit ("82 kg in January, 74 kg now"): see <see cref="MeasuredTrend"/>.</summary>
public sealed class MeasurementDefinition
{
    public const string Falling = "falling";
    public const string Rising = "rising";

    /// <summary>The concept a change in this direction is a mention of (its kind is the concept's).</summary>
    public required string Concept { get; init; }

    /// <summary>Words one of which the message must contain, naming what is measured ("weight", "scales").</summary>
    public List<string> Cues { get; init; } = [];

    /// <summary>The units a value is written in ("kg", "lbs").</summary>
    public List<string> Units { get; init; } = [];

    /// <summary>"falling" or "rising".</summary>
    public required string Direction { get; init; }

    /// <summary>The smallest change from the first value to the last, as a share of the first (0.03 is 3%).</summary>
    public double MinimumChange { get; init; }
}
