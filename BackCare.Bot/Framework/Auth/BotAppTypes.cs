namespace BackCare.Bot.Framework.Auth;

/// <summary>Reads the MicrosoftAppType setting the way the SDK does (protocol.md R3.13).</summary>
public static class BotAppTypes
{
    /// <summary>Case-insensitive; empty or unknown means MultiTenant, as in the SDK's credential factory.</summary>
    public static BotAppType Parse(string? value) =>
        value?.Trim().ToUpperInvariant() switch
        {
            "SINGLETENANT" => BotAppType.SingleTenant,
            "USERASSIGNEDMSI" => BotAppType.UserAssignedMsi,
            _ => BotAppType.MultiTenant,
        };
}
