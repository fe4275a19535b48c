namespace BackCare.Bot.Content;

/// <summary>
/// What a person may type for a button besides its title: the "synonyms" of the text entry that titles it, in every
/// content file whose texts are <see cref="ResponseEntry"/> (responses, triage, booking).
/// </summary>
public static class ButtonSynonyms
{
    /// <summary>The synonyms of the entry <paramref name="key"/> (none when it lists none or is not there).</summary>
    public static IReadOnlyList<string> Of(IReadOnlyDictionary<string, ResponseEntry> texts, string key) =>
        texts.TryGetValue(key, out var entry) && entry.Synonyms is { } synonyms ? synonyms : [];

    /// <summary>A button's own copy of some synonyms, or null when there are none (a choice without synonyms has none).</summary>
    public static List<string>? ForChoice(IEnumerable<string> synonyms) => synonyms.ToList() is { Count: > 0 } list ? list : null;
}
