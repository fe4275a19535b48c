namespace BackCare.Bot.Triage.Understanding;

/// <summary>How a concept is asserted in its context, from most to least certain.</summary>
public enum Assertion
{
    /// <summary>Said of the person, now ("my bum is numb", "my wife can't feel her legs").</summary>
    Present = 0,

    /// <summary>Hedged or in the person's own past ("I think…", "I had numbness last year"): worth one neutral question.</summary>
    Uncertain = 1,

    /// <summary>Negated, hypothetical, resolved, long-standing, or someone else's past: not a red flag now.</summary>
    Discarded = 2,
}

/// <summary>The ConText categories a modifier can carry.</summary>
public static class ModifierCategories
{
    public const string Negated = "negated";
    public const string Pseudo = "pseudo";
    public const string Historical = "historical";
    public const string Chronic = "chronic";
    public const string Resolved = "resolved";
    public const string Hypothetical = "hypothetical";
    public const string Hedged = "hedged";
    public const string OtherExperiencer = "other_experiencer";

    /// <summary>
    /// The writer claims what came before as their own, now ("What would you say if someone couldn't feel their
    /// private area? Asking because that's me."): it takes away "hypothetical" and "someone else" from it.
    /// </summary>
    public const string Self = "self";

    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal)
    {
        Negated, Pseudo, Historical, Chronic, Resolved, Hypothetical, Hedged, OtherExperiencer, Self,
    };
}

/// <summary>The kinds of concept; history and state concepts read differently in the past or of someone else.</summary>
public static class ConceptKinds
{
    public const string Symptom = "symptom";
    public const string History = "history";
    public const string State = "state";
    public const string Event = "event";

    /// <summary>Words that say the message is written for someone else ("I'm writing for him"): it is about them.</summary>
    public const string Proxy = "proxy";

    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal)
    {
        Symptom, "site", "side", "course", Event, "function", "qualifier", State, History, Proxy,
    };
}
