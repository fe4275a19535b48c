namespace BackCare.Bot.Content;

/// <summary>
/// The chat page's words from webchat-page.en-GB.json, rendered once with the clinic's and region's settings.
/// A missing text or an unknown placeholder fails at start-up.
/// </summary>
public sealed class WebChatPageText
{
    private const string FileName = "webchat-page.en-GB.json";

    public WebChatPageText(ContentCatalog catalog)
        : this(EmbeddedContent.Load<WebChatPageFile>(FileName), catalog)
    {
    }

    public WebChatPageText(WebChatPageFile file, ContentCatalog catalog)
    {
        var none = new Dictionary<string, string>();
        string Text(string name) => file.Texts.TryGetValue(name, out var text) && !string.IsNullOrWhiteSpace(text)
            ? catalog.Render($"{FileName}:{name}", text, none)
            : throw new InvalidOperationException($"Content check failed: {FileName} has no text '{name}'.");

        Locale = file.Locale;
        Title = Text("title");
        Heading = Text("heading");
        Phone = Text("phone");
        EmergencyNotice = Text("emergencyNotice");
        ChatLabel = Text("chatLabel");
        Connecting = Text("connecting");
        ConnectFailed = Text("connectFailed");
        NoScript = Text("noScript");
    }

    public string Locale { get; }

    public string Title { get; }

    public string Heading { get; }

    public string Phone { get; }

    public string EmergencyNotice { get; }

    public string ChatLabel { get; }

    public string Connecting { get; }

    public string ConnectFailed { get; }

    public string NoScript { get; }
}

/// <summary>The shape of webchat-page.en-GB.json.</summary>
public sealed class WebChatPageFile
{
    public required string Locale { get; init; }

    public required string Version { get; init; }

    public Dictionary<string, string> Texts { get; init; } = [];
}
