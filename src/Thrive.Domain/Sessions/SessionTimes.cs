using System.Globalization;

namespace Thrive.Domain.Sessions;

/// <summary>A session instant as one person sees it: their wall-clock time and their UTC offset.</summary>
public sealed record ZonedTime(DateTime Local, TimeSpan Offset, string OffsetText)
{
    /// <summary>"Tue 3 Mar 16:00 (UTC+1)": culture-invariant, so both people read the same shape.</summary>
    public string Display => $"{Local.ToString("ddd d MMM HH:mm", CultureInfo.InvariantCulture)} ({OffsetText})";
}

public static class SessionTimes
{
    /// <summary>Shows <paramref name="utc"/> in an IANA time zone. An unknown zone is a field error on TimeZoneId.</summary>
    public static Result<ZonedTime> InZone(DateTimeOffset utc, string timeZoneId)
    {
        if (!TimeZones.IsKnown(timeZoneId))
            return Error.Validation("TimeZoneId", "Time zone must be a known IANA time zone, like Europe/Amsterdam.");
        var zone = TimeZoneInfo.FindSystemTimeZoneById(timeZoneId.Trim());
        var local = TimeZoneInfo.ConvertTime(utc, zone);
        return new ZonedTime(local.DateTime, local.Offset, OffsetText(local.Offset));
    }

    /// <summary>
    /// The instant of a wall-clock date and time in an IANA zone (see <see cref="SessionSchedule.ToUtc"/> for DST gaps
    /// and overlaps). An unknown zone is a field error on TimeZoneId.
    /// </summary>
    public static Result<DateTimeOffset> FromLocal(DateOnly date, TimeOnly time, string? timeZoneId)
    {
        if (!TimeZones.IsKnown(timeZoneId))
            return Error.Validation("TimeZoneId", "Time zone must be a known IANA time zone, like Europe/Amsterdam.");
        return SessionSchedule.ToUtc(date.ToDateTime(time), TimeZoneInfo.FindSystemTimeZoneById(timeZoneId!.Trim()));
    }

    /// <summary>"UTC+1", "UTC-3:30", "UTC+0". Offsets rather than abbreviations: .NET has no reliable IANA abbreviations.</summary>
    public static string OffsetText(TimeSpan offset)
    {
        var sign = offset < TimeSpan.Zero ? "-" : "+";
        var abs = offset.Duration();
        var minutes = abs.Minutes == 0 ? "" : ":" + abs.Minutes.ToString("00", CultureInfo.InvariantCulture);
        return $"UTC{sign}{(int)abs.TotalHours}{minutes}";
    }
}
