using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace BackCare.Bot.Tests.Deployment;

/// <summary>
/// A deployed bot cannot start with a missing setting, and no secret travels through a parameter
/// default, the parameters file or an output. Reads the committed, compiled main.json.
/// </summary>
public sealed partial class DeploymentSettingsTests
{
    private const string KeyVaultReference = "@Microsoft.KeyVault(";

    /// <summary>Settings with no default in appsettings.json that the deployed bot still needs.</summary>
    private static readonly string[] DeploymentOnlySettings =
    [
        "MicrosoftAppType",
        "MicrosoftAppId",
        "MicrosoftAppTenantId",
        "Storage__Provider",
        "ConnectionStrings__BotState",
    ];

    private static readonly ArmTemplate Template = ArmTemplate.Load(RepositoryRoot.Combine("deploymentTemplates", "main.json"));

    [Fact]
    public void WebAppSetsEverySettingTheBotReadsFromAppSettingsJson()
    {
        var required = AppSettingsKeys.Read(RepositoryRoot.Combine("BackCare.Bot", "appsettings.json"));
        var settings = WebAppSettings();

        var missing = required.Where(key => !settings.ContainsKey(key)).ToList();

        Assert.NotEmpty(required);
        Assert.True(missing.Count == 0, "App settings missing from the Web App in main.json: " + string.Join(", ", missing));
    }

    [Fact]
    public void WebAppSetsBotIdentityAndStateStoreSettings()
    {
        var settings = WebAppSettings();

        var missing = DeploymentOnlySettings.Where(key => !settings.ContainsKey(key)).ToList();

        Assert.Empty(missing);
    }

    [Fact]
    public void RequiredSettingsAreNeverEmptyLiterals()
    {
        var required = AppSettingsKeys.Read(RepositoryRoot.Combine("BackCare.Bot", "appsettings.json")).Concat(DeploymentOnlySettings);
        var settings = WebAppSettings();

        var empty = required
            .Where(key => settings.TryGetValue(key, out var value) && value is JsonValue literal && literal.ToString().Length == 0)
            .ToList();

        Assert.Empty(empty);
    }

    [Theory]
    [InlineData("ConnectionStrings__BotState")]
    [InlineData("MicrosoftAppPassword")]
    [InlineData("DirectLine__Secret")]
    public void SecretSettingsAreKeyVaultReferences(string key)
    {
        var (template, settings) = WebAppSettingsWithTemplate();

        var expression = template.ExpandVariables(settings[key]?.ToString() ?? string.Empty);

        Assert.Contains(KeyVaultReference, expression, StringComparison.Ordinal);
        Assert.DoesNotMatch(SecureParameterReference(template), expression);
    }

    [Fact]
    public void WebAppResolvesKeyVaultReferencesWithItsUserAssignedIdentity()
    {
        var (_, site) = Assert.Single(Template.FindResources("Microsoft.Web/sites"));

        var referenceIdentity = ParameterNames((string?)site["properties"]?["keyVaultReferenceIdentity"]);
        var assignedIdentities = site["identity"]?["userAssignedIdentities"]?.AsObject().SelectMany(i => ParameterNames(i.Key)).ToList() ?? [];

        Assert.Equal("UserAssigned", (string?)site["identity"]?["type"]);
        Assert.Single(referenceIdentity);
        Assert.Contains(referenceIdentity[0], assignedIdentities);
    }

    [Fact]
    public void SecretLookingParametersAreSecureAndHaveNoDefault()
    {
        var problems = new List<string>();
        foreach (var template in Template.SelfAndNested())
        {
            foreach (var (name, node) in template.Parameters)
            {
                var declaration = (JsonObject)node!;
                if (!SecretNames.LookSecret(name))
                {
                    continue;
                }

                if (!template.IsSecure(declaration))
                {
                    problems.Add($"{template.Location}: parameter '{name}' must be @secure().");
                }

                if (declaration.ContainsKey("defaultValue"))
                {
                    problems.Add($"{template.Location}: parameter '{name}' must not have a default.");
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Fact]
    public void SecureParametersHaveNoDefault()
    {
        var withDefaults = Template.SelfAndNested()
            .SelectMany(t => t.Parameters
                .Where(p => t.IsSecure((JsonObject)p.Value!) && ((JsonObject)p.Value!).ContainsKey("defaultValue"))
                .Select(p => $"{t.Location}: {p.Key}"))
            .ToList();

        Assert.Contains(Template.Parameters, p => Template.IsSecure((JsonObject)p.Value!));
        Assert.Empty(withDefaults);
    }

    [Fact]
    public void ParametersFileHoldsNoSecret()
    {
        var file = JsonNode.Parse(File.ReadAllText(RepositoryRoot.Combine("deploymentTemplates", "main.parameters.json")))!;
        var names = file["parameters"]!.AsObject().Select(p => p.Key).ToList();

        var secrets = names
            .Where(name => SecretNames.LookSecret(name)
                || (Template.Parameters[name] is JsonObject declaration && Template.IsSecure(declaration)))
            .ToList();

        Assert.NotEmpty(names);
        Assert.Empty(secrets);
    }

    [Fact]
    public void OutputsNeverExposeSecrets()
    {
        var problems = new List<string>();
        foreach (var template in Template.SelfAndNested())
        {
            var secureParameter = SecureParameterReference(template);
            foreach (var (name, node) in template.Outputs)
            {
                var output = (JsonObject)node!;
                var type = ((string?)template.ResolveSchema(output)["type"])?.ToLowerInvariant();
                var value = template.ExpandVariables(output["value"]?.ToJsonString() ?? string.Empty);

                if (SecretNames.LookSecret(name))
                {
                    problems.Add($"{template.Location}: output '{name}' is named like a secret.");
                }

                if (type is "securestring" or "secureobject")
                {
                    problems.Add($"{template.Location}: output '{name}' is a secure type.");
                }

                if (ListFunction().IsMatch(value) || secureParameter.IsMatch(value) || value.Contains(KeyVaultReference, StringComparison.Ordinal))
                {
                    problems.Add($"{template.Location}: output '{name}' is computed from a secret: {value}");
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    private static Dictionary<string, JsonNode?> WebAppSettings() => WebAppSettingsWithTemplate().Settings;

    /// <summary>
    /// Every app setting the template gives the Web App, from sites/config 'appsettings' resources and
    /// from siteConfig.appSettings. Names must be literal, or the check could not see them.
    /// </summary>
    private static (ArmTemplate Template, Dictionary<string, JsonNode?> Settings) WebAppSettingsWithTemplate()
    {
        var settings = new Dictionary<string, JsonNode?>(StringComparer.OrdinalIgnoreCase);
        ArmTemplate? owner = null;

        foreach (var (template, config) in Template.FindResources("Microsoft.Web/sites/config"))
        {
            if (((string?)config["name"])?.Contains("appsettings", StringComparison.OrdinalIgnoreCase) != true)
            {
                continue;
            }

            var properties = config["properties"] as JsonObject
                ?? throw new InvalidOperationException($"{template.Location}: app settings must be an object with literal names.");
            foreach (var (name, value) in properties)
            {
                settings[name] = value;
            }

            owner = template;
        }

        foreach (var (template, site) in Template.FindResources("Microsoft.Web/sites"))
        {
            if (site["properties"]?["siteConfig"]?["appSettings"] is JsonArray entries)
            {
                foreach (var entry in entries)
                {
                    var name = (string?)entry?["name"] ?? throw new InvalidOperationException($"{template.Location}: app setting without a literal name.");
                    settings[name] = entry!["value"];
                }

                owner = template;
            }
        }

        Assert.NotNull(owner);
        return (owner, settings);
    }

    private static Regex SecureParameterReference(ArmTemplate template)
    {
        var secure = template.Parameters
            .Where(p => template.IsSecure((JsonObject)p.Value!))
            .Select(p => Regex.Escape(p.Key))
            .ToList();
        return secure.Count == 0
            ? new Regex("(?!)")
            : new Regex($@"parameters\('({string.Join('|', secure)})'\)", RegexOptions.IgnoreCase);
    }

    private static List<string> ParameterNames(string? expression) =>
        expression is null ? [] : ParameterReference().Matches(expression).Select(m => m.Groups["name"].Value).ToList();

    [GeneratedRegex(@"parameters\('(?<name>[^']+)'\)")]
    private static partial Regex ParameterReference();

    [GeneratedRegex(@"\blist[A-Za-z]*\(", RegexOptions.IgnoreCase)]
    private static partial Regex ListFunction();
}
