namespace BackCare.Bot.Framework.Auth;

/// <summary>The MicrosoftAppType values (protocol.md R3.13); they decide how outbound tokens are obtained.</summary>
public enum BotAppType
{
    MultiTenant,
    SingleTenant,
    UserAssignedMsi,
}
