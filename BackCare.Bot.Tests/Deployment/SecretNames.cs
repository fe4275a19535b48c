using System.Text.RegularExpressions;

namespace BackCare.Bot.Tests.Deployment;

/// <summary>
/// Decides whether a parameter or output name suggests it carries a secret. Names ending in "Name"
/// (e.g. appPasswordSecretName) identify a secret without holding it, so they do not count.
/// </summary>
internal static partial class SecretNames
{
    private static readonly HashSet<string> SecretWords = new(StringComparer.Ordinal)
    {
        "password", "passwd", "pwd", "secret", "secrets", "credential", "credentials",
    };

    private static readonly HashSet<string> SecretTails = new(StringComparer.Ordinal)
    {
        "key", "keys", "token", "tokens",
    };

    public static bool LookSecret(string name)
    {
        var words = Words(name);
        if (words.Count == 0 || words[^1] is "name" or "names")
        {
            return false;
        }

        if (words.Any(SecretWords.Contains) || SecretTails.Contains(words[^1]))
        {
            return true;
        }

        for (var i = 0; i + 1 < words.Count; i++)
        {
            if (words[i] == "connection" && words[i + 1] is "string" or "strings")
            {
                return true;
            }
        }

        return name.Contains("connectionstring", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Splits camelCase, PascalCase, snake_case and kebab-case into lower-case words.</summary>
    public static IReadOnlyList<string> Words(string name) =>
        WordPattern().Matches(name).Select(m => m.Value.ToLowerInvariant()).ToList();

    [GeneratedRegex("[A-Z]+(?![a-z])|[A-Z]?[a-z]+|[0-9]+")]
    private static partial Regex WordPattern();
}
