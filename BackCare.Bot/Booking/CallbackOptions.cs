using System.ComponentModel.DataAnnotations;

namespace BackCare.Bot.Booking;

/// <summary>Call-back requests: how long they are kept, how delivery retries, and the admin key. Section "Callbacks".</summary>
public sealed class CallbackOptions
{
    public const string SectionName = "Callbacks";

    public const int MinAdminKeyLength = 24;

    /// <summary>
    /// A request that reached the clinic (delivered on every enabled channel, or marked handled) is deleted this long
    /// after that. A request still pending or failed is never deleted by retention: staff must handle it.
    /// </summary>
    [Range(typeof(TimeSpan), "00:01:00", "3650.00:00:00")]
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(30);

    /// <summary>Attempts per channel before the request is marked failed (and shown to staff); kept across restarts.</summary>
    [Range(1, 100)]
    public int MaxAttempts { get; set; } = 10;

    /// <summary>The first backoff; each next one doubles, with jitter, up to <see cref="MaxRetryDelay"/>.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "1.00:00:00")]
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    [Range(typeof(TimeSpan), "00:00:00.001", "1.00:00:00")]
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>One attempt (an HTTP request, an SMTP session) is abandoned after this and counts as failed.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:10:00")]
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How often the outbox looks for due requests (a new request wakes it at once).</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "01:00:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// The key staff send in the <c>X-Admin-Key</c> header to use /api/admin/callbacks. Empty turns the admin API off
    /// (404). At least <see cref="MinAdminKeyLength"/> characters. A secret: user-secrets locally, a Key Vault reference in Azure.
    /// </summary>
    public string? AdminKey { get; set; }

    public bool AdminEnabled => !string.IsNullOrEmpty(AdminKey);
}
