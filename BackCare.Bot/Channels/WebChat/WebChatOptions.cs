namespace BackCare.Bot.Channels.WebChat;

/// <summary>
/// The website chat page's own settings (branding is in <see cref="Content.ClinicOptions"/>). Section "WebChat".
/// See docs/website-chat.md.
/// </summary>
public sealed class WebChatOptions
{
    public const string SectionName = "WebChat";

    /// <summary>
    /// Sites allowed to show the page in a frame (the CSP's frame-ancestors), e.g. "https://www.onebodyldn.com".
    /// The bot's own origin is always allowed; empty allows no other site.
    /// </summary>
    public List<string> FrameAncestors { get; set; } = [];

    /// <summary>
    /// Extra origins the page may connect to (the CSP's connect-src), e.g. a regional Direct Line host
    /// "https://europe.directline.botframework.com"; each https origin also allows its wss twin. The bot's own
    /// origin and the configured Direct Line service are always allowed.
    /// </summary>
    public List<string> ConnectSources { get; set; } = [];

    /// <summary>Where the page asks for a Direct Line token (the bot's token endpoint).</summary>
    public string TokenUrl { get; set; } = "/api/directline/token";
}
