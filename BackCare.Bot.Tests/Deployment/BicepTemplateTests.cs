using System.Text.Json.Nodes;

namespace BackCare.Bot.Tests.Deployment;

/// <summary>
/// The deployment templates compile cleanly with the pinned bicep CLI, the committed ARM JSON is
/// that compiler's output, and the parameters file fits the template.
/// </summary>
public sealed class BicepTemplateTests
{
    private static string TemplatesFolder => RepositoryRoot.Combine("deploymentTemplates");

    private static string MainJsonPath => Path.Combine(TemplatesFolder, "main.json");

    private static string ParametersPath => Path.Combine(TemplatesFolder, "main.parameters.json");

    public static TheoryData<string> BicepFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(TemplatesFolder, "*.bicep", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(TemplatesFolder, file).Replace('\\', '/'));
        }

        return data;
    }

    [BicepTheory]
    [MemberData(nameof(BicepFiles))]
    public async Task EveryBicepFileBuildsWithoutErrorsOrWarnings(string file)
    {
        var result = await BicepCli.RunAsync(["build", file, "--stdout"], TemplatesFolder);

        Assert.True(result.IsClean, $"bicep build {file}: {result.Describe()}");
        Assert.NotNull(JsonNode.Parse(result.StandardOutput));
    }

    [BicepFact]
    public async Task EveryBicepFileIsLintClean()
    {
        var result = await BicepCli.RunAsync(["lint", "--pattern", "**/*.bicep"], TemplatesFolder);

        Assert.True(result.IsClean, $"bicep lint: {result.Describe()}");
    }

    [BicepFact]
    public async Task CommittedArmTemplateIsTheBuildOutputOfMainBicep()
    {
        var result = await BicepCli.RunAsync(["build", "main.bicep", "--stdout"], TemplatesFolder);
        var committed = File.ReadAllText(MainJsonPath);

        Assert.True(result.IsClean, $"bicep build main.bicep: {result.Describe()}");
        // The CLI version is pinned, so the whole file (including metadata._generator) must match.
        Assert.True(
            Normalize(committed) == Normalize(result.StandardOutput),
            "deploymentTemplates/main.json is stale: run 'bicep build main.bicep --outfile main.json' in deploymentTemplates/ with bicep "
            + BicepCli.Version + " and commit the result.");
    }

    [BicepFact]
    public async Task PinnedBicepCliIsTheVersionThatCompiledMainJson()
    {
        var result = await BicepCli.RunAsync(["--version"], TemplatesFolder);
        var generator = (string?)ArmTemplate.Load(MainJsonPath).Root["metadata"]?["_generator"]?["version"];

        Assert.Contains(BicepCli.Version, result.StandardOutput, StringComparison.Ordinal);
        Assert.NotNull(generator);
        Assert.StartsWith(BicepCli.Version + ".", generator, StringComparison.Ordinal);
    }

    [Fact]
    public void BicepConfigTurnsEveryLinterRuleOnAtWarningOrError()
    {
        var config = JsonNode.Parse(File.ReadAllText(Path.Combine(TemplatesFolder, "bicepconfig.json")))!;
        var core = config["analyzers"]?["core"];
        var rules = core?["rules"]?.AsObject() ?? [];

        var quiet = rules
            .Where(r => (string?)r.Value?["level"] is not ("warning" or "error"))
            .Select(r => r.Key)
            .ToList();

        Assert.NotEqual(false, (bool?)core?["enabled"]);
        Assert.Contains("use-recent-api-versions", rules.Select(r => r.Key));
        Assert.Empty(quiet);
    }

    [Fact]
    public void ParametersFileOnlySetsTemplateParametersWithValuesOfTheDeclaredType()
    {
        var template = ArmTemplate.Load(MainJsonPath);
        var parameters = ReadParametersFile();

        var problems = new List<string>();
        foreach (var (name, entry) in parameters)
        {
            if (template.Parameters[name] is not JsonObject declaration)
            {
                problems.Add($"{name}: not a parameter of main.bicep.");
                continue;
            }

            if (entry?["value"] is not { } value)
            {
                problems.Add($"{name}: has no 'value' (Key Vault references belong on the command line).");
                continue;
            }

            problems.AddRange(ArmParameterValidator.Validate(template, name, value, declaration));
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Fact]
    public void ParametersFileSuppliesEveryRequiredParameterExceptSecureOnes()
    {
        var template = ArmTemplate.Load(MainJsonPath);
        var parameters = ReadParametersFile();

        var missing = template.Parameters
            .Where(p => p.Value is JsonObject declaration
                && !declaration.ContainsKey("defaultValue")
                && !template.IsSecure(declaration)
                && !parameters.ContainsKey(p.Key))
            .Select(p => p.Key)
            .ToList();

        Assert.Empty(missing);
    }

    [Fact]
    public void ParametersFileDeclaresTheArmDeploymentParametersSchema()
    {
        var file = JsonNode.Parse(File.ReadAllText(ParametersPath))!;

        Assert.Equal(
            "https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#",
            (string?)file["$schema"]);
        Assert.Equal("1.0.0.0", (string?)file["contentVersion"]);
    }

    private static JsonObject ReadParametersFile() =>
        JsonNode.Parse(File.ReadAllText(ParametersPath))?["parameters"]?.AsObject()
            ?? throw new InvalidOperationException("main.parameters.json has no 'parameters' object.");

    private static string Normalize(string json) => json.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd();
}
