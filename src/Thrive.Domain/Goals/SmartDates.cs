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

    public static DateScan Find(SmartText text, SmartContext context)
    {
        var today = context.Today;
        var programmeEnd = context.ProgrammeEnd;
        var scan = new DateScan();
        scan.AddCalendarDates(text, today);
        scan.AddEndsOfPeriods(text, today);
        scan.AddRelativeDates(text, today);
        scan.AddContextDates(text, context);
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
                // "by Friday 29 May": the date says which Friday.
                if (Dates.Exists(d => d.Where.Index == hit.End + 1)) continue;
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

    /// <summary>Days the context names: today, the next session, the programme's midpoint, Easter, parts of a month or quarter.</summary>
    private void AddContextDates(SmartText text, SmartContext context)
    {
        var today = context.Today;
        if (today.Year > 9000) return;
        foreach (var m in Matches(SmartPatterns.ContextDate(), text.Lower))
        {
            var hit = new Hit(m.Index, m.Length);
            if (Dates.Exists(d => d.Where.Index < hit.End && hit.Index < d.Where.End)) continue;
            var g = m.Groups;
            if (g["a"].Success)
            {
                // "by 03/04": day first or month first; every reading a calendar has is a candidate, in that order.
                foreach (var (d, mo) in new[] { (Number(g["a"].Value), Number(g["b"].Value)), (Number(g["b"].Value), Number(g["a"].Value)) })
                    if (NextOnOrAfter(today, mo, d) is { } reading) Add(new DateHit(hit, reading, DateKind.Relative));
                continue;
            }
            DateOnly? date =
                g["today"].Success ? today
                : g["tomorrow"].Success ? today.AddDays(1)
                : g["dom"].Success ? NextDayOfMonth(today, Number(g["dom"].Value))
                : g["easter"].Success ? NextEaster(today)
                : g["startof"].Success ? NextOnOrAfter(today, MonthOf(g["smon"].Value), 1)
                : g["lmon"].Success ? NextEndOfMonth(today, MonthOf(g["lmon"].Value))
                : g["wk"].Success ? WeekOfMonth(today, g["wk"].Value, MonthOf(g["wmon"].Value))
                : g["half"].Success ? Midpoint(context)
                : g["session"].Success ? context.NextSession ?? today.AddDays(7)
                : g["quarter"].Success ? QuarterEnd(today)
                : g["q"].Success ? NextQuarterEnd(today, g["q"].Value[1] - '0')
                : g["nwd"].Success ? NextWeekday(today, g["nwd"].Value)
                : null;
            if (date is not null) Add(new DateHit(hit, date, DateKind.Relative));
        }
    }

    private static DateOnly NextWeekday(DateOnly today, string name)
    {
        var target = Enum.Parse<DayOfWeek>(name, ignoreCase: true);
        var ahead = ((int)target - (int)today.DayOfWeek + 7) % 7;
        return today.AddDays(ahead == 0 ? 7 : ahead);
    }

    private static DateOnly? NextDayOfMonth(DateOnly today, int day)
    {
        for (var i = 0; i < 12; i++)
        {
            var month = today.AddMonths(i);
            if (Make(month.Year, month.Month, day) is { } date && date >= today) return date;
        }
        return null;
    }

    /// <summary>Halfway between the programme's start (or today) and its end; unknown without an end.</summary>
    private static DateOnly? Midpoint(SmartContext context)
    {
        if (context.ProgrammeEnd is not { } end) return null;
        var start = context.ProgrammeStart ?? context.Today;
        return end < start ? null : start.AddDays((end.DayNumber - start.DayNumber) / 2);
    }

    /// <summary>"The second week of May": the week (Monday to Sunday) that starts on the month's second Monday; the last week ends on its last day.</summary>
    private static DateOnly? WeekOfMonth(DateOnly today, string which, int month)
    {
        if (which == "last") return NextEndOfMonth(today, month);
        var n = which switch { "first" => 1, "second" => 2, "third" => 3, _ => 4 };
        for (var year = today.Year; year <= Math.Min(today.Year + 1, 9998); year++)
        {
            var first = new DateOnly(year, month, 1);
            var monday = first.AddDays(((int)DayOfWeek.Monday - (int)first.DayOfWeek + 7) % 7 + 7 * (n - 1));
            var sunday = monday.AddDays(6);
            if (sunday >= today) return sunday;
        }
        return null;
    }

    private static DateOnly NextQuarterEnd(DateOnly today, int quarter)
    {
        var end = LastDay(today.Year, quarter * 3);
        return end >= today ? end : LastDay(today.Year + 1, quarter * 3);
    }

    /// <summary>The next Easter Sunday on or after today (the Gregorian computus).</summary>
    private static DateOnly? NextEaster(DateOnly today)
    {
        for (var year = today.Year; year <= Math.Min(today.Year + 1, 9998); year++)
        {
            int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
            int h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = (a + 11 * h + 22 * l) / 451;
            var easter = new DateOnly(year, (h + l - 7 * m + 114) / 31, (h + l - 7 * m + 114) % 31 + 1);
            if (easter >= today) return easter;
        }
        return null;
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
