using System.Reflection;
using System.Text.RegularExpressions;
using BackCare.Bot.Tests.Deployment;

namespace BackCare.Bot.Tests.Triage;

/// <summary>docs/clinical-safety.md: every hazard names at least one test, and every test it names exists.</summary>
public sealed partial class HazardLogTests
{
    private static readonly string[] RequiredHazards =
    [
        "Missed red flag", "overridden by a running dialog", "Wrong emergency number", "Over-reassurance", "Stale content",
        "does not render", "errors or stops mid-check", "trap word",
    ];

    [Fact]
    public void EveryHazardNamesTestsThatExist()
    {
        var log = File.ReadAllText(RepositoryRoot.Combine("docs", "clinical-safety.md"));
        var hazards = Hazard().Split(log).Skip(1).ToList();
        var tests = typeof(HazardLogTests).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods().Where(m => m.GetCustomAttributes<FactAttribute>(inherit: true).Any()).Select(m => $"{t.Name}.{m.Name}"))
            .ToHashSet(StringComparer.Ordinal);

        Assert.True(hazards.Count >= RequiredHazards.Length);
        foreach (var required in RequiredHazards)
        {
            Assert.Contains(hazards, h => h.Contains(required, StringComparison.OrdinalIgnoreCase));
        }

        foreach (var hazard in hazards)
        {
            var title = hazard.Split('\n')[0].Trim();
            var start = hazard.IndexOf("**Tests**", StringComparison.Ordinal);
            var end = hazard.IndexOf("**Residual risk**", StringComparison.Ordinal);
            Assert.True(start >= 0 && end > start, $"hazard '{title}' has no Tests entry before its residual risk");
            var named = TestName().Matches(hazard[start..end]).Select(m => m.Groups[1].Value).ToList();
            Assert.True(named.Count > 0, $"hazard '{title}' names no test");
            Assert.All(named, name => Assert.True(tests.Contains(name), $"hazard '{title}' names '{name}', which is not a test"));
        }
    }

    [GeneratedRegex(@"^### H\d+ ", RegexOptions.Multiline)]
    private static partial Regex Hazard();

    [GeneratedRegex(@"`([A-Za-z]+Tests\.[A-Za-z0-9]+)`")]
    private static partial Regex TestName();
}
