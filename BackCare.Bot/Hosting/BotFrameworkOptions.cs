namespace BackCare.Bot.Hosting;

/// <summary>
/// The Bot Framework's own setting names, read from the configuration root as every Bot Builder
/// sample does (protocol.md R3.13). An empty MicrosoftAppId turns authentication off, which is
/// what the Emulator needs locally (R3.1, R5.7).
/// </summary>
public sealed class BotFrameworkOptions
{
    public string MicrosoftAppType { get; set; } = "MultiTenant";

    public string? MicrosoftAppId { get; set; }

    public string? MicrosoftAppPassword { get; set; }

    public string? MicrosoftAppTenantId { get; set; }

    public bool AuthenticationDisabled => string.IsNullOrWhiteSpace(MicrosoftAppId);
}
