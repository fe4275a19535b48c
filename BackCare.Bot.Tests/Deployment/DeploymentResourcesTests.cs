using System.Text.Json.Nodes;

namespace BackCare.Bot.Tests.Deployment;

/// <summary>
/// The compiled template deploys what issue 4 asks for: a scalable .NET 10 Linux Web App, a bot
/// registration with the Teams, Direct Line and Web Chat channels, and a Key Vault the bot reads with RBAC.
/// </summary>
public sealed class DeploymentResourcesTests
{
    private static readonly ArmTemplate Template = ArmTemplate.Load(RepositoryRoot.Combine("deploymentTemplates", "main.json"));

    [Fact]
    public void WebAppRunsDotNet10OnLinuxOverHttpsOnlyWithAlwaysOnAndHealthCheck()
    {
        var (_, site) = Assert.Single(Template.FindResources("Microsoft.Web/sites"));
        var properties = site["properties"]!;
        var siteConfig = properties["siteConfig"]!;

        Assert.Equal("app,linux", (string?)site["kind"]);
        Assert.True((bool?)properties["httpsOnly"]);
        Assert.Equal("DOTNETCORE|10.0", (string?)siteConfig["linuxFxVersion"]);
        Assert.True((bool?)siteConfig["alwaysOn"]);
        Assert.Equal("/healthz", (string?)siteConfig["healthCheckPath"]);
    }

    [Fact]
    public void AppServicePlanIsLinuxWithInstanceCountFromParameters()
    {
        var (_, plan) = Assert.Single(Template.FindResources("Microsoft.Web/serverfarms"));
        var capacity = plan["sku"]?["capacity"]?.ToString() ?? string.Empty;

        Assert.True((bool?)plan["properties"]?["reserved"], "A Linux plan needs reserved: true.");
        Assert.StartsWith("[", capacity, StringComparison.Ordinal);
        Assert.Contains("instanceCount", Template.Resources().Single(r => r.Symbol == "webApp").Resource["properties"]!["parameters"]!.AsObject().Select(p => p.Key));
        Assert.True(Template.Parameters.ContainsKey("instanceCount"));
    }

    [Fact]
    public void BotDefaultsToUserAssignedManagedIdentityAndAllowsSingleTenant()
    {
        var appType = Template.ResolveSchema(Template.Parameters["appType"]!.AsObject());
        var (_, bot) = Assert.Single(Template.FindResources("Microsoft.BotService/botServices"));

        Assert.Equal("UserAssignedMSI", (string?)appType["defaultValue"]);
        Assert.Equal(["SingleTenant", "UserAssignedMSI"], appType["allowedValues"]!.AsArray().Select(v => (string?)v).Order());
        Assert.Equal("azurebot", (string?)bot["kind"]);
        Assert.Equal("global", (string?)bot["location"]);
        Assert.NotNull(bot["properties"]?["msaAppMSIResourceId"]);
        Assert.Contains("https://{0}/api/messages", Template.Resources().Single(r => r.Symbol == "bot").Resource["properties"]!["parameters"]!["endpoint"]!["value"]!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void BotHasTeamsDirectLineAndWebChatChannels()
    {
        var channels = Template.FindResources("Microsoft.BotService/botServices/channels")
            .Select(c => (string?)c.Resource["properties"]?["channelName"])
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.Equal(["DirectLineChannel", "MsTeamsChannel", "WebChatChannel"], channels);
    }

    [Fact]
    public void KeyVaultUsesRbacAndGrantsTheBotIdentitySecretsUser()
    {
        const string secretsUserRole = "4633458b-17de-408a-b874-0445c86b69e6";
        var (_, vault) = Assert.Single(Template.FindResources("Microsoft.KeyVault/vaults"), v => v.Resource["existing"] is null);
        var (template, assignment) = Assert.Single(Template.FindResources("Microsoft.Authorization/roleAssignments"));
        var roleDefinition = template.ExpandVariables(assignment["properties"]?["roleDefinitionId"]?.ToString() ?? string.Empty);

        Assert.True((bool?)vault["properties"]?["enableRbacAuthorization"]);
        Assert.Contains(secretsUserRole, roleDefinition, StringComparison.Ordinal);
        Assert.Equal("ServicePrincipal", (string?)assignment["properties"]?["principalType"]);
    }

    [Fact]
    public void PostgresConnectionStringIsWrittenToKeyVaultNotOutput()
    {
        var (template, secret) = Assert.Single(Template.FindResources("Microsoft.KeyVault/vaults/secrets"));
        var value = template.ExpandVariables(secret["properties"]?["value"]?.ToString() ?? string.Empty);

        Assert.Single(Template.FindResources("Microsoft.DBforPostgreSQL/flexibleServers"));
        Assert.Single(Template.FindResources("Microsoft.DBforPostgreSQL/flexibleServers/databases"));
        Assert.Contains("Host=", value, StringComparison.Ordinal);
        Assert.Contains("parameters('administratorLoginPassword')", value, StringComparison.Ordinal);
        Assert.DoesNotContain(template.Outputs, o => o.Value!.ToJsonString().Contains("administratorLoginPassword", StringComparison.Ordinal));
    }

    [Fact]
    public void ApplicationInsightsReceivesWebAppTelemetry()
    {
        var settings = Template.FindResources("Microsoft.Web/sites/config")
            .Select(c => c.Resource["properties"] as JsonObject)
            .OfType<JsonObject>()
            .SelectMany(p => p.Select(s => s.Key))
            .ToList();

        Assert.Single(Template.FindResources("Microsoft.Insights/components"), c => c.Resource["existing"] is null);
        Assert.Contains("APPLICATIONINSIGHTS_CONNECTION_STRING", settings);
    }
}
