namespace BackCare.Bot.Tests.Deployment;

/// <summary>The theory counterpart of <see cref="BicepFactAttribute"/>.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class BicepTheoryAttribute : TheoryAttribute
{
    public BicepTheoryAttribute()
    {
        Skip = BicepCli.SkipReason;
    }
}
