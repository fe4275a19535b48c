using MailKit;
using MailKit.Net.Smtp;
using Microsoft.Extensions.Options;
using MimeKit;

namespace BackCare.Bot.Booking.Delivery;

/// <summary>
/// Emails a request to the clinic as plain text over SMTP with MailKit. The Message-Id is derived from the reference,
/// so a copy sent again after a failure that did arrive has the same id (mail clients and servers can drop it).
/// A rejected sender or recipient (a 5xx on MAIL FROM or RCPT TO) is permanent; everything else is retried.
/// </summary>
public sealed class EmailChannel(IOptions<EmailOptions> options, CallbackEmailFile content) : ICallbackChannel
{
    public string Name => "email";

    public bool IsEnabled => options.Value.IsConfigured;

    public async Task DeliverAsync(CallbackRequest request, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        using var message = Compose(request, settings);
        using var client = new SmtpClient();
        try
        {
            await client.ConnectAsync(settings.Host!, settings.Port, settings.Security, cancellationToken);
            if (!string.IsNullOrEmpty(settings.UserName))
            {
                await client.AuthenticateAsync(settings.UserName, settings.Password!, cancellationToken);
            }

            await client.SendAsync(message, cancellationToken);
            await client.DisconnectAsync(quit: true, cancellationToken);
        }
        catch (SmtpCommandException exception)
        {
            // Only the status code: the server's message may quote an address.
            var code = (int)exception.StatusCode;
            throw new CallbackDeliveryException($"SMTP {code}", permanent: code >= 500 && exception.ErrorCode is SmtpErrorCode.SenderNotAccepted or SmtpErrorCode.RecipientNotAccepted);
        }
        catch (SmtpProtocolException)
        {
            throw new CallbackDeliveryException("SMTP protocol error");
        }
        catch (MailKit.Security.AuthenticationException)
        {
            throw new CallbackDeliveryException("SMTP authentication failed");
        }
        catch (ServiceNotConnectedException)
        {
            throw new CallbackDeliveryException("SMTP connection lost");
        }
    }

    private MimeMessage Compose(CallbackRequest request, EmailOptions settings)
    {
        var from = MailboxAddress.Parse(settings.From!);
        var message = new MimeMessage
        {
            Subject = content.RenderSubject(request),
            MessageId = $"{request.Reference}.callback@{from.Domain}",
            Body = new TextPart("plain") { Text = content.RenderBody(request) },
        };
        message.From.Add(from);
        message.To.AddRange(InternetAddressList.Parse(settings.To!));
        return message;
    }
}
