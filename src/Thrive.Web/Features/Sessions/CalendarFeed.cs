using Microsoft.EntityFrameworkCore;
using Thrive.Domain.Sessions;
using Thrive.Persistence;
using Thrive.Web.Features.Sessions;
using Thrive.Web.Infrastructure;

namespace Thrive.Web.Features.Sessions;

/// <summary>
/// Each person's secret calendar feed: a URL holding a random token that calendar apps poll without signing in. Only the
/// token's SHA-256 is stored, so the URL is shown once, when it is made; making a new one ends the old one.
/// </summary>
public static class CalendarFeed
{
    /// <summary>The feed holds sessions from this many days back onwards, at most <see cref="MaxSessions"/>.</summary>
    public const int PastDays = 60;
    public const int MaxSessions = 500;
    public const string Path = "/calendar/";

    public sealed record Status(bool HasFeed, DateTimeOffset? CreatedAt);

    public sealed class Handler(ThriveDbContext db, TimeProvider clock, LinkBuilder links)
    {
        public Task<Status> StatusAsync(Actor actor, CancellationToken ct) =>
            db.Users.Where(u => u.Id == actor.UserId).Select(u => new Status(u.CalendarFeedTokenHash != null, u.CalendarFeedCreatedAt)).FirstAsync(ct);

        /// <summary>A new secret URL; the previous one stops working at once.</summary>
        public async Task<string> RegenerateAsync(Actor actor, CancellationToken ct)
        {
            var user = await db.Users.FirstAsync(u => u.Id == actor.UserId, ct);
            var token = SessionCalendar.NewFeedToken();
            user.CalendarFeedTokenHash = Tokens.Hash(token);
            user.CalendarFeedCreatedAt = clock.GetUtcNow();
            await db.SaveChangesAsync(ct);
            return links.Absolute($"{Path}{token}.ics");
        }

        /// <summary>The iCalendar text of the token's owner, or null for an unknown (or replaced) token.</summary>
        public async Task<string?> FeedAsync(string? token, CancellationToken ct)
        {
            if (string.IsNullOrEmpty(token) || token.Length > 100) return null;
            var hash = Tokens.Hash(token);
            var user = await db.Users.AsNoTracking().Where(u => u.CalendarFeedTokenHash == hash).Select(u => new { u.Id, u.DisplayName }).FirstOrDefaultAsync(ct);
            if (user is null) return null;
            var now = clock.GetUtcNow();
            var since = now.AddDays(-PastDays);
            var rows = await (
                from s in db.Sessions
                join p in db.Pairs on s.PairId equals p.Id
                where (p.MenteeId == user.Id || p.MentorId == user.Id) && s.StartUtc >= since
                join mentee in db.Users on p.MenteeId equals mentee.Id
                join mentor in db.Users on p.MentorId equals mentor.Id
                orderby s.StartUtc, s.Id
                select new { s.Id, s.StartUtc, s.EndUtc, s.Sequence, s.Status, Mentee = mentee.DisplayName, Mentor = mentor.DisplayName })
                .AsNoTracking().Take(MaxSessions).ToListAsync(ct);
            var nobody = new CalendarPerson("", "");
            var events = rows.Select(r => new CalendarSession(r.Id, r.StartUtc, r.EndUtc, SessionInvitations.Summary(r.Mentee, r.Mentor),
                $"Agenda, notes and action items: {links.Absolute($"/Sessions/{r.Id}")}", nobody, [], r.Sequence, r.Status == SessionStatus.Cancelled));
            return SessionCalendar.Feed($"Thrive: {user.DisplayName}", events, now);
        }
    }

    /// <summary>GET /calendar/{token}.ics: anonymous (the token is the key), never cached by shared caches.</summary>
    public static IEndpointRouteBuilder MapCalendarFeed(this IEndpointRouteBuilder app)
    {
        app.MapGet(Path + "{token}.ics", async (string token, Handler h, HttpContext c, CancellationToken ct) =>
        {
            c.Response.Headers.CacheControl = "private, no-store";
            c.Response.Headers["X-Robots-Tag"] = "noindex";
            var ics = await h.FeedAsync(token, ct);
            return ics is null ? Results.NotFound() : Results.Text(ics, SessionCalendar.ContentType);
        }).AllowAnonymous().ExcludeFromDescription();
        return app;
    }
}
