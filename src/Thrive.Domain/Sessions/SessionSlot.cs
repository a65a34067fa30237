using Thrive.Domain.Programmes;
namespace Thrive.Domain.Sessions;

/// <summary>
/// The recurring meeting time of a mentoring plan ("Tuesdays 16:00 on a video call"), in the time zone of
/// whoever set it. <see cref="StartsOn"/> anchors the series: fortnightly sessions fall 14 days apart from it,
/// and monthly sessions take its week of the month (1 to 4).
/// </summary>
public sealed record SessionSlot
{
    public const int MinDuration = 15;
    public const int MaxDuration = 240;

    private SessionSlot(DayOfWeek day, TimeOnly localTime, string timeZoneId, int durationMinutes, SessionCadence cadence, DateOnly startsOn)
    {
        Day = day; LocalTime = localTime; TimeZoneId = timeZoneId; DurationMinutes = durationMinutes; Cadence = cadence; StartsOn = startsOn;
    }

    public DayOfWeek Day { get; }
    public TimeOnly LocalTime { get; }
    /// <summary>IANA id, e.g. Europe/Amsterdam.</summary>
    public string TimeZoneId { get; }
    public int DurationMinutes { get; }
    public SessionCadence Cadence { get; }
    /// <summary>The date of the first session (local to <see cref="TimeZoneId"/>); falls on <see cref="Day"/>.</summary>
    public DateOnly StartsOn { get; }

    public TimeSpan Duration => TimeSpan.FromMinutes(DurationMinutes);

    /// <summary>1 for the first weekday of its kind in the month, up to 4.</summary>
    public int WeekOfMonth => (StartsOn.Day - 1) / 7 + 1;

    public static Result<SessionSlot> Create(
        DayOfWeek day, TimeOnly localTime, string timeZoneId, int durationMinutes, SessionCadence cadence, DateOnly startsOn)
    {
        var v = new Validate()
            .That(Enum.IsDefined(day), nameof(Day), "Day must be a day of the week.")
            .That(TimeZones.IsKnown(timeZoneId), nameof(TimeZoneId), "Time zone must be a known IANA time zone, like Europe/Amsterdam.")
            .Range(nameof(DurationMinutes), durationMinutes, "Duration (minutes)", MinDuration, MaxDuration)
            .That(Enum.IsDefined(cadence), nameof(Cadence), "Cadence must be weekly, fortnightly or monthly.")
            .That(startsOn.DayOfWeek == day, nameof(StartsOn), $"The first session must fall on a {day}.")
            .That(cadence != SessionCadence.Monthly || startsOn.Day <= 28, nameof(StartsOn),
                "A monthly session must start in the first four weeks of a month, so that every month has one.");
        if (!v.Ok) return Result<SessionSlot>.Fail(v.Errors);
        return new SessionSlot(day, localTime, timeZoneId.Trim(), durationMinutes, cadence, startsOn);
    }
}
