using System.Net;
using System.Net.Sockets;
using System.Text;
using Thrive.Web.Tests.Infrastructure;

namespace Thrive.Web.Tests;

/// <summary>Mail goes over real SMTP when a host is configured: a minimal SMTP peer on loopback receives it.</summary>
public sealed class MailTests
{
    [Fact]
    public async Task Password_reset_mail_is_delivered_over_smtp()
    {
        var ct = TestContext.Current.CancellationToken;
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        var received = ReceiveOneAsync(listener, ct);

        await using var database = await TestDatabase.CreateAsync();
        await using var app = new ThriveApp(database, settings: new Dictionary<string, string>
        {
            ["Thrive:Smtp:Host"] = "127.0.0.1", ["Thrive:Smtp:Port"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Thrive:Mail:From"] = "Thrive <noreply@thrive.example>",
        });
        var email = (await Given.In(app).PersonAsync()).Email;
        var r = await ThriveApp.PostFormAsync(app.Anonymous(), "/Account/ForgotPassword", new() { ["Email"] = email });
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);

        var (envelope, data) = await received.WaitAsync(TimeSpan.FromSeconds(20), ct);
        Assert.Contains("MAIL FROM:<noreply@thrive.example>", envelope, StringComparison.OrdinalIgnoreCase);
        Assert.Contains($"RCPT TO:<{email}>", envelope, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Subject: Reset your Thrive password", data, StringComparison.Ordinal);
        Assert.Contains($"To: {email}", data, StringComparison.Ordinal);
        Assert.Contains("/Account/ResetPassword?email=", data.Replace("=\r\n", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Equal("smtp", await app.WithDbAsync(db => Task.FromResult(db.SentMail.Single(m => m.To == email).Transport)));
    }

    /// <summary>Speaks just enough SMTP (RFC 5321) for one message; returns the envelope commands and the DATA.</summary>
    private static async Task<(string Envelope, string Data)> ReceiveOneAsync(TcpListener listener, CancellationToken ct)
    {
        using var client = await listener.AcceptTcpClientAsync(ct);
        var stream = client.GetStream();
        using var reader = new StreamReader(stream, Encoding.ASCII);
        await using var writer = new StreamWriter(stream, Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };
        var envelope = new StringBuilder();
        var data = new StringBuilder();
        await writer.WriteLineAsync("220 test.local ESMTP ready");
        while (await reader.ReadLineAsync(ct) is { } line)
        {
            var verb = line.Split(' ', 2)[0].ToUpperInvariant();
            switch (verb)
            {
                case "EHLO": await writer.WriteLineAsync("250-test.local\r\n250 8BITMIME"); break;
                case "HELO": await writer.WriteLineAsync("250 test.local"); break;
                case "MAIL" or "RCPT": envelope.AppendLine(line); await writer.WriteLineAsync("250 OK"); break;
                case "DATA":
                    await writer.WriteLineAsync("354 End data with <CR><LF>.<CR><LF>");
                    while (await reader.ReadLineAsync(ct) is { } d && d != ".") data.Append(d).Append("\r\n");
                    await writer.WriteLineAsync("250 OK: queued");
                    break;
                case "QUIT": await writer.WriteLineAsync("221 Bye"); return (envelope.ToString(), data.ToString());
                default: await writer.WriteLineAsync("250 OK"); break;
            }
        }
        return (envelope.ToString(), data.ToString());
    }
}
