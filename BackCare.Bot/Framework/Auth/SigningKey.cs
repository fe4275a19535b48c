using Microsoft.IdentityModel.Tokens;

namespace BackCare.Bot.Framework.Auth;

/// <summary>
/// One published signing key and the channel ids it is endorsed for (protocol.md R3.6).
/// Endorsements is null when the JWKS entry has no "endorsements" array (every Azure AD key).
/// </summary>
internal sealed record SigningKey(string KeyId, SecurityKey Key, IReadOnlyList<string>? Endorsements);
