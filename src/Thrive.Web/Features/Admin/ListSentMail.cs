namespace Thrive.Web.Features.Admin;

/// <summary>
/// Every message this installation sent, newest first, for its admins; in Development only, so that nobody needs a
/// mail server to try Thrive (elsewhere the mail server is the record).
/// </summary>
public static class ListSentMail
{
    public sealed class Handler(ThriveDbContext db, Access access, IWebHostEnvironment env)
    {
        public async Task<Result<Page<SentMail>>> HandleAsync(Actor actor, PageRequest page, CancellationToken ct)
        {
            if (!env.IsDevelopment()) return Error.NotFound("Sent mail");
            if ((await access.CheckAsync(actor, Policy.Installation.Administer, Guid.Empty, ct)).Denied is { } denied) return denied;
            var total = await db.SentMail.CountAsync(ct);
            var items = await db.SentMail.AsNoTracking().OrderByDescending(m => m.SentAt).ThenBy(m => m.Id).Skip(page.Skip).Take(page.Size).ToListAsync(ct);
            return new Page<SentMail>(items, page.Number, page.Size, total);
        }
    }
}
