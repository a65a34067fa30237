namespace Thrive.Web.Features.Wellbeing;

/// <summary>The owner rewrites one of their wins (the same fields as a new one): the text, the doubt it answers, or its day (not in the future).</summary>
public static class ReviseWin
{
    public sealed class Handler(ThriveDbContext db, Access access, ReaderClock reader)
    {
        public async Task<Result<Unit>> HandleAsync(Actor actor, Guid id, NoteWin.Request r, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(r);
            if ((await access.CheckAsync(actor, Policy.Wellbeing.WriteWin, id, ct)).Denied is { } denied) return denied;
            var win = await db.Wins.FirstAsync(w => w.Id == id, ct);
            var revised = win.Revise(new WinDetails(r.Text ?? "", r.Doubt, r.On ?? win.On), reader.Today, reader.UtcNow);
            if (revised.Succeeded) await db.SaveChangesAsync(ct);
            return revised;
        }
    }
}
