using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace BackCare.Bot.Channels.DirectLine;

/// <summary>Unguessable conversation and user ids, and the shape a caller-supplied user id must have.</summary>
public static partial class DirectLineIds
{
    /// <summary>The prefix Direct Line's enhanced authentication requires of user ids it forces on activities.</summary>
    public const string UserPrefix = "dl_";

    public static string NewConversationId() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    public static string NewUserId() => UserPrefix + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    /// <summary>Letters, digits and <c>_-.:</c>, at most 64 characters.</summary>
    public static bool IsAcceptableUserId(string? id) => id is not null && UserIdPattern().IsMatch(id);

    [GeneratedRegex("^[A-Za-z0-9_.:-]{1,64}$")]
    private static partial Regex UserIdPattern();
}
