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

    public static IReadOnlyList<string> All { get; } = TimeZoneInfo.GetSystemTimeZones()
        .Where(z => z.HasIanaId && z.Id.Contains('/', StringComparison.Ordinal) && !z.Id.StartsWith("Etc/", StringComparison.Ordinal))
        .Select(z => z.Id).Append("UTC").Distinct().Order(StringComparer.Ordinal).ToArray();
}
