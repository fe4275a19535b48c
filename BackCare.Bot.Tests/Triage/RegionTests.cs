using System.Text.RegularExpressions;
using BackCare.Bot.Content;
using BackCare.Bot.Tests.Support;

namespace BackCare.Bot.Tests.Triage;

/// <summary>
/// Numbers and services come from configuration (clinical.md 2.6): with a non-UK configuration
/// "111" never appears as routine advice, no NHS service is named, and the configured emergency
/// number does appear — in every triage text and in whole conversations to each disposition.
/// </summary>
public sealed partial class RegionTests
{
    public static readonly Dictionary<string, string?> NewZealand = new()
    {
        ["Clinic:Region"] = "NZ",
        ["EmergencyServices:EmergencyNumber"] = "111",
        ["EmergencyServices:EmergencyDepartment"] = "the emergency department",
        ["EmergencyServices:UrgentAdvice"] = "see your GP today or call Healthline on 0800 611 116",
        ["EmergencyServices:MaternityAdvice"] = "contact your midwife (LMC) or the maternity unit straight away",
    };

    public static readonly Dictionary<string, string?> Australia = new()
    {
        ["Clinic:Region"] = "AU",
        ["EmergencyServices:EmergencyNumber"] = "000",
        ["EmergencyServices:EmergencyDepartment"] = "the emergency department",
        ["EmergencyServices:UrgentAdvice"] = "see your GP today or call healthdirect on 1800 022 222",
        ["EmergencyServices:MaternityAdvice"] = "contact your midwife or maternity unit straight away",
    };

    public static TheoryData<string> Regions => new() { "NZ", "AU" };

    [Fact]
    public void NoTriageTextWritesANumberOrAServiceName()
    {
        var file = TriageFixture.Content.File;

        foreach (var (key, entry) in file.Texts)
        {
            Assert.DoesNotMatch(@"\b(999|111|112|000|911)\b", entry.Text);
            Assert.DoesNotContain("NHS", entry.Text);
            Assert.DoesNotContain("A&E", entry.Text);
            Assert.False(entry.Text.Contains("GP", StringComparison.Ordinal) && key.StartsWith("say_urgent", StringComparison.Ordinal), key);
        }
    }

    [Theory]
    [MemberData(nameof(Regions))]
    public void EveryTriageTextRendersWithTheRegionsNumbersAndNeverTheUksRoutine111(string region)
    {
        var settings = region == "NZ" ? NewZealand : Australia;
        var content = TriageFixture.Create(new EmergencyServicesOptions
        {
            EmergencyNumber = settings["EmergencyServices:EmergencyNumber"]!,
            EmergencyDepartment = settings["EmergencyServices:EmergencyDepartment"]!,
            UrgentAdvice = settings["EmergencyServices:UrgentAdvice"]!,
            MaternityAdvice = settings["EmergencyServices:MaternityAdvice"]!,
        });

        foreach (var key in content.TextKeys)
        {
            AssertNoRoutine111(content.Get(key), region);
            Assert.DoesNotContain("NHS", content.Get(key));
            Assert.DoesNotContain("A&E", content.Get(key));
        }

        Assert.Contains($"call {settings["EmergencyServices:EmergencyNumber"]} now", content.Get("say_emergency"));
    }

    [Theory]
    [MemberData(nameof(Regions))]
    public async Task WholeConversationsToEachDispositionUseTheConfiguredServices(string region)
    {
        var settings = region == "NZ" ? NewZealand : Australia;
        var emergencyNumber = settings["EmergencyServices:EmergencyNumber"]!;
        await using var app = new BackCareApplication(settings);
        var seen = new List<string>();

        foreach (var answers in new[]
        {
            new Dictionary<string, string> { ["saddle"] = "Yes" },
            new Dictionary<string, string> { ["fever"] = "Yes" },
            new Dictionary<string, string> { ["fever"] = "Yes", ["pregnant"] = "Yes" },
            new Dictionary<string, string> { ["trend"] = "Getting worse" },
            new Dictionary<string, string>(),
        })
        {
            var chat = new ChatClient(app.CreateClient());
            var player = new SymptomCheckPlayer(chat);
            await player.StartAsync();
            seen.Add(chat.LastText);
            await player.AnswerAllAsync(answers);
            seen.Add(chat.LastText);
        }

        var everything = string.Join("\n", seen);
        Assert.Contains($"call {emergencyNumber} now", everything);
        Assert.Contains(settings["EmergencyServices:UrgentAdvice"]!, everything);
        Assert.Contains(settings["EmergencyServices:MaternityAdvice"]!, everything);
        Assert.DoesNotContain("NHS", everything);
        Assert.DoesNotContain("A&E", everything);
        AssertNoRoutine111(everything, region);
    }

    /// <summary>"111" may appear only as the emergency number ("call 111"), never as routine advice.</summary>
    private static void AssertNoRoutine111(string text, string region)
    {
        if (region != "NZ")
        {
            Assert.DoesNotMatch(@"\b111\b", text);
            return;
        }

        foreach (System.Text.RegularExpressions.Match match in Any111().Matches(text))
        {
            var before = text[..match.Index];
            Assert.True(before.EndsWith("call ", StringComparison.Ordinal), $"'111' is not the emergency number in: …{text[Math.Max(0, match.Index - 60)..Math.Min(text.Length, match.Index + 20)]}…");
        }
    }

    [GeneratedRegex(@"\b111\b")]
    private static partial Regex Any111();
}
