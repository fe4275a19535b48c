namespace BackCare.Bot.Channels.DirectLine;

/// <summary>Where the local endpoint lives and how its URLs are built.</summary>
public static class LocalDirectLineRoutes
{
    /// <summary>The path prefix; Web Chat's <c>domain</c> option must end with it.</summary>
    public const string Prefix = "/v3/directline";

    public static string ServiceUrl(HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}/";

    public static string Domain(HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}{Prefix}";

    /// <summary>The pre-authorised WebSocket URL for a conversation (ws: or wss:, as the client opens it verbatim).</summary>
    public static string StreamUrl(HttpRequest request, string conversationId, string token, string? watermark)
    {
        var scheme = request.IsHttps ? "wss" : "ws";
        var url = $"{scheme}://{request.Host}{request.PathBase}{Prefix}/conversations/{Uri.EscapeDataString(conversationId)}/stream?t={Uri.EscapeDataString(token)}";
        return string.IsNullOrEmpty(watermark) ? url : $"{url}&watermark={Uri.EscapeDataString(watermark)}";
    }
}
