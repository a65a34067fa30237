namespace Thrive.Web.Features.Sessions;

/// <summary>The two members of a pair as the session pages name them, with the zone each of them lives in.</summary>
public sealed record SessionPeople(Guid MenteeId, string MenteeName, string MenteeTimeZone, Guid MentorId, string MentorName, string MentorTimeZone)
{
    /// <summary>Both members in one query.</summary>
    public static Task<SessionPeople> OfPairAsync(ThriveDbContext db, Guid pairId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        return (
            from p in db.Pairs
            where p.Id == pairId
            join mentee in db.Users on p.MenteeId equals mentee.Id
            join mentor in db.Users on p.MentorId equals mentor.Id
            select new SessionPeople(p.MenteeId, mentee.DisplayName, mentee.TimeZone, p.MentorId, mentor.DisplayName, mentor.TimeZone))
            .FirstAsync(ct);
    }

    /// <summary>"Tue 3 Mar 16:00 (UTC+1)" in a zone (in UTC when the zone is unknown).</summary>
    public static string At(DateTimeOffset utc, string timeZone) =>
        Thrive.Domain.Sessions.SessionTimes.InZone(utc, timeZone) is { Succeeded: true } z ? z.Value!.Display : utc.ToString("u", System.Globalization.CultureInfo.InvariantCulture);
}
