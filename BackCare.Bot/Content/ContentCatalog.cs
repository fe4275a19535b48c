using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace BackCare.Bot.Content;

/// <summary>
/// Every sentence a patient sees, loaded once from the embedded responses file, checked at start-up
/// (every placeholder must be known), and rendered with the clinic's and region's settings.
/// </summary>
public sealed partial class ContentCatalog
{
    private readonly ResponseFile _file;
    private readonly IReadOnlyDictionary<string, string> _values;
    private readonly Dictionary<string, string> _rendered = new(StringComparer.Ordinal);

    public ContentCatalog(IOptions<ClinicOptions> clinic, IOptions<EmergencyServicesOptions> emergency)
        : this(EmbeddedContent.Load<ResponseFile>("responses.en-GB.json"), clinic.Value, emergency.Value)
    {
    }

    public ContentCatalog(ResponseFile file, ClinicOptions clinic, EmergencyServicesOptions emergency)
    {
        _file = file;
        _values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["botName"] = clinic.BotName,
            ["clinicName"] = clinic.Name,
            ["clinicPhone"] = clinic.Phone,
            ["bookingUrl"] = clinic.BookingUrl,
            ["emergencyNumber"] = emergency.EmergencyNumber,
            ["emergencyDepartment"] = emergency.EmergencyDepartment,
            ["urgentAdvice"] = emergency.UrgentAdvice,
            ["maternityAdvice"] = emergency.MaternityAdvice,
        };
        Validate();

        // Settings do not change while the process runs, so every text is rendered once.
        foreach (var (key, entry) in _file.Responses)
        {
            _rendered[key] = Render(entry.Text);
            foreach (var (channel, text) in entry.Channels ?? [])
            {
                _rendered[$"{key}@{channel}"] = Render(text);
            }
        }
    }

    public string Version => _file.Version;

    /// <summary>When the clinical sign-off of the responses runs out (a stale-content hazard after that).</summary>
    public DateOnly NextReviewDue => _file.NextReviewDue;

    public IReadOnlyCollection<string> Keys => _file.Responses.Keys;

    public bool Contains(string key) => _file.Responses.ContainsKey(key);

    /// <summary>What a person may type for the button titled by <paramref name="key"/> besides its title (none when the file lists none).</summary>
    public IReadOnlyList<string> SynonymsOf(string key) => ButtonSynonyms.Of(_file.Responses, key);

    /// <summary>The approved text for <paramref name="key"/>, in the channel's variant where one exists.</summary>
    public string Get(string key, string? channelId = null)
    {
        if (channelId is not null && _rendered.TryGetValue($"{key}@{channelId}", out var variant))
        {
            return variant;
        }

        return _rendered.TryGetValue(key, out var text)
            ? text
            : throw new KeyNotFoundException($"Response '{key}' is not in responses.{_file.Locale}.json. Add it there (and to ResponseKeys).");
    }

    private string Render(string text) => Placeholder().Replace(text, m => _values[m.Groups[1].Value]);

    /// <summary>
    /// Renders another content file's text (the triage rules) with the same settings plus
    /// <paramref name="extra"/> values; an unknown placeholder is a content error, reported with <paramref name="key"/>.
    /// </summary>
    public string Render(string key, string text, IReadOnlyDictionary<string, string> extra) =>
        Placeholder().Replace(text, m =>
            _values.TryGetValue(m.Groups[1].Value, out var value) || extra.TryGetValue(m.Groups[1].Value, out value)
                ? value
                : throw new InvalidOperationException($"Content check failed: '{key}' uses unknown placeholder {{{m.Groups[1].Value}}}"));

    private void Validate()
    {
        var problems = new List<string>();
        foreach (var (key, entry) in _file.Responses)
        {
            var texts = new[] { entry.Text }.Concat(entry.Channels?.Values ?? Enumerable.Empty<string>());
            foreach (var text in texts)
            {
                foreach (Match match in Placeholder().Matches(text))
                {
                    if (!_values.ContainsKey(match.Groups[1].Value))
                    {
                        problems.Add($"'{key}' uses unknown placeholder {{{match.Groups[1].Value}}}");
                    }
                }
            }
        }

        foreach (var (name, value) in _values)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                problems.Add($"the setting behind {{{name}}} is empty");
            }
        }

        if (problems.Count > 0)
        {
            throw new InvalidOperationException("Content check failed: " + string.Join("; ", problems));
        }
    }

    [GeneratedRegex(@"\{([A-Za-z]+)\}")]
    private static partial Regex Placeholder();
}
