namespace Thrive.Domain.Sessions;

/// <summary>
/// Where a pair meets: a video link (http or https only) or a place in words ("Room 4.12, Keizersgracht 1"). Text
/// that starts like a link of another kind (javascript:, data:, ftp://) is refused, so that nothing but a web link is
/// ever made clickable; a link goes into calendars as LOCATION and URL, a place as LOCATION only.
/// </summary>
public static class MeetingPlace
{
    public const int Max = 200;

    /// <summary>The place trimmed (empty when none), or a field message.</summary>
    public static Result<string> Check(string? value, string field)
    {
        var place = (value ?? "").Trim();
        if (place.Length == 0) return "";
        if (place.Length > Max) return Error.Validation(field, $"The meeting place must be at most {Max} characters (it has {place.Length}).");
        if (place.Any(char.IsControl)) return Error.Validation(field, "Write the meeting place on one line.");
        if (LooksLikeLink(place) && !WebLink.IsValid(place))
            return Error.Validation(field, "A meeting link must start with https:// or http:// (a video call's address), or write the place in words.");
        return place;
    }

    /// <summary>Whether the place is a web link (clickable, and the URL of a calendar event).</summary>
    public static bool IsLink(string? place) => !string.IsNullOrEmpty(place) && WebLink.IsValid(place);

    /// <summary>The session's own place, or else the plan's.</summary>
    public static string Of(string? sessionPlace, string? planPlace) => string.IsNullOrEmpty(sessionPlace) ? planPlace ?? "" : sessionPlace;

    /// <summary>The line mails carry: "Join: https://…" for a link, "Where: …" for a place, or that none is named yet.</summary>
    public static string Line(string? place) =>
        string.IsNullOrEmpty(place) ? "Where: not named yet (the mentoring plan can name it)." : IsLink(place) ? $"Join: {place}" : $"Where: {place}";

    /// <summary>A scheme followed at once by something other than a space ("javascript:alert(1)"), or "://" anywhere.</summary>
    private static bool LooksLikeLink(string s)
    {
        if (s.Contains("://", StringComparison.Ordinal)) return true;
        var colon = s.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || colon == s.Length - 1 || char.IsWhiteSpace(s[colon + 1])) return false;
        return char.IsAsciiLetter(s[0]) && s[..colon].All(c => char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.');
    }
}
