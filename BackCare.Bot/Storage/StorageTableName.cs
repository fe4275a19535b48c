using System.Text.RegularExpressions;

namespace BackCare.Bot.Storage;

/// <summary>
/// The SQL table a storage instance uses. Table names cannot be bound as parameters, so they are
/// interpolated into the SQL; they come from code, never from users, and this check keeps it that way.
/// </summary>
public static partial class StorageTableName
{
    /// <summary>Conversation and user state (Storage/Schema/*/0001_state.sql).</summary>
    public const string State = "bot_state";

    /// <summary>The symptom-check audit trail, kept apart from state with its own retention (0002_audit.sql).</summary>
    public const string SymptomCheckAudit = "symptom_check_audit";

    /// <summary>Call-back requests and their delivery records, kept until they reach the clinic (0003_callbacks.sql).</summary>
    public const string CallbackRequests = "callback_requests";

    /// <summary>Returns <paramref name="tableName"/> when it is a plain lower-case SQL identifier; throws otherwise.</summary>
    public static string Validate(string tableName)
    {
        ArgumentNullException.ThrowIfNull(tableName);
        return Identifier().IsMatch(tableName)
            ? tableName
            : throw new ArgumentException($"'{tableName}' is not a valid table name (expected ^[a-z_][a-z0-9_]*$).", nameof(tableName));
    }

    // \z, not $: in .NET "$" also matches before a final newline, so "bot_state\n" would pass.
    [GeneratedRegex(@"^[a-z_][a-z0-9_]*\z", RegexOptions.CultureInvariant)]
    private static partial Regex Identifier();
}
