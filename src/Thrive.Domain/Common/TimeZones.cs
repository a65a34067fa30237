namespace Thrive.Domain.Common;

public static class TimeZones
{
    /// <summary>True for an IANA time-zone id this machine knows (Africa/Johannesburg, Europe/Amsterdam, UTC...).</summary>
    public static bool IsKnown(string? id)
    {
        if (string.IsNullOrWhiteSpace(id) || id.Length > 64) return false;
        try
        {
            var tz = TimeZoneInfo.FindSystemTimeZoneById(id.Trim());
            return tz.HasIanaId;
        }
        catch (TimeZoneNotFoundException) { return false; }
        catch (InvalidTimeZoneException) { return false; }
    }

    /// <summary>The zone of an IANA id; an unknown or empty id reads as UTC, so that nobody is skipped or refused.</summary>
    public static TimeZoneInfo Find(string? id) => IsKnown(id) ? TimeZoneInfo.FindSystemTimeZoneById(id!.Trim()) : TimeZoneInfo.Utc;

    /// <summary>The wall-clock time at <paramref name="instant"/> in the zone (UTC when unknown).</summary>
    public static DateTime LocalTime(DateTimeOffset instant, string? id) => TimeZoneInfo.ConvertTime(instant, Find(id)).DateTime;

    /// <summary>The calendar day at <paramref name="instant"/> in the zone: "today" for a person in that zone.</summary>
    public static DateOnly LocalDate(DateTimeOffset instant, string? id) => DateOnly.FromDateTime(LocalTime(instant, id));

    public static IReadOnlyList<string> All { get; } = TimeZoneInfo.GetSystemTimeZones()
        .Where(z => z.HasIanaId && z.Id.Contains('/', StringComparison.Ordinal) && !z.Id.StartsWith("Etc/", StringComparison.Ordinal))
        .Select(z => z.Id).Append("UTC").Distinct().Order(StringComparer.Ordinal).ToArray();
}
