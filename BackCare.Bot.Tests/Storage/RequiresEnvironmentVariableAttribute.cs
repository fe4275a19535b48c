namespace BackCare.Bot.Tests.Storage;

/// <summary>
/// Marks a test class whose <see cref="StoreFactAttribute"/> tests need an external server, named by an
/// environment variable. Without it they are skipped on a developer's machine and fail when CI=true,
/// so CI can never go green by silently skipping a backend.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class RequiresEnvironmentVariableAttribute(string variable, string howToSet) : Attribute
{
    public string Variable { get; } = variable;

    public string HowToSet { get; } = howToSet;
}
