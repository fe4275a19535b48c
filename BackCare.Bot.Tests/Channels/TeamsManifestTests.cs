using System.Diagnostics;
using System.IO.Compression;
using System.Text.Json.Nodes;
using BackCare.Bot.Tests.Deployment;

namespace BackCare.Bot.Tests.Channels;

public sealed class TeamsManifestTests
{
    private static readonly string ManifestFolder = Path.Combine(RepositoryRoot.Path, "BackCare.Bot", "Channels", "Teams", "appManifest");

    [Fact]
    public void ManifestHasTheRequiredFieldsWithinTeamsLimits()
    {
        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(ManifestFolder, "manifest.json")))!;

        Assert.Equal("1.22", manifest["manifestVersion"]!.GetValue<string>());
        Assert.EndsWith("/v1.22/MicrosoftTeams.schema.json", manifest["$schema"]!.GetValue<string>());
        Assert.True(manifest["name"]!["short"]!.GetValue<string>().Length <= 30);
        Assert.True(manifest["name"]!["full"]!.GetValue<string>().Length <= 100);
        Assert.True(manifest["description"]!["short"]!.GetValue<string>().Length <= 80);
        Assert.True(manifest["description"]!["full"]!.GetValue<string>().Length <= 4000);
        Assert.True(manifest["developer"]!["name"]!.GetValue<string>().Length <= 32);
        Assert.Matches("^#[0-9A-Fa-f]{6}$", manifest["accentColor"]!.GetValue<string>());
        var bot = Assert.Single(manifest["bots"]!.AsArray())!;
        Assert.Equal("{{MICROSOFT_APP_ID}}", bot["botId"]!.GetValue<string>());
        Assert.All(bot["scopes"]!.AsArray(), s => Assert.Contains(s!.GetValue<string>(), new[] { "personal", "team", "groupChat" }));
    }

    [Fact]
    public void PackageScriptFillsTheAppIdAndZipsTheFilesAtTheRoot()
    {
        var output = Path.Combine(Path.GetTempPath(), $"teams-{Guid.NewGuid():N}.zip");
        const string appId = "0f8fad5b-d9cb-469f-a165-70867728950e";
        var script = Path.Combine(RepositoryRoot.Path, "deploymentTemplates", "scripts", "build-teams-package.sh");
        using var process = Process.Start(new ProcessStartInfo("bash", [script, appId, ManifestFolder, output]) { RedirectStandardError = true, RedirectStandardOutput = true })!;
        process.WaitForExit(30_000);
        Assert.True(process.ExitCode == 0, process.StandardError.ReadToEnd());

        using var zip = ZipFile.OpenRead(output);
        Assert.Equal(["color.png", "manifest.json", "outline.png"], zip.Entries.Select(e => e.FullName).Order());
        using var reader = new StreamReader(zip.GetEntry("manifest.json")!.Open());
        var manifest = JsonNode.Parse(reader.ReadToEnd())!;
        Assert.Equal(appId, manifest["bots"]![0]!["botId"]!.GetValue<string>());
        Assert.Equal(appId, manifest["id"]!.GetValue<string>());
        File.Delete(output);
    }
}
