using Thrive.Domain.Programmes;
namespace Thrive.Domain.Sessions;

/// <summary>Turns a slot into concrete UTC instants. Local wall-clock time wins: 16:00 Amsterdam stays 16:00 local across DST.</summary>
public static class SessionSchedule
{
    /// <summary>A guard for feeds and long ranges: never more than this many occurrences per call.</summary>
    public const int MaxOccurrences = 1000;

    /// <summary>
    /// The sessions of <paramref name="slot"/> whose local date lies in [from, to] (inclusive, dates in the slot's zone),
    /// never before <see cref="SessionSlot.StartsOn"/>. See <see cref="ToUtc"/> for DST gaps and overlaps.
    /// </summary>
    public static IReadOnlyList<(DateTimeOffset StartUtc, DateTimeOffset EndUtc)> Occurrences(SessionSlot slot, DateOnly from, DateOnly to)
    {
        ArgumentNullException.ThrowIfNull(slot);
        var zone = TimeZoneInfo.FindSystemTimeZoneById(slot.TimeZoneId);
        var first = from > slot.StartsOn ? from : slot.StartsOn;
        var result = new List<(DateTimeOffset, DateTimeOffset)>();
        foreach (var date in Dates(slot, first, to))
        {
            if (result.Count == MaxOccurrences) break;
            var start = ToUtc(date.ToDateTime(slot.LocalTime), zone);
            result.Add((start, start + slot.Duration));
        }
        return result;
    }

    /// <summary>
    /// The UTC instant of a local wall-clock time. In a spring-forward gap (02:30 when clocks jump 02:00 → 03:00) the
    /// time moves forward by the gap (03:30 new time), as most calendar apps do. In a fall-back overlap (02:30 happens
    /// twice) the first, earlier instant is taken (the daylight-time one).
    /// </summary>
    public static DateTimeOffset ToUtc(DateTime local, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        local = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        TimeSpan offset;
        if (zone.IsInvalidTime(local)) offset = OffsetBeforeGap(local, zone);
        else if (zone.IsAmbiguousTime(local)) offset = zone.GetAmbiguousTimeOffsets(local).Max();
        else offset = zone.GetUtcOffset(local);
        // Applying the pre-gap offset to a gap time yields the instant "gap length later" on the new clock.
        return new DateTimeOffset(local - offset, TimeSpan.Zero);
    }

    private static TimeSpan OffsetBeforeGap(DateTime local, TimeZoneInfo zone)
    {
        var before = local;
        do before = before.AddMinutes(-30); while (zone.IsInvalidTime(before));
        return zone.IsAmbiguousTime(before) ? zone.GetAmbiguousTimeOffsets(before).Min() : zone.GetUtcOffset(before);
    }

    private static IEnumerable<DateOnly> Dates(SessionSlot slot, DateOnly first, DateOnly to) => slot.Cadence switch
    {
        SessionCadence.Weekly => Stepped(slot.StartsOn, 7, first, to),
        SessionCadence.Fortnightly => Stepped(slot.StartsOn, 14, first, to),
        _ => Monthly(slot, first, to),
    };

    private static IEnumerable<DateOnly> Stepped(DateOnly anchor, int days, DateOnly first, DateOnly to)
    {
        var steps = (first.DayNumber - anchor.DayNumber + days - 1) / days;
        for (var d = anchor.AddDays(steps * days); d <= to; d = d.AddDays(days)) yield return d;
    }

    private static IEnumerable<DateOnly> Monthly(SessionSlot slot, DateOnly first, DateOnly to)
    {
        for (var month = new DateOnly(first.Year, first.Month, 1); month <= to; month = month.AddMonths(1))
        {
            var shift = ((int)slot.Day - (int)month.DayOfWeek + 7) % 7;
            var date = month.AddDays(shift + 7 * (slot.WeekOfMonth - 1));
            if (date >= first && date <= to) yield return date;
        }
    }
}
