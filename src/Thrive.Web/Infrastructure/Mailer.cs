using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace Thrive.Web.Infrastructure;

/// <summary>
/// One message. <see cref="Calendar"/> adds an iCalendar part (text/calendar with its METHOD, as calendar apps expect)
/// plus the same file as invite.ics; <see cref="UnsubscribeUrl"/> adds List-Unsubscribe headers for one-click unsubscribe
/// (RFC 8058).
/// </summary>
public sealed record OutgoingMail(string To, string Subject, string TextBody)
{
    public CalendarPart? Calendar { get; init; }
    public string? UnsubscribeUrl { get; init; }
}

/// <summary>An iCalendar body and its METHOD (REQUEST, CANCEL or PUBLISH).</summary>
public sealed record CalendarPart(string Ics, string Method);

/// <summary>
/// Sends over SMTP when a host is configured, otherwise writes .eml files to the pickup folder.
/// Every message is also recorded so that it can be read in the app during development.
/// </summary>
public sealed class Mailer(IOptions<ThriveOptions> options, ThriveDbContext db, TimeProvider clock, ILogger<Mailer> log)
{
    public Task SendAsync(OutgoingMail mail, CancellationToken ct) => SendManyAsync([mail], ct);

    /// <summary>Sends a batch over one SMTP connection (or into the pickup folder) and records it in one save.</summary>
    public async Task SendManyAsync(IReadOnlyList<OutgoingMail> mails, CancellationToken ct)
    {
        if (mails.Count == 0) return;
        var o = options.Value;
        var messages = mails.Select(m => (Mail: m, Message: ToMime(o.Mail.From, m))).ToList();
        string transport;
        if (o.Smtp.Enabled)
        {
            using var smtp = new SmtpClient();
            await smtp.ConnectAsync(o.Smtp.Host, o.Smtp.Port, o.Smtp.UseStartTls ? SecureSocketOptions.StartTlsWhenAvailable : SecureSocketOptions.None, ct);
            if (!string.IsNullOrEmpty(o.Smtp.Username)) await smtp.AuthenticateAsync(o.Smtp.Username, o.Smtp.Password, ct);
            foreach (var (_, message) in messages) await smtp.SendAsync(message, ct);
            await smtp.DisconnectAsync(true, ct);
            transport = "smtp";
        }
        else
        {
            Directory.CreateDirectory(o.Mail.PickupFolder);
            foreach (var (_, message) in messages)
                await message.WriteToAsync(Path.Combine(o.Mail.PickupFolder, $"{clock.GetUtcNow():yyyyMMddHHmmssfff}-{Guid.NewGuid():N}.eml"), ct);
            transport = "pickup";
        }
        var now = clock.GetUtcNow();
        db.SentMail.AddRange(mails.Select(m => new SentMail { Id = Guid.NewGuid(), To = m.To, Subject = m.Subject, TextBody = m.TextBody, SentAt = now, Transport = transport }));
        await db.SaveChangesAsync(ct);
        log.LogInformation("{Count} mail(s) sent via {Transport}", mails.Count, transport);
    }

    private static MimeMessage ToMime(string from, OutgoingMail mail)
    {
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(from));
        message.To.Add(MailboxAddress.Parse(mail.To));
        message.Subject = mail.Subject;
        var text = new TextPart("plain") { Text = mail.TextBody };
        if (mail.UnsubscribeUrl is { Length: > 0 } unsubscribe)
        {
            message.Headers.Add("List-Unsubscribe", $"<{unsubscribe}>");
            message.Headers.Add("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        if (mail.Calendar is not { } calendar)
        {
            message.Body = text;
            return message;
        }
        var inline = new TextPart("calendar") { Text = calendar.Ics };
        inline.ContentType.Parameters.Add("method", calendar.Method);
        var file = new MimePart("text", "calendar")
        {
            Content = new MimeContent(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(calendar.Ics))),
            ContentDisposition = new ContentDisposition(ContentDisposition.Attachment),
            ContentTransferEncoding = ContentEncoding.Base64,
            FileName = "invite.ics",
        };
        file.ContentType.Parameters.Add("method", calendar.Method);
        file.ContentType.Charset = "utf-8";
        var alternative = new MultipartAlternative { text, inline };
        message.Body = new Multipart("mixed") { alternative, file };
        return message;
    }
}
