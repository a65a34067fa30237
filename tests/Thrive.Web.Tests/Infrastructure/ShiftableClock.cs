namespace Thrive.Web.Tests.Infrastructure;

/// <summary>Real time plus an offset that only moves forward, so a test can step past a session without waiting.</summary>
public sealed class ShiftableClock : TimeProvider
{
    private long offsetTicks;

    public TimeSpan Offset => TimeSpan.FromTicks(Interlocked.Read(ref offsetTicks));

    public void Advance(TimeSpan by)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(by, TimeSpan.Zero);
        Interlocked.Add(ref offsetTicks, by.Ticks);
    }

    /// <summary>Moves the clock forward to <paramref name="instant"/> ("it is 20:00 in New York on 15 January"); never back.</summary>
    public void MoveTo(DateTimeOffset instant) => Advance(instant - GetUtcNow());

    /// <summary>The instant when the wall clocks in <paramref name="zone"/> show <paramref name="at"/> on <paramref name="day"/>.</summary>
    public static DateTimeOffset WallTime(string zone, DateOnly day, TimeOnly at)
    {
        var local = day.ToDateTime(at);
        return new DateTimeOffset(local, TimeZoneInfo.FindSystemTimeZoneById(zone).GetUtcOffset(local));
    }

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + Offset;
}
