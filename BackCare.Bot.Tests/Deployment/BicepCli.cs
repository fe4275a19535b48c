using System.Diagnostics;
using System.Runtime.InteropServices;

namespace BackCare.Bot.Tests.Deployment;

/// <summary>
/// The bicep CLI restored by the test project's PackageDownload of Azure.Bicep.CommandLine.linux-x64.
/// The version is pinned so that the committed main.json is byte-for-byte what this CLI produces.
/// </summary>
internal static class BicepCli
{
    /// <summary>Keep in step with the PackageDownload version in BackCare.Bot.Tests.csproj.</summary>
    public const string Version = "0.49.2";

    private const string PackageId = "azure.bicep.commandline.linux-x64";

    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    private static readonly Lazy<string?> Executable = new(Locate);

    public static string? ExecutablePath => Executable.Value;

    public static string ExpectedPath => Path.Combine(NuGetPackageRoot(), PackageId, Version, "tools", "bicep");

    /// <summary>CI must prove the templates build; a developer machine without the CLI may skip.</summary>
    public static bool IsRunningInCi =>
        string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase)
        || Environment.GetEnvironmentVariable("CI") == "1";

    public static string MissingReason =>
        $"bicep CLI {Version} (linux-x64) not found at {ExpectedPath}; run 'dotnet restore' on BackCare.Bot.Tests on Linux x64.";

    /// <summary>Why a bicep test skips here, or null when it must run (the CLI is present, or this is CI).</summary>
    public static string? SkipReason => ExecutablePath is null && !IsRunningInCi ? MissingReason : null;

    public static async Task<BicepResult> RunAsync(IEnumerable<string> arguments, string workingDirectory)
    {
        var executable = ExecutablePath ?? throw new InvalidOperationException(MissingReason);
        var startInfo = new ProcessStartInfo(executable)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        // Keep the CLI offline and quiet: no telemetry, no update checks.
        startInfo.Environment["BICEP_TELEMETRY_ENABLED"] = "false";
        startInfo.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";

        using var process = Process.Start(startInfo) ?? throw new InvalidOperationException($"Could not start {executable}.");
        using var timeout = new CancellationTokenSource(Timeout);
        var standardOutput = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var standardError = process.StandardError.ReadToEndAsync(timeout.Token);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"bicep {string.Join(' ', startInfo.ArgumentList)} did not finish within {Timeout}.");
        }

        return new BicepResult(process.ExitCode, await standardOutput, await standardError);
    }

    private static string? Locate()
    {
        if (!OperatingSystem.IsLinux() || RuntimeInformation.OSArchitecture != Architecture.X64)
        {
            return null;
        }

        var path = ExpectedPath;
        if (!File.Exists(path))
        {
            return null;
        }

        // NuGet extracts package files without guaranteeing the execute bit.
        var mode = File.GetUnixFileMode(path);
        if ((mode & UnixFileMode.UserExecute) == 0)
        {
            File.SetUnixFileMode(path, mode | UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute);
        }

        return path;
    }

    private static string NuGetPackageRoot()
    {
        var configured = Environment.GetEnvironmentVariable("NUGET_PACKAGES");
        return string.IsNullOrEmpty(configured)
            ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages")
            : configured;
    }
}
