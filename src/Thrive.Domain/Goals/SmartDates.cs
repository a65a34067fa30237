using System.Globalization;
using System.Text.RegularExpressions;

namespace Thrive.Domain.Goals;

internal enum DateKind { Calendar, Relative, ProgrammeEnd }

/// <summary>A deadline found in the text; <see cref="Date"/> is null for "the end of the programme" when its date is unknown.</summary>
internal readonly record struct DateHit(Hit Where, DateOnly? Date, DateKind Kind);

/// <summary>Deadlines in a goal's text, resolved against today: the forms people actually write.</summary>
internal sealed class DateScan
{
    private const int MaxHits = 16;
    private const int YearsToSearch = 8; // long enough to reach the next 29 February

    private DateScan() { }

    /// <summary>Every deadline found, in text order within each form.</summary>
    public List<DateHit> Dates { get; } = [];

    /// <summary>Something written like a date that no calendar has, such as "31 June".</summary>
    public Hit? Invalid { get; private set; }

    public static DateScan Find(SmartText text, DateOnly today, DateOnly? programmeEnd)
    {
        var scan = new DateScan();
        scan.AddCalendarDates(text, today);
        scan.AddEndsOfPeriods(text, today);
        scan.AddRelativeDates(text, today);
        foreach (var m in Matches(SmartPatterns.ProgrammeEnd(), text.Lower))
            scan.Add(new DateHit(new Hit(m.Index, m.Length), programmeEnd, DateKind.ProgrammeEnd));
        foreach (var m in Matches(SmartPatterns.Duration(), text.Lower))
        {
            var n = SmartNumbers.Parse(m.Groups["n"].Value);
            var date = n is > 0 and <= 1000 ? Add(today, (int)n, m.Groups["u"].Value) : null;
            if (date is not null) scan.Add(new DateHit(new Hit(m.Index, m.Length), date, DateKind.Relative));
        }
        return scan;
    }

    public static string Format(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    private void AddCalendarDates(SmartText text, DateOnly today)
    {
        foreach (var m in Matches(SmartPatterns.CalendarDate(), text.Lower))
        {
            var hit = new Hit(m.Index, m.Length);
            var month = m.Groups["mon"].Success ? MonthOf(m.Groups["mon"].Value) : Number(m.Groups["m"].Value);
            var day = Number(m.Groups["d"].Value);
            DateOnly? date = m.Groups["y"].Success ? Make(Number(m.Groups["y"].Value), month, day) : NextOnOrAfter(today, month, day);
            if (date is null) Invalid ??= hit;
            else Add(new DateHit(hit, date, DateKind.Calendar));
        }
    }

    private void AddEndsOfPeriods(SmartText text, DateOnly today)
    {
        foreach (var m in Matches(SmartPatterns.EndOfPeriod(), text.Lower))
        {
            var hit = new Hit(m.Index, m.Length);
            if (Dates.Exists(d => d.Where.Index < hit.End && hit.Index < d.Where.End)) continue;
            DateOnly? date;
            if (m.Groups["this"].Success)
                date = m.Groups["this"].Value.EndsWith("year", StringComparison.Ordinal)
                    ? new DateOnly(today.Year, 12, 31)
                    : LastDay(today.Year, today.Month);
            else
            {
                var month = MonthOf(m.Groups["mon"].Value);
                date = m.Groups["y"].Success ? LastDayOrNull(Number(m.Groups["y"].Value), month) : NextEndOfMonth(today, month);
            }
            if (date is not null) Add(new DateHit(hit, date, DateKind.Calendar));
        }
    }

    /// <summary>
    /// Days people name relative to today: "by Friday", "by next Friday", "this week", "by the end of next week",
    /// "this month", "next quarter", "mid-April", "before the April release" (an event in a named month: its last day).
    /// </summary>
    private void AddRelativeDates(SmartText text, DateOnly today)
    {
        foreach (var m in Matches(SmartPatterns.RelativeDate(), text.Lower))
        {
            var hit = new Hit(m.Index, m.Length);
            if (Dates.Exists(d => d.Where.Index < hit.End && hit.Index < d.Where.End)) continue;
            DateOnly? date = null;
            if (m.Groups["wd"].Success)
            {
                var target = Enum.Parse<DayOfWeek>(m.Groups["wd"].Value, ignoreCase: true);
                var ahead = ((int)target - (int)today.DayOfWeek + 7) % 7;
                date = today.AddDays((ahead == 0 ? 7 : ahead) + (m.Groups["next"].Success ? 7 : 0));
            }
            else if (m.Groups["unit"].Success)
            {
                var next = m.Groups["rel"].Value == "next";
                date = m.Groups["unit"].Value switch
                {
                    "week" => today.AddDays(((int)DayOfWeek.Sunday - (int)today.DayOfWeek + 7) % 7 + (next ? 7 : 0)),
                    "month" => next ? LastDay(today.AddMonths(1).Year, today.AddMonths(1).Month) : LastDay(today.Year, today.Month),
                    _ => QuarterEnd(next ? today.AddMonths(3) : today),
                };
            }
            else if (m.Groups["mid"].Success)
                date = NextOnOrAfter(today, MonthOf(m.Groups["mid"].Value), 15);
            else if (m.Groups["event"].Success)
                date = NextEndOfMonth(today, MonthOf(m.Groups["event"].Value));
            if (date is not null && today.Year < 9000) Add(new DateHit(hit, date, DateKind.Calendar));
        }
    }

    private static DateOnly QuarterEnd(DateOnly day)
    {
        var month = (day.Month - 1) / 3 * 3 + 3;
        return LastDay(day.Year, month);
    }

    private void Add(DateHit hit)
    {
        if (Dates.Count < MaxHits) Dates.Add(hit);
    }

    private static IEnumerable<Match> Matches(Regex pattern, string text)
    {
        var m = pattern.Match(text);
        for (var i = 0; m.Success && i < MaxHits; i++, m = m.NextMatch()) yield return m;
    }

    private static DateOnly? Add(DateOnly today, int n, string unit) => today.Year > 9000 ? null : unit[0] switch
    {
        'd' => today.AddDays(n),
        'w' => today.AddDays(7 * n),
        'm' => today.AddMonths(n),
        _ => n <= 50 ? today.AddYears(n) : null,
    };

    private static DateOnly? NextOnOrAfter(DateOnly today, int month, int day)
    {
        for (var year = today.Year; year <= Math.Min(today.Year + YearsToSearch, 9998); year++)
            if (Make(year, month, day) is { } date && date >= today) return date;
        return null;
    }

    private static DateOnly? NextEndOfMonth(DateOnly today, int month)
    {
        if (month is < 1 or > 12) return null;
        var end = LastDay(today.Year, month);
        return end >= today ? end : LastDayOrNull(today.Year + 1, month);
    }

    private static DateOnly? Make(int year, int month, int day) =>
        year is >= 1 and <= 9998 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;

    private static DateOnly? LastDayOrNull(int year, int month) =>
        year is >= 1 and <= 9998 && month is >= 1 and <= 12 ? LastDay(year, month) : null;

    private static DateOnly LastDay(int year, int month) => new(year, month, DateTime.DaysInMonth(year, month));

    private static int Number(string digits) =>
        int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0;

    private static int MonthOf(string name) => name.Length < 3 ? 0 : name[..3] switch
    {
        "jan" => 1, "feb" => 2, "mar" => 3, "apr" => 4, "may" => 5, "jun" => 6,
        "jul" => 7, "aug" => 8, "sep" => 9, "oct" => 10, "nov" => 11, "dec" => 12,
        _ => 0,
    };
}
