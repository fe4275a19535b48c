using System.Globalization;
using System.Reflection;
using BackCare.Bot.Framework.Prompts;
using Microsoft.Extensions.Options;

namespace BackCare.Bot.Content;

/// <summary>
/// The booking conversation's content, loaded once from the embedded booking file, checked at start-up
/// (every key the code names exists, every vocabulary list is there, every placeholder is known) and rendered
/// with the clinic's settings. Per-message values ({reference}, {name}, …) are filled by <see cref="Fill"/>.
/// </summary>
public sealed class BookingContent
{
    public const string FileName = "booking.en-GB.json";

    private static readonly string[] MessagePlaceholders = ["reference", "summary", "name", "contact", "times", "reason"];

    private readonly Dictionary<string, string> _texts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _vocabulary = new(StringComparer.Ordinal);

    /// <summary>The consent says how long a request is kept: the call-back store's own retention (one setting, Callbacks:Retention).</summary>
    public BookingContent(ContentCatalog content, IOptions<ClinicOptions> clinic, IOptions<Booking.CallbackOptions> callbacks)
        : this(EmbeddedContent.Load<BookingFile>(FileName), content, clinic.Value, (int)Math.Ceiling(callbacks.Value.Retention.TotalDays))
    {
    }

    public BookingContent(BookingFile file, ContentCatalog content, ClinicOptions clinic, int retentionDays = 30)
    {
        File = file;
        var extra = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["privacyNoticeUrl"] = clinic.PrivacyNoticeUrl,
            ["callbackRetentionDays"] = retentionDays.ToString(CultureInfo.InvariantCulture),
        };
        foreach (var name in MessagePlaceholders)
        {
            extra[name] = $"{{{name}}}";
        }

        foreach (var (key, entry) in file.Texts)
        {
            _texts[key] = content.Render(key, entry.Text, extra);
        }

        foreach (var (name, phrases) in file.Vocabulary)
        {
            _vocabulary[name] = phrases.Select(TextNormalizer.Normalize).Where(p => p.Length > 0).ToHashSet(StringComparer.Ordinal);
        }

        var missing = typeof(BookingTextKeys).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => (string)f.GetValue(null)!)
            .Where(k => !_texts.ContainsKey(k))
            .Concat(BookingVocabulary.All.Where(v => !_vocabulary.ContainsKey(v)).Select(v => $"vocabulary.{v}"))
            .ToList();
        if (missing.Count > 0)
        {
            throw new InvalidOperationException($"Content check failed: {FileName} lacks {string.Join(", ", missing)}.");
        }
    }

    public BookingFile File { get; }

    /// <summary>The approved text for <paramref name="key"/>.</summary>
    public string Get(string key) =>
        _texts.TryGetValue(key, out var text) ? text : throw new KeyNotFoundException($"Text '{key}' is not in {FileName}.");

    /// <summary>What a person may type for the button titled by <paramref name="key"/> besides its title (none when the file lists none).</summary>
    public IReadOnlyList<string> SynonymsOf(string key) => ButtonSynonyms.Of(File.Texts, key);

    /// <summary>The text for <paramref name="key"/> with its per-message placeholders filled (values are shown as plain text).</summary>
    public string Fill(string key, IReadOnlyDictionary<string, string> values)
    {
        var text = Get(key);
        foreach (var (name, value) in values)
        {
            text = text.Replace($"{{{name}}}", value, StringComparison.Ordinal);
        }

        return text;
    }

    /// <summary>True when <paramref name="text"/> contains one of the vocabulary list's phrases as whole words.</summary>
    public bool Mentions(string vocabulary, string? text)
    {
        var folded = TextNormalizer.Normalize(text);
        if (folded.Length == 0)
        {
            return false;
        }

        var padded = $" {folded} ";
        return _vocabulary[vocabulary].Any(phrase => padded.Contains($" {phrase} ", StringComparison.Ordinal));
    }
}

/// <summary>The vocabulary lists of booking.en-GB.json the code reads.</summary>
public static class BookingVocabulary
{
    public const string Manage = "manage";
    public const string Callback = "callback";
    public const string Massage = "massage";
    public const string Times = "times";

    public static readonly IReadOnlyList<string> All = [Manage, Callback, Massage, Times];
}
