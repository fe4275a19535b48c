using BackCare.Bot.Tests.Deployment;

namespace BackCare.Bot.Tests.Channels.WebChat;

/// <summary>
/// What the website chat's browser and Node tests need: Debian's Chromium, Node.js and the test packages
/// (BackCare.Bot.Tests/WebChat, installed by scripts/test-prereqs-webchat.sh). Missing on a developer machine,
/// the tests skip with the reason; with CI set they run, and fail.
/// </summary>
internal static class WebChatTooling
{
    public const string ChromiumPath = "/usr/bin/chromium";

    public static readonly string[] ChromiumArgs =
        ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

    public static string PackageDirectory => RepositoryRoot.Combine("BackCare.Bot.Tests", "WebChat");

    public static string AxeScriptPath => Path.Combine(PackageDirectory, "node_modules", "axe-core", "axe.min.js");

    public static string DirectLineClientPath => Path.Combine(PackageDirectory, "node_modules", "botframework-directlinejs", "package.json");

    public static bool IsRunningInCi => !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"))
        && !string.Equals(Environment.GetEnvironmentVariable("CI"), "false", StringComparison.OrdinalIgnoreCase);

    public static string? NodePath { get; } = FindOnPath("node");

    public static string? BrowserSkipReason => SkipUnlessCi(
        (File.Exists(ChromiumPath), $"Chromium is not installed at {ChromiumPath} (run scripts/test-prereqs-webchat.sh as root)"),
        (File.Exists(AxeScriptPath), $"axe-core is not installed in {PackageDirectory} (run scripts/test-prereqs-webchat.sh, or npm ci there)"));

    public static string? NodeSkipReason => SkipUnlessCi(
        (NodePath is not null, "Node.js (node) is not on the PATH"),
        (File.Exists(DirectLineClientPath), $"botframework-directlinejs is not installed in {PackageDirectory} (run scripts/test-prereqs-webchat.sh, or npm ci there)"));

    private static string? SkipUnlessCi(params (bool Present, string Missing)[] needs)
    {
        var missing = needs.Where(n => !n.Present).Select(n => n.Missing).ToList();
        return missing.Count == 0 || IsRunningInCi ? null : string.Join("; ", missing) + ".";
    }

    private static string? FindOnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(directory => Path.Combine(directory, program))
            .FirstOrDefault(File.Exists);
}
