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

    /// <summary>Moves the clock forward to <paramref name="instant"/>, for a test that needs a given wall-clock time somewhere.</summary>
    public void MoveTo(DateTimeOffset instant) => Advance(instant - GetUtcNow());

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + Offset;
}
