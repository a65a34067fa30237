namespace Thrive.Web.Features.Groups;

/// <summary>What the new-group form offers the reader: the programmes they run (and the community, for admins) and the people who may facilitate.</summary>
public static class GetGroupForm
{
    public sealed record ProgrammeOption(Guid Id, string Name);

    public sealed record Candidate(Guid UserId, string Name, ParticipantRole Role, string ProgrammeName);

    /// <param name="ProgrammeId">The programme the form is for; null for a community group.</param>
    public sealed record View(Guid? ProgrammeId, IReadOnlyList<ProgrammeOption> Programmes, bool CanCreateCommunity, IReadOnlyList<Candidate> Candidates);

    /// <summary>The form lists at most this many people to choose a facilitator from.</summary>
    public const int CandidatesMax = 500;

    public sealed class Handler(ThriveDbContext db, Access access)
    {
        public async Task<Result<View>> HandleAsync(Actor actor, Guid? programmeId, bool community, CancellationToken ct)
        {
            var me = actor.UserId;
            var runs = await db.Participants.Where(p => p.UserId == me && p.Role == ParticipantRole.Coordinator && p.Status == ApplicationStatus.Accepted)
                .Join(db.Programmes, p => p.ProgrammeId, g => g.Id, (p, g) => g)
                .OrderBy(g => g.Name).ThenBy(g => g.Id).Take(50).Select(g => new ProgrammeOption(g.Id, g.Name)).ToListAsync(ct);
            if (actor.IsAdmin && runs.Count == 0 && !community && programmeId is null)
                community = true;
            Guid? target = community ? null : programmeId ?? (runs.Count > 0 ? runs[0].Id : null);
            var grant = target is { } id
                ? await access.CheckAsync(actor, Policy.Group.Create, id, ct)
                : await access.CheckAsync(actor, Policy.Group.CreateCommunity, Guid.Empty, ct);
            if (grant.Denied is { } denied) return denied;
            if (target is { } t && runs.All(r => r.Id != t))
                runs.Insert(0, await db.Programmes.Where(g => g.Id == t).Select(g => new ProgrammeOption(g.Id, g.Name)).FirstAsync(ct));
            var candidates = await GroupCandidates.Of(db, target)
                .Join(db.Users, p => p.UserId, u => u.Id, (p, u) => new { p.UserId, u.DisplayName, p.Role, p.ProgrammeId })
                .Join(db.Programmes, x => x.ProgrammeId, g => g.Id, (x, g) => new { x.UserId, x.DisplayName, x.Role, ProgrammeName = g.Name })
                .OrderBy(c => c.DisplayName).ThenBy(c => c.UserId).Take(CandidatesMax)
                .Select(c => new Candidate(c.UserId, c.DisplayName, c.Role, c.ProgrammeName)).ToListAsync(ct);
            // A person in several programmes is listed once (a community group).
            candidates = candidates.DistinctBy(c => c.UserId).ToList();
            return new View(target, runs, actor.IsAdmin, candidates);
        }
    }
}
