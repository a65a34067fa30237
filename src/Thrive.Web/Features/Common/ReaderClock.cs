namespace Thrive.Web.Features.Common;

/// <summary>
/// The reader's now, today and time zone. Every day a person sees or enters (overdue action items, check-in days,
/// the week of the programme, goal dates) is their own local day: after 22:00 in Johannesburg it is not yet
/// tomorrow. Outside a request (reminders, the demo) ask for a person's day with <see cref="TodayIn"/>.
/// </summary>
public sealed class ReaderClock(TimeProvider clock, IHttpContextAccessor http)
{
    /// <summary>The instant, for storing (instants are stored in UTC).</summary>
    public DateTimeOffset UtcNow => clock.GetUtcNow();

    /// <summary>The signed-in reader's IANA zone from their sign-in cookie (UTC when there is no reader).</summary>
    public string TimeZone => http.HttpContext?.User.TimeZone() ?? "UTC";

    /// <summary>The reader's calendar day.</summary>
    public DateOnly Today => TodayIn(TimeZone);

    /// <summary>The reader's wall-clock time with its offset.</summary>
    public DateTimeOffset Now => TimeZoneInfo.ConvertTime(UtcNow, TimeZones.Find(TimeZone));

    /// <summary>An instant on the reader's clock for a dated line such as a comment ("3 Mar 2026 16:05").</summary>
    public string Stamp(DateTimeOffset instant) =>
        TimeZoneInfo.ConvertTime(instant, TimeZones.Find(TimeZone)).ToString("d MMM yyyy HH:mm", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The calendar day of a person in <paramref name="timeZone"/> (UTC when unknown).</summary>
    public DateOnly TodayIn(string? timeZone) => TimeZones.LocalDate(UtcNow, timeZone);
}
