using System.Text.Json;
using System.Text.Json.Nodes;

namespace BackCare.Bot.Tests.Deployment;

/// <summary>
/// Checks a parameters-file value against a template parameter's declared type, the way ARM would
/// before deploying: type, allowed values, length and range limits, and object/array shapes.
/// </summary>
internal static class ArmParameterValidator
{
    public static IEnumerable<string> Validate(ArmTemplate template, string path, JsonNode? value, JsonObject declaration)
    {
        var schema = template.ResolveSchema(declaration);
        var type = ((string?)schema["type"])?.ToLowerInvariant();
        var kind = value?.GetValueKind() ?? JsonValueKind.Null;

        if (kind == JsonValueKind.Null)
        {
            if (schema["nullable"]?.GetValue<bool>() != true)
            {
                yield return $"{path}: null is not allowed.";
            }

            yield break;
        }

        var typeMatches = type switch
        {
            "string" or "securestring" => kind == JsonValueKind.String,
            "int" => kind == JsonValueKind.Number,
            "bool" => kind is JsonValueKind.True or JsonValueKind.False,
            "object" or "secureobject" => kind == JsonValueKind.Object,
            "array" => kind == JsonValueKind.Array,
            _ => false,
        };
        if (!typeMatches)
        {
            yield return $"{path}: a {kind} value does not fit declared type '{type}'.";
            yield break;
        }

        if (schema["allowedValues"] is JsonArray allowed
            && type != "array"
            && !allowed.Any(a => JsonNode.DeepEquals(a, value)))
        {
            yield return $"{path}: {value!.ToJsonString()} is not one of {allowed.ToJsonString()}.";
        }

        foreach (var problem in CheckLimits(schema, path, value!, kind))
        {
            yield return problem;
        }

        if (type is "object" or "secureobject")
        {
            foreach (var problem in ValidateObject(template, path, value!.AsObject(), schema))
            {
                yield return problem;
            }
        }

        if (type == "array" && schema["items"] is JsonObject items)
        {
            var array = value!.AsArray();
            for (var i = 0; i < array.Count; i++)
            {
                foreach (var problem in Validate(template, $"{path}[{i}]", array[i], items))
                {
                    yield return problem;
                }
            }
        }
    }

    private static IEnumerable<string> CheckLimits(JsonObject schema, string path, JsonNode value, JsonValueKind kind)
    {
        var length = kind switch
        {
            JsonValueKind.String => value.GetValue<string>().Length,
            JsonValueKind.Array => value.AsArray().Count,
            _ => (int?)null,
        };
        if (length is { } actual)
        {
            if (schema["minLength"] is JsonNode min && actual < min.GetValue<int>())
            {
                yield return $"{path}: length {actual} is below minLength {min}.";
            }

            if (schema["maxLength"] is JsonNode max && actual > max.GetValue<int>())
            {
                yield return $"{path}: length {actual} is above maxLength {max}.";
            }
        }

        if (kind == JsonValueKind.Number)
        {
            var number = value.GetValue<long>();
            if (schema["minValue"] is JsonNode min && number < min.GetValue<long>())
            {
                yield return $"{path}: {number} is below minValue {min}.";
            }

            if (schema["maxValue"] is JsonNode max && number > max.GetValue<long>())
            {
                yield return $"{path}: {number} is above maxValue {max}.";
            }
        }
    }

    private static IEnumerable<string> ValidateObject(ArmTemplate template, string path, JsonObject value, JsonObject schema)
    {
        var properties = schema["properties"] as JsonObject ?? [];
        foreach (var (name, declaration) in properties)
        {
            var property = (JsonObject)declaration!;
            if (value.TryGetPropertyValue(name, out var propertyValue))
            {
                foreach (var problem in Validate(template, $"{path}.{name}", propertyValue, property))
                {
                    yield return problem;
                }
            }
            else if (template.ResolveSchema(property)["nullable"]?.GetValue<bool>() != true)
            {
                yield return $"{path}: required property '{name}' is missing.";
            }
        }

        foreach (var (name, propertyValue) in value)
        {
            if (properties.ContainsKey(name))
            {
                continue;
            }

            switch (schema["additionalProperties"])
            {
                case JsonObject additional:
                    foreach (var problem in Validate(template, $"{path}.{name}", propertyValue, additional))
                    {
                        yield return problem;
                    }

                    break;
                case JsonValue flag when flag.GetValue<bool>():
                    break;
                case null when properties.Count == 0:
                    // A plain 'object' parameter accepts any shape.
                    break;
                default:
                    // Stricter than ARM: an undeclared property in a typed object is most likely a typo.
                    yield return $"{path}: property '{name}' is not declared by the type.";
                    break;
            }
        }
    }
}
