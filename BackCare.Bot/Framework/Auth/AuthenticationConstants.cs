namespace BackCare.Bot.Framework.Auth;

/// <summary>Fixed values of the Bot Framework token protocol (protocol.md §3, §4).</summary>
internal static class AuthenticationConstants
{
    /// <summary>Industry-standard clock skew, as the SDK and the Connector docs use (R3.5 step 4).</summary>
    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    /// <summary>Signing keys may be cached for days (R3.7); an unknown kid triggers an earlier refetch.</summary>
    public static readonly TimeSpan KeyCacheLifetime = TimeSpan.FromDays(5);

    /// <summary>At most one unknown-kid refetch per key set in this window, so forged kids cannot make us hammer the issuer.</summary>
    public static readonly TimeSpan MinimumRefetchInterval = TimeSpan.FromSeconds(30);

    public static readonly IReadOnlyList<string> AllowedSigningAlgorithms = ["RS256", "RS384", "RS512"];

    public const string ServiceUrlClaim = "serviceurl";

    public const string MultiTenantAuthority = "botframework.com";

    public const string DefaultLoginOrigin = "https://login.microsoftonline.com";

    /// <summary>Azure AD issuers the Emulator's tokens carry (R3.10), public cloud and US Gov.</summary>
    public static readonly IReadOnlyList<string> EmulatorIssuers =
    [
        "https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/",
        "https://login.microsoftonline.com/d6d49420-f39b-4df7-a1dc-d59a935871db/v2.0",
        "https://sts.windows.net/f8cdef31-a31e-4b4a-93e4-5f571e91255a/",
        "https://login.microsoftonline.com/f8cdef31-a31e-4b4a-93e4-5f571e91255a/v2.0",
        "https://sts.windows.net/cab8a31a-1906-4287-a0d8-4eef66b95f6e/",
        "https://login.microsoftonline.us/cab8a31a-1906-4287-a0d8-4eef66b95f6e/v2.0",
        "https://login.microsoftonline.us/f8cdef31-a31e-4b4a-93e4-5f571e91255a/",
        "https://login.microsoftonline.us/f8cdef31-a31e-4b4a-93e4-5f571e91255a/v2.0",
    ];

    /// <summary>Tenant-specific issuers accepted for single-tenant apps, built from the token's tid (R3.10).</summary>
    public static IEnumerable<string> TenantIssuers(string tenantId)
    {
        yield return $"https://sts.windows.net/{tenantId}/";
        yield return $"https://login.microsoftonline.com/{tenantId}/v2.0";
        yield return $"https://login.microsoftonline.us/{tenantId}/";
        yield return $"https://login.microsoftonline.us/{tenantId}/v2.0";
    }
}
