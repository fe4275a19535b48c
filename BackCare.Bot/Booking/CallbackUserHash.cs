using System.Security.Cryptography;
using System.Text;

namespace BackCare.Bot.Booking;

/// <summary>
/// How a call-back request names who made it without storing their ids: the lowercase hex SHA-256 of the UTF-8
/// "{channelId}\n{userId}". The store and "delete my data" both use it, so erasure finds exactly that user's requests.
/// </summary>
public static class CallbackUserHash
{
    public static string For(string channelId, string userId)
    {
        ArgumentException.ThrowIfNullOrEmpty(channelId);
        ArgumentException.ThrowIfNullOrEmpty(userId);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{channelId}\n{userId}")));
    }
}
