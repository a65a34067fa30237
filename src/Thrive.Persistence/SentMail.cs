namespace Thrive.Persistence;

/// <summary>A copy of every message sent, so that people running Thrive locally can read it in the app.</summary>
public sealed class SentMail
{
    public Guid Id { get; set; }
    public string To { get; set; } = "";
    public string Subject { get; set; } = "";
    public string TextBody { get; set; } = "";
    public DateTimeOffset SentAt { get; set; }
    public string Transport { get; set; } = "";
}
