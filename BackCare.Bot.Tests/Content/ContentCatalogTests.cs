using System.Reflection;
using System.Text.RegularExpressions;
using BackCare.Bot.Content;

namespace BackCare.Bot.Tests.Content;

/// <summary>Plays the part of "rasa data validate": every key resolves, every placeholder is supplied, nothing is orphaned.</summary>
public sealed partial class ContentCatalogTests
{
    private static readonly ContentCatalog Catalog = new(
        EmbeddedContent.Load<ResponseFile>("responses.en-GB.json"), new ClinicOptions(), new EmergencyServicesOptions());

    [Theory]
    [InlineData("responses.en-GB.json")]
    [InlineData("triage.en-GB.json")]
    [InlineData("booking.en-GB.json")]
    public void ButtonSynonymsAreOnButtonTitlesInLowerCaseAndEachOnce(string fileName)
    {
        // What a person may type for a button lives beside the button's title ("synonyms"), not in code; the choice
        // recogniser compares them with folded text, so each is lower case, and each is listed once.
        using var document = System.Text.Json.JsonDocument.Parse(
            typeof(EmbeddedContent).Assembly.GetManifestResourceStream($"{typeof(EmbeddedContent).Namespace}.{fileName}")!,
            new System.Text.Json.JsonDocumentOptions { CommentHandling = System.Text.Json.JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var texts = document.RootElement.TryGetProperty("responses", out var responses) ? responses : document.RootElement.GetProperty("texts");
        var buttons = texts.EnumerateObject().Where(t => t.Value.TryGetProperty("synonyms", out _)).ToList();

        Assert.NotEmpty(buttons);
        Assert.All(buttons, button =>
        {
            Assert.StartsWith("choice_", button.Name);
            var synonyms = button.Value.GetProperty("synonyms").EnumerateArray().Select(s => s.GetString()!).ToList();
            Assert.NotEmpty(synonyms);
            Assert.All(synonyms, synonym => Assert.Equal(synonym.Trim().ToLowerInvariant(), synonym));
            Assert.Equal(synonyms.Count, synonyms.Distinct(StringComparer.Ordinal).Count());
        });
    }

    [Fact]
    public void EveryResponseKeyUsedInCodeExists()
    {
        var keys = typeof(ResponseKeys).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetValue(null)!).ToList();

        Assert.NotEmpty(keys);
        Assert.All(keys, key => Assert.True(Catalog.Contains(key), $"missing response '{key}'"));
    }

    [Fact]
    public void EveryResponseIsUsedByCodeOrByTheFaqFile()
    {
        var used = typeof(ResponseKeys).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetValue(null)!).ToHashSet();
        var faq = EmbeddedContent.Load<FaqFile>("faq.en-GB.json");
        foreach (var topic in faq.Topics)
        {
            used.Add(topic.Choice);
            used.UnionWith(topic.AnswerKeys);
            if (topic.Clarify is { } clarify)
            {
                used.Add(clarify.Prompt);
                used.Add(clarify.Retry);
                used.UnionWith(clarify.Choices.SelectMany(c => new[] { c.Title, c.Answer }));
            }
        }

        var orphans = Catalog.Keys.Where(k => !used.Contains(k)).ToList();
        Assert.True(orphans.Count == 0, "orphaned responses: " + string.Join(", ", orphans));
    }

    [Fact]
    public void EveryPlaceholderIsFilledFromSettings()
    {
        foreach (var key in Catalog.Keys)
        {
            Assert.DoesNotMatch(Placeholder(), Catalog.Get(key));
        }
    }

    [Fact]
    public void AnUnknownPlaceholderFailsAtStartUp()
    {
        var file = new ResponseFile
        {
            Locale = "en-GB",
            Version = "test",
            Responses = new() { ["say_x"] = new ResponseEntry { Text = "Call {ambulanceNumber}" } },
        };

        var error = Assert.Throws<InvalidOperationException>(() => new ContentCatalog(file, new ClinicOptions(), new EmergencyServicesOptions()));
        Assert.Contains("ambulanceNumber", error.Message);
    }

    [Fact]
    public void ContentHasAVersionAndAFutureReviewDate()
    {
        var file = EmbeddedContent.Load<ResponseFile>("responses.en-GB.json");

        Assert.False(string.IsNullOrWhiteSpace(file.Version));
        Assert.True(file.NextReviewDue > file.ReviewedOn);
    }

    [Fact]
    public void NoEmergencyOrUrgentNumberIsWrittenIntoTheContent()
    {
        var file = EmbeddedContent.Load<ResponseFile>("responses.en-GB.json");

        foreach (var (key, entry) in file.Responses)
        {
            Assert.DoesNotMatch(NumberLike(), entry.Text);
            Assert.DoesNotContain("NHS 111", entry.Text, StringComparison.Ordinal);
            Assert.False(entry.Text.Contains("A&E", StringComparison.Ordinal), $"'{key}' names A&E instead of {{emergencyDepartment}}");
        }
    }

    [Fact]
    public void ANewZealandConfigurationShowsItsOwnNumbersAndNeverNhs111()
    {
        var nz = new EmergencyServicesOptions
        {
            EmergencyNumber = "111",
            EmergencyDepartment = "the Emergency Department",
            UrgentAdvice = "call Healthline on 0800 611 116 or see your GP today",
            MaternityAdvice = "call your midwife or LMC straight away",
        };
        var catalog = new ContentCatalog(EmbeddedContent.Load<ResponseFile>("responses.en-GB.json"), new ClinicOptions { Region = "NZ" }, nz);

        Assert.Contains("call 111 or go to the Emergency Department", catalog.Get(ResponseKeys.SayWelcome));
        foreach (var key in catalog.Keys)
        {
            var text = catalog.Get(key);
            Assert.DoesNotContain("NHS", text, StringComparison.Ordinal);
            Assert.DoesNotContain("999", text, StringComparison.Ordinal);
            Assert.DoesNotContain("A&E", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void TheTextsNeverRepeatTheFlushToxinsMythOrGiveDoses()
    {
        foreach (var key in Catalog.Keys)
        {
            var text = Catalog.Get(key).ToLowerInvariant();
            Assert.DoesNotContain("toxin", text);
            Assert.DoesNotMatch(Dose(), text);
            Assert.DoesNotContain("scan", text);
        }
    }

    [GeneratedRegex(@"\{[A-Za-z]+\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"\b(999|111|112|911)\b")]
    private static partial Regex NumberLike();

    [GeneratedRegex(@"\b\d+\s?(mg|milligram|tablets?)\b")]
    private static partial Regex Dose();
}
