using MailKit.Security;
using MimeKit;

namespace BackCare.Bot.Booking.Delivery;

/// <summary>
/// The clinic's mailbox that receives call-back requests as plain-text email over SMTP (MailKit). Section
/// "Callbacks:Email". No <see cref="Host"/> turns the channel off.
/// </summary>
public sealed class EmailOptions
{
    public const string SectionName = "Callbacks:Email";

    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    /// <summary>MailKit's SecureSocketOptions: <c>StartTls</c> (default, port 587), <c>SslOnConnect</c> (port 465), <c>Auto</c>, <c>StartTlsWhenAvailable</c> or <c>None</c> (local relays only).</summary>
    public SecureSocketOptions Security { get; set; } = SecureSocketOptions.StartTls;

    /// <summary>Empty sends without authenticating (a relay that trusts the app's network).</summary>
    public string? UserName { get; set; }

    /// <summary>A secret: user-secrets locally, a Key Vault reference in Azure.</summary>
    public string? Password { get; set; }

    /// <summary>The sender, e.g. <c>BackCare &lt;bot@clinic.example&gt;</c>.</summary>
    public string? From { get; set; }

    /// <summary>The clinic's address (several separated by commas).</summary>
    public string? To { get; set; }

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Host);

    /// <summary>Why these settings cannot be used, or null when they can.</summary>
    public string? Problem()
    {
        if (!IsConfigured)
        {
            return null;
        }

        if (Port is < 1 or > 65535)
        {
            return "Callbacks:Email:Port must be between 1 and 65535.";
        }

        if (string.IsNullOrWhiteSpace(From) || !MailboxAddress.TryParse(From, out _))
        {
            return "Callbacks:Email:From must be an email address when Callbacks:Email:Host is set.";
        }

        if (string.IsNullOrWhiteSpace(To) || !InternetAddressList.TryParse(To, out var to) || to.Mailboxes.Count() == 0)
        {
            return "Callbacks:Email:To must be one or more email addresses when Callbacks:Email:Host is set.";
        }

        return !string.IsNullOrEmpty(UserName) && string.IsNullOrEmpty(Password)
            ? "Callbacks:Email:Password must be set when Callbacks:Email:UserName is."
            : null;
    }
}
