using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;
using Thrive.Persistence;

namespace Thrive.Web.Infrastructure;

public sealed record OutgoingMail(string To, string Subject, string TextBody);

/// <summary>
/// Sends over SMTP when a host is configured, otherwise writes .eml files to the pickup folder.
/// Every message is also recorded so that it can be read in the app during development.
/// </summary>
public sealed class Mailer(IOptions<ThriveOptions> options, ThriveDbContext db, TimeProvider clock, ILogger<Mailer> log)
{
    public async Task SendAsync(OutgoingMail mail, CancellationToken ct)
    {
        var o = options.Value;
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(o.Mail.From));
        message.To.Add(MailboxAddress.Parse(mail.To));
        message.Subject = mail.Subject;
        message.Body = new TextPart("plain") { Text = mail.TextBody };

        string transport;
        if (o.Smtp.Enabled)
        {
            using var smtp = new SmtpClient();
            await smtp.ConnectAsync(o.Smtp.Host, o.Smtp.Port, o.Smtp.UseStartTls ? SecureSocketOptions.StartTlsWhenAvailable : SecureSocketOptions.None, ct);
            if (!string.IsNullOrEmpty(o.Smtp.Username)) await smtp.AuthenticateAsync(o.Smtp.Username, o.Smtp.Password, ct);
            await smtp.SendAsync(message, ct);
            await smtp.DisconnectAsync(true, ct);
            transport = "smtp";
        }
        else
        {
            Directory.CreateDirectory(o.Mail.PickupFolder);
            var file = Path.Combine(o.Mail.PickupFolder, $"{clock.GetUtcNow():yyyyMMddHHmmssfff}-{Guid.NewGuid():N}.eml");
            await message.WriteToAsync(file, ct);
            transport = "pickup";
        }
        db.SentMail.Add(new SentMail
        {
            Id = Guid.NewGuid(), To = mail.To, Subject = mail.Subject, TextBody = mail.TextBody,
            SentAt = clock.GetUtcNow(), Transport = transport,
        });
        await db.SaveChangesAsync(ct);
        log.LogInformation("Mail '{Subject}' sent to {To} via {Transport}", mail.Subject, mail.To, transport);
    }
}
