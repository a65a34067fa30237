using Microsoft.EntityFrameworkCore;
using Thrive.Domain.Pairs;
using Thrive.Persistence;
using Thrive.Web.Infrastructure;

namespace Thrive.Web.Features.Programmes;

/// <summary>
/// A programme's pairs, paged, active first then proposed then ended: the programme's page and the pairs list of the
/// API show them in the same order. It reads; the caller has checked who may.
/// </summary>
public sealed class ProgrammePairs(ThriveDbContext db)
{
    public sealed record PairRow(Guid Id, string MentorName, string MenteeName, PairState State, DateTimeOffset ProposedAt);

    public async Task<Page<PairRow>> ListAsync(Guid programmeId, PageRequest page, CancellationToken ct)
    {
        var q = db.Pairs.Where(x => x.ProgrammeId == programmeId);
        var total = await q.CountAsync(ct);
        var items = await q
            .OrderBy(x => x.State == PairState.Active ? 0 : x.State == PairState.Proposed ? 1 : 2).ThenBy(x => x.Id)
            .Skip(page.Skip).Take(page.Size)
            .Select(x => new PairRow(x.Id,
                db.Users.Where(u => u.Id == x.MentorId).Select(u => u.DisplayName).First(),
                db.Users.Where(u => u.Id == x.MenteeId).Select(u => u.DisplayName).First(),
                x.State, x.ProposedAt))
            .ToListAsync(ct);
        return new Page<PairRow>(items, page.Number, page.Size, total);
    }
}
