namespace Thrive.Domain.Sessions;

/// <summary>The mentoring plan's rules for one session: notice for cancelling, no double booking, no sessions in the past.</summary>
public static class SessionRules
{
    public const int DefaultNoticeHours = 24;

    /// <summary>Late when less than <paramref name="noticeHours"/> remain before the start; exactly the notice is on time.</summary>
    public static bool IsLateCancellation(DateTimeOffset start, DateTimeOffset cancelledAt, int noticeHours = DefaultNoticeHours) =>
        start - cancelledAt < TimeSpan.FromHours(noticeHours);

    /// <summary>Half-open intervals: a session ending at 17:00 does not overlap one starting at 17:00.</summary>
    public static bool Overlaps(DateTimeOffset start, DateTimeOffset end, IEnumerable<(DateTimeOffset Start, DateTimeOffset End)> others)
    {
        ArgumentNullException.ThrowIfNull(others);
        return others.Any(o => start < o.End && o.Start < end);
    }

    /// <summary>A new session of a pair: starts in the future, ends after it starts, and does not overlap the pair's others.</summary>
    public static Result<Unit> ValidateNewSession(
        DateTimeOffset start, DateTimeOffset end, DateTimeOffset now, IEnumerable<(DateTimeOffset Start, DateTimeOffset End)> existing)
    {
        ArgumentNullException.ThrowIfNull(existing);
        var errors = new List<Error>();
        if (start < now) errors.Add(Error.Validation("Start", "The session cannot start in the past."));
        if (end <= start) errors.Add(Error.Validation("End", "The session must end after it starts."));
        else if (Overlaps(start, end, existing))
            errors.Add(Error.Conflict("The session overlaps another session of this pair.", "Start"));
        return errors.Count == 0 ? Result.Ok() : Result<Unit>.Fail(errors);
    }
}
