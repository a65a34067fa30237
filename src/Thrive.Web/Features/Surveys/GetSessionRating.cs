using System.Globalization;

namespace Thrive.Web.Features.Surveys;

/// <summary>A member's own rating of a session, to give or change it: never the partner's (the partner does not see it).</summary>
public static class GetSessionRating
{
    /// <param name="Open">Whether a rating can be given or changed now: the session is held and <paramref name="ChangeableUntil"/> has not passed.</param>
    /// <param name="Score">The reader's own rating; null until they give one.</param>
    public sealed record View(Guid SessionId, Guid PairId, string PartnerName, DateTimeOffset StartUtc, string When, SessionStatus Status, bool Open,
        DateTimeOffset ChangeableUntil, int? Score, string Comment, bool Named, DateTimeOffset? AnsweredAt);

    public sealed class Handler(ThriveDbContext db, Access access, ReaderClock reader)
    {
        public async Task<Result<View>> HandleAsync(Actor actor, Guid sessionId, CancellationToken ct)
        {
            if ((await access.CheckAsync(actor, Policy.Survey.Rate, sessionId, ct)).Denied is { } denied) return denied;
            var me = actor.UserId;
            var row = await (
                    from s in db.Sessions.AsNoTracking()
                    where s.Id == sessionId
                    join p in db.Pairs on s.PairId equals p.Id
                    join u in db.Users on (p.MentorId == me ? p.MenteeId : p.MentorId) equals u.Id
                    select new
                    {
                        s.Id, s.PairId, s.StartUtc, s.Status, Partner = u.DisplayName,
                        Mine = db.SessionRatings.Where(r => r.SessionId == s.Id && r.RaterId == me)
                            .Select(r => new { r.Score, r.Comment, r.Named, r.AnsweredAt }).FirstOrDefault(),
                    })
                .FirstAsync(ct);
            var now = reader.UtcNow;
            var when = SessionTimes.InZone(row.StartUtc, reader.TimeZone) is { Succeeded: true } local
                ? local.Value!.Display : row.StartUtc.ToString("u", CultureInfo.InvariantCulture);
            return new View(row.Id, row.PairId, row.Partner, row.StartUtc, when, row.Status,
                SessionRating.RefuseUnlessOpen(row.Status, row.StartUtc, now) is null, SessionRating.ChangeableUntil(row.StartUtc),
                row.Mine?.Score, row.Mine?.Comment ?? "", row.Mine?.Named ?? false, row.Mine?.AnsweredAt);
        }
    }
}
