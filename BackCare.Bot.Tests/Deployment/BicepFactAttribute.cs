namespace BackCare.Bot.Tests.Deployment;

/// <summary>
/// A fact that needs the bicep CLI. Skipped with a reason when the CLI is missing on a developer
/// machine; never skipped when CI=true, so a missing CLI fails the build there.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class BicepFactAttribute : FactAttribute
{
    public BicepFactAttribute()
    {
        Skip = BicepCli.SkipReason;
    }
}
