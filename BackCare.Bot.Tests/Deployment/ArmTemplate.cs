using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace BackCare.Bot.Tests.Deployment;

/// <summary>
/// Read-only view of a compiled ARM template (either resource layout: the classic array or the
/// languageVersion 2.0 object keyed by symbolic name), including the templates of nested deployments
/// that Bicep modules compile into.
/// </summary>
internal sealed partial class ArmTemplate
{
    private const string DeploymentType = "Microsoft.Resources/deployments";

    private ArmTemplate(string location, JsonObject root)
    {
        Location = location;
        Root = root;
    }

    /// <summary>Where this template sits, e.g. "main.json" or "main.json > webApp".</summary>
    public string Location { get; }

    public JsonObject Root { get; }

    public JsonObject Parameters => Root["parameters"] as JsonObject ?? [];

    public JsonObject Variables => Root["variables"] as JsonObject ?? [];

    public JsonObject Outputs => Root["outputs"] as JsonObject ?? [];

    public static ArmTemplate Load(string path)
    {
        var root = JsonNode.Parse(File.ReadAllText(path))?.AsObject()
            ?? throw new InvalidOperationException($"{path} is not a JSON object.");
        return new ArmTemplate(System.IO.Path.GetFileName(path), root);
    }

    /// <summary>Resources declared directly in this template, with their symbolic name (or array index).</summary>
    public IEnumerable<(string Symbol, JsonObject Resource)> Resources()
    {
        switch (Root["resources"])
        {
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    if (array[i] is JsonObject resource)
                    {
                        yield return (i.ToString(System.Globalization.CultureInfo.InvariantCulture), resource);
                    }
                }

                break;
            case JsonObject map:
                foreach (var (symbol, node) in map)
                {
                    if (node is JsonObject resource)
                    {
                        yield return (symbol, resource);
                    }
                }

                break;
        }
    }

    public IEnumerable<(string Symbol, JsonObject Resource)> ResourcesOfType(string type) =>
        Resources().Where(r => string.Equals((string?)r.Resource["type"], type, StringComparison.OrdinalIgnoreCase));

    /// <summary>This template followed by every nested deployment template, depth first.</summary>
    public IEnumerable<ArmTemplate> SelfAndNested()
    {
        yield return this;
        foreach (var (symbol, deployment) in ResourcesOfType(DeploymentType))
        {
            if (deployment["properties"]?["template"] is JsonObject template)
            {
                var nested = new ArmTemplate($"{Location} > {symbol}", template);
                foreach (var descendant in nested.SelfAndNested())
                {
                    yield return descendant;
                }
            }
        }
    }

    /// <summary>Resources of a type anywhere in this template or its nested deployments.</summary>
    public IEnumerable<(ArmTemplate Template, JsonObject Resource)> FindResources(string type) =>
        SelfAndNested().SelectMany(t => t.ResourcesOfType(type).Select(r => (t, r.Resource)));

    /// <summary>
    /// The parameter declaration with any "$ref" to a user-defined type merged in, so callers see
    /// type, allowedValues, properties and limits in one object.
    /// </summary>
    public JsonObject ResolveSchema(JsonObject declaration)
    {
        var resolved = new JsonObject();
        if ((string?)declaration["$ref"] is { } reference)
        {
            const string prefix = "#/definitions/";
            if (!reference.StartsWith(prefix, StringComparison.Ordinal)
                || Root["definitions"]?[reference[prefix.Length..]] is not JsonObject definition)
            {
                throw new InvalidOperationException($"{Location}: cannot resolve type reference '{reference}'.");
            }

            foreach (var (key, value) in ResolveSchema(definition))
            {
                resolved[key] = value?.DeepClone();
            }
        }

        foreach (var (key, value) in declaration)
        {
            if (key != "$ref")
            {
                resolved[key] = value?.DeepClone();
            }
        }

        return resolved;
    }

    public bool IsSecure(JsonObject declaration) =>
        ((string?)ResolveSchema(declaration)["type"])?.ToLowerInvariant() is "securestring" or "secureobject";

    /// <summary>
    /// The text of an expression with every variables('x') replaced by that variable's own text,
    /// so a check on the expression also sees what the variables are made of.
    /// </summary>
    public string ExpandVariables(string expression)
    {
        for (var depth = 0; depth < 10; depth++)
        {
            var expanded = VariableReference().Replace(expression, match =>
                Variables[match.Groups["name"].Value]?.ToJsonString() ?? match.Value);
            if (expanded == expression)
            {
                break;
            }

            expression = expanded;
        }

        return expression;
    }

    [GeneratedRegex(@"variables\('(?<name>[^']+)'\)")]
    private static partial Regex VariableReference();
}
