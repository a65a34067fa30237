using Thrive.Web.Features.Pairs;

namespace Thrive.Web.Features.Health;

/// <summary>
/// What nudging a pair and recording a check-in share: only the programme's coordinators may, only while the pair is
/// active, and the step is kept on the pair with its coordinator and time.
/// </summary>
public sealed class PairEscalations(ThriveDbContext db, Access access, ReaderClock reader)
{
    /// <summary>The pair a step is about, with what a mail to both needs.</summary>
    public sealed record Target(Guid PairId, string ProgrammeName, Reminders.Person Mentee, Reminders.Person Mentor);

    /// <summary>Checks the permission and the pair's state, then records the step; <paramref name="before"/> runs first (the nudge's mail).</summary>
    public async Task<Result<Unit>> RecordAsync(Actor actor, Guid pairId, EscalationStep step, string? note, Func<Target, CancellationToken, Task>? before, CancellationToken ct)
    {
        if ((await access.CheckAsync(actor, Policy.Health.Escalate, pairId, ct)).Denied is { } denied) return denied;
        var facts = await PairFacts.LoadAsync(db, pairId, ct);
        if (facts.RefuseUnlessActive() is { } refused) return refused;
        var recorded = PairEscalation.Record(pairId, actor.UserId, step, note, reader.UtcNow);
        if (!recorded.Succeeded) return Result<Unit>.Fail(recorded.Errors);
        if (before is not null)
        {
            var people = await db.Users.Where(u => u.Id == facts.MenteeId || u.Id == facts.MentorId)
                .Select(u => new Reminders.Person(u.Id, u.Email!, u.DisplayName, u.TimeZone)).ToListAsync(ct);
            var programme = await db.Programmes.Where(p => p.Id == facts.ProgrammeId).Select(p => p.Name).FirstAsync(ct);
            await before(new Target(pairId, programme, people.First(p => p.Id == facts.MenteeId), people.First(p => p.Id == facts.MentorId)), ct);
        }
        db.PairEscalations.Add(recorded.Value!);
        await db.SaveChangesAsync(ct);
        return Result.Ok();
    }
}
