using System.Text.Json;
using System.Text.Json.Nodes;

namespace Thrive.Web.Features.Chat;

/// <summary>What a chat message says, in no tool's format yet: a title, a few lines, and one link back to Thrive.</summary>
public sealed record ChatNote(string Title, IReadOnlyList<string> Lines, string? Link = null, string LinkText = "Open in Thrive");

/// <summary>
/// A note in each tool's own format. Slack: Block Kit (a header section, a section per few lines in mrkdwn, a context
/// block with the link) with a plain <c>text</c> fallback for notifications. Teams: a message with one Adaptive Card
/// attachment (version 1.4): a bold TextBlock, a TextBlock per line, and an OpenUrl action.
/// </summary>
public static class ChatPayloads
{
    private const int SectionMax = 2900; // Slack refuses a section's text over 3000 characters.

    public static string Write(ChatTool tool, ChatNote note)
    {
        ArgumentNullException.ThrowIfNull(note);
        return (tool == ChatTool.Slack ? Slack(note) : Teams(note)).ToJsonString(new JsonSerializerOptions(JsonSerializerDefaults.Web));
    }

    private static JsonObject Slack(ChatNote n)
    {
        var blocks = new JsonArray { Section("*" + SlackEscape(n.Title) + "*") };
        var text = string.Join("\n", n.Lines.Select(SlackEscape));
        if (text.Length > 0) blocks.Add(Section(text.Length > SectionMax ? text[..SectionMax] + "…" : text));
        if (n.Link is { } link)
            blocks.Add(new JsonObject { ["type"] = "context", ["elements"] = new JsonArray { Mrkdwn($"<{link}|{SlackEscape(n.LinkText)}>") } });
        return new JsonObject { ["text"] = n.Title, ["blocks"] = blocks };
    }

    private static JsonObject Section(string text) => new() { ["type"] = "section", ["text"] = Mrkdwn(text) };

    private static JsonObject Mrkdwn(string text) => new() { ["type"] = "mrkdwn", ["text"] = text };

    /// <summary>Slack's three control characters; anything else is shown as written.</summary>
    private static string SlackEscape(string s) => s.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);

    private static JsonObject Teams(ChatNote n)
    {
        var body = new JsonArray { new JsonObject { ["type"] = "TextBlock", ["text"] = n.Title, ["weight"] = "Bolder", ["size"] = "Medium", ["wrap"] = true } };
        foreach (var line in n.Lines.Take(40)) body.Add(new JsonObject { ["type"] = "TextBlock", ["text"] = line.Length == 0 ? " " : line, ["wrap"] = true, ["spacing"] = "Small" });
        var card = new JsonObject
        {
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json", ["type"] = "AdaptiveCard", ["version"] = "1.4", ["body"] = body,
        };
        if (n.Link is { } link) card["actions"] = new JsonArray { new JsonObject { ["type"] = "Action.OpenUrl", ["title"] = n.LinkText, ["url"] = link } };
        return new JsonObject
        {
            ["type"] = "message",
            ["attachments"] = new JsonArray { new JsonObject { ["contentType"] = "application/vnd.microsoft.card.adaptive", ["contentUrl"] = null, ["content"] = card } },
        };
    }

    /// <summary>
    /// A reminder mail as a note: its subject as the title and its words without the greeting and the mail's footer (the
    /// chat connection, not an unsubscribe link, is how a person stops these). The last line that is a Thrive link becomes the link.
    /// </summary>
    public static ChatNote FromMail(OutgoingMail mail, string baseUrl)
    {
        ArgumentNullException.ThrowIfNull(mail);
        var body = mail.TextBody;
        var start = body.IndexOf("\n\n", StringComparison.Ordinal);
        var end = body.LastIndexOf("\n\n--\n", StringComparison.Ordinal);
        var text = body[(start < 0 ? 0 : start + 2)..(end > start ? end : body.Length)];
        var lines = text.Split('\n').Select(l => l.TrimEnd()).ToList();
        string? link = null;
        var last = lines.FindLastIndex(l => l.Length > 0);
        if (last >= 0 && lines[last].LastIndexOf(baseUrl, StringComparison.Ordinal) is var at and >= 0 && lines[last].IndexOf(' ', at) < 0)
        {
            link = lines[last][at..];
            lines[last] = lines[last][..at].TrimEnd().TrimEnd(':');
        }
        while (lines.Count > 0 && lines[^1].Length == 0) lines.RemoveAt(lines.Count - 1);
        return new ChatNote(mail.Subject, lines, link);
    }
}
