namespace BackCare.Bot.Framework.Auth;

/// <summary>Log messages of Bot Framework authentication. Tokens and their claims are never logged.</summary>
internal static partial class AuthLog
{
    [LoggerMessage(EventId = 300, Level = LogLevel.Information, Message = "Loaded {KeyCount} token signing keys from {MetadataUrl}")]
    public static partial void KeysLoaded(ILogger logger, string metadataUrl, int keyCount);

    [LoggerMessage(EventId = 301, Level = LogLevel.Information, Message = "A token named an unknown signing key; refetching keys from {MetadataUrl}")]
    public static partial void RefetchingKeys(ILogger logger, string metadataUrl);

    [LoggerMessage(EventId = 302, Level = LogLevel.Error, Message = "Could not load token signing keys from {MetadataUrl}")]
    public static partial void KeysUnavailable(ILogger logger, Exception exception, string metadataUrl);

    [LoggerMessage(EventId = 303, Level = LogLevel.Information, Message = "Rejected a {TokenKind} token on channel {ChannelId}: {Reason}")]
    public static partial void TokenRejected(ILogger logger, string tokenKind, string? channelId, string reason);

    [LoggerMessage(EventId = 304, Level = LogLevel.Information, Message = "Outbound Connector tokens: {AppType} at {Authority}")]
    public static partial void OutboundTokenSource(ILogger logger, BotAppType appType, string authority);

    [LoggerMessage(EventId = 305, Level = LogLevel.Warning, Message = "Authentication is OFF (no MicrosoftAppId) in the {Environment} environment: any caller is accepted, and replies go only to loopback service URLs or the {AllowedCount} listed in Bot:AnonymousServiceUrls")]
    public static partial void AuthenticationOff(ILogger logger, string environment, int allowedCount);
}
