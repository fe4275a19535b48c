using Xunit.Abstractions;
using Xunit.Sdk;

namespace BackCare.Bot.Tests.Storage;

/// <summary>
/// Discovers <see cref="StoreFactAttribute"/> tests. For a class marked <see cref="RequiresEnvironmentVariableAttribute"/>
/// whose variable is unset, each test is skipped with the reason, or, when CI=true, fails with it.
/// </summary>
public sealed class StoreFactDiscoverer(IMessageSink diagnosticMessageSink) : FactDiscoverer(diagnosticMessageSink)
{
    protected override IXunitTestCase CreateTestCase(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute)
    {
        var requirement = testMethod.TestClass.Class.ToRuntimeType()
            .GetCustomAttributes(typeof(RequiresEnvironmentVariableAttribute), inherit: false)
            .Cast<RequiresEnvironmentVariableAttribute>()
            .SingleOrDefault();
        if (requirement is null || !string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(requirement.Variable)))
        {
            return base.CreateTestCase(discoveryOptions, testMethod, factAttribute);
        }

        var display = discoveryOptions.MethodDisplayOrDefault();
        var displayOptions = discoveryOptions.MethodDisplayOptionsOrDefault();
        var reason = $"{requirement.Variable} is not set. {requirement.HowToSet}";
        return IsCi()
            ? new ExecutionErrorTestCase(DiagnosticMessageSink, display, displayOptions, testMethod, $"CI must run this test, but {reason}")
            : new XunitSkippedDataRowTestCase(DiagnosticMessageSink, display, displayOptions, testMethod, reason);
    }

    private static bool IsCi() =>
        string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
}
