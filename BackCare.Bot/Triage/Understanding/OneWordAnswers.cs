namespace BackCare.Bot.Triage.Understanding;

/// <summary>
/// The "answers" section of red-flag-concepts.en-GB.json: the one-word answers by which a message answers its own
/// question or checklist line ("Numbness down below? No.", "Saddle numbness: nil"). Each entry is one folded word;
/// the tokenizer looks words up in these sets as they are.
/// See docs/clinical-safety.md (H38).
/// </summary>
public sealed class OneWordAnswers
{
    /// <summary>Deny the question they answer ("Numb down there? No.").</summary>
    public HashSet<string> Denials { get; init; } = [];

    /// <summary>Deny the question only when the word is the whole answer and ends its sentence ("Legs? Fine.").</summary>
    public HashSet<string> AllClear { get; init; } = [];

    /// <summary>Deny a checklist item when they end its line ("Saddle numbness: no").</summary>
    public HashSet<string> ItemDenials { get; init; } = [];

    /// <summary>Answer a run of short questions at once after "All" ("Numb? Fever? All no.").</summary>
    public HashSet<string> AfterAll { get; init; } = [];

    /// <summary>Who gave the answer ("She said no.").</summary>
    public HashSet<string> Reporters { get; init; } = [];

    /// <summary>The verb between a reporter and the answer.</summary>
    public HashSet<string> ReportingVerbs { get; init; } = [];

    /// <summary>A question with one of these asks what the writer can do ("Can you feel your bottom? No."): "no" denies nothing.</summary>
    public HashSet<string> AbleWords { get; init; } = [];

    /// <summary>A question with one of these asks what a sign means ("Is it normal…? No."): "no" denies nothing.</summary>
    public HashSet<string> MeaningWords { get; init; } = [];

    /// <summary>Every list by its name in the file, for start-up checks.</summary>
    public IEnumerable<(string Name, HashSet<string> Words)> Lists() =>
    [
        ("denials", Denials), ("allClear", AllClear), ("itemDenials", ItemDenials), ("afterAll", AfterAll), ("reporters", Reporters),
        ("reportingVerbs", ReportingVerbs), ("ableWords", AbleWords), ("meaningWords", MeaningWords),
    ];
}
