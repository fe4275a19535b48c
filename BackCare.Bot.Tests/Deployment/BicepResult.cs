namespace BackCare.Bot.Tests.Deployment;

/// <summary>What one run of the bicep CLI printed and returned.</summary>
internal sealed record BicepResult(int ExitCode, string StandardOutput, string StandardError)
{
    /// <summary>Bicep exits 0 even when it prints warnings, so a clean run also has nothing on stderr.</summary>
    public bool IsClean => ExitCode == 0 && string.IsNullOrWhiteSpace(StandardError);

    public string Describe() => $"exit code {ExitCode}; stderr:\n{StandardError}";
}
