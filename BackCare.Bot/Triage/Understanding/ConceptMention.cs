namespace BackCare.Bot.Triage.Understanding;

/// <summary>A concept found in a message: where, and how its context asserts it.</summary>
public sealed record ConceptMention(string Concept, string Kind, int Start, int End, int Sentence)
{
    /// <summary>The clause of the message it is in: sentences split at contrasts such as "but" (content "contrasts").</summary>
    public int Clause { get; set; }

    /// <summary>The ConText categories whose scope covers this mention.</summary>
    public HashSet<string> Modifiers { get; } = new(StringComparer.Ordinal);

    public Assertion Assertion { get; set; }
}

/// <summary>A context cue found in a message.</summary>
public sealed record ModifierMatch(ModifierDefinition Definition, int Start, int End, int Sentence);
