using System.ComponentModel.DataAnnotations;

namespace BackCare.Bot.Channels.DirectLine;

/// <summary>
/// The bot's own Direct Line 3.0 endpoint for local use. Section "DirectLine:Local".
/// On in Development, off elsewhere unless <see cref="Enabled"/> is set to true.
/// </summary>
public sealed class LocalDirectLineOptions
{
    /// <summary>True or false forces it; empty means "on in Development only".</summary>
    public bool? Enabled { get; set; }

    /// <summary>How long a token is valid; it can be refreshed before then (the page's client refreshes at half-life).</summary>
    [Range(typeof(TimeSpan), "00:00:10", "1.00:00:00")]
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>A conversation nobody has touched for this long is forgotten (history and token binding).</summary>
    [Range(typeof(TimeSpan), "00:00:10", "7.00:00:00")]
    public TimeSpan ConversationIdleTimeout { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Conversations kept in memory at most; the least recently used is forgotten first.</summary>
    [Range(1, 1_000_000)]
    public int MaxConversations { get; set; } = 1000;

    /// <summary>Activities kept per conversation; older ones are dropped (a replay then starts at the oldest kept).</summary>
    [Range(10, 100_000)]
    public int MaxActivitiesPerConversation { get; set; } = 500;

    /// <summary>Activities returned by one GET …/activities; the watermark pages through the rest.</summary>
    [Range(1, 1000)]
    public int PageSize { get; set; } = 100;

    public bool IsEnabled(IHostEnvironment environment) => Enabled ?? environment.IsDevelopment();
}
