using System.Text.RegularExpressions;

namespace BackCare.Bot.Tests.Framework;

/// <summary>Framework/ is our mini Bot Builder and knows nothing of BackCare (STYLE.md §9 convention 15).</summary>
public sealed partial class FrameworkBoundaryTests
{
    [Fact]
    public void FrameworkUsesNoBackCareNamespaceOutsideFramework()
    {
        var frameworkDirectory = Path.Combine(FindRepositoryRoot(), "BackCare.Bot", "Framework");
        var files = Directory.GetFiles(frameworkDirectory, "*.cs", SearchOption.AllDirectories);

        var violations = files
            .SelectMany(file => File.ReadLines(file).Select((line, index) => (file, line, number: index + 1)))
            .Where(l => FindsForbiddenUsing(l.line))
            .Select(l => $"{Path.GetRelativePath(frameworkDirectory, l.file)}:{l.number}: {l.line.Trim()}")
            .ToList();

        Assert.True(files.Length > 20, $"Only {files.Length} files found under {frameworkDirectory}.");
        Assert.True(violations.Count == 0, "Framework/ must not use app namespaces:" + Environment.NewLine + string.Join(Environment.NewLine, violations));
    }

    [Theory]
    [InlineData("using BackCare.Bot.Dialogs;", true)]
    [InlineData("using BackCare.Bot.Content;", true)]
    [InlineData("    using BackCare.Bot.Channels.Teams;", true)]
    [InlineData("global using BackCare.Bot.Booking;", true)]
    [InlineData("using static BackCare.Bot.Content.ResponseKeys;", true)]
    [InlineData("using Keys = BackCare.Bot.Content.ResponseKeys;", true)]
    [InlineData("using BackCare.Bot.Framework.Schema;", false)]
    [InlineData("using BackCare.Bot.Framework;", false)]
    [InlineData("using BackCare.Bot.FrameworkExtras;", true)]
    [InlineData("using System.Text.Json;", false)]
    [InlineData("// using BackCare.Bot.Dialogs;", false)]
    public void RecognisesForbiddenUsingLines(string line, bool forbidden)
    {
        Assert.Equal(forbidden, FindsForbiddenUsing(line));
    }

    private static bool FindsForbiddenUsing(string line) => ForbiddenUsing().IsMatch(line);

    /// <summary>Walks up from the test binaries to the folder that holds BackCare.sln.</summary>
    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "BackCare.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No BackCare.sln above {AppContext.BaseDirectory}.");
    }

    [GeneratedRegex(@"^\s*(global\s+)?using\s+(static\s+)?(\w+\s*=\s*)?BackCare\.Bot\.(?!Framework(\.|;|\s))")]
    private static partial Regex ForbiddenUsing();
}
