namespace Thrive.Web.Features.Wellbeing;

/// <summary>
/// The reader checks in for a week (this week unless dated back): stress, energy, sleep, time off code and workload from
/// 1 to 5, an optional note. One check-in a week: checking in again in the same week updates that week's check-in
/// (and says so). The cards in progress on the reader's board are counted now and kept on the check-in.
/// </summary>
public static class RecordWellbeingCheckIn
{
    public sealed record Request
    {
        public int? Stress { get; init; }
        public int? Energy { get; init; }
        public int? Sleep { get; init; }
        /// <summary>Time off code, from 1 (none) to 5 (plenty).</summary>
        public int? Rest { get; init; }
        public int? Workload { get; init; }
        public string? Note { get; init; }
        /// <summary>The reader's day of the check-in; today when left out. Its Monday-to-Sunday week is the check-in's week.</summary>
        public DateOnly? On { get; init; }

        public CheckInAnswers ToAnswers(DateOnly today) => new(Stress ?? 0, Energy ?? 0, Sleep ?? 0, Rest ?? 0, Workload ?? 0, Note, On ?? today);

        public static Request From(WellbeingCheckIn c)
        {
            ArgumentNullException.ThrowIfNull(c);
            return new() { Stress = c.Stress, Energy = c.Energy, Sleep = c.Sleep, Rest = c.Rest, Workload = c.Workload, Note = c.Note, On = c.On };
        }
    }

    /// <summary>The week's check-in, and whether it replaced the answers of an earlier check-in that week.</summary>
    public sealed record Saved(Guid Id, DateOnly WeekStart, bool Updated);

    public sealed class Handler(ThriveDbContext db, Access access, ReaderClock reader)
    {
        public async Task<Result<Saved>> HandleAsync(Actor actor, Request r, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(r);
            var place = await access.OwnPlaceAsync(actor, null, ct);
            if (!place.Succeeded) return Result<Saved>.Fail(place.Errors);
            var programmeId = place.Value!.ProgrammeId;
            var answers = r.ToAnswers(reader.Today);
            var errors = answers.Validate(reader.Today);
            if (errors.Count > 0) return Result<Saved>.Fail(errors);
            var week = WellbeingCheckIn.WeekOf(answers.On);
            var wip = await WorkInProgress.CountAsync(db, actor.UserId, programmeId, ct);
            var existing = await db.WellbeingCheckIns.FirstOrDefaultAsync(c => c.OwnerId == actor.UserId && c.ProgrammeId == programmeId && c.WeekStart == week, ct);
            var updated = existing is not null;
            if (existing is null)
            {
                var made = WellbeingCheckIn.Record(programmeId, actor.UserId, answers, wip, reader.Today, reader.UtcNow);
                if (!made.Succeeded) return Result<Saved>.Fail(made.Errors);
                db.WellbeingCheckIns.Add(existing = made.Value!);
            }
            else if (existing.Update(answers, wip, reader.Today, reader.UtcNow) is { Succeeded: false } refused) return Result<Saved>.Fail(refused.Errors);
            try { await db.SaveChangesAsync(ct); }
            catch (DbUpdateException e) when (e.IsUniqueKeyViolation() || e is DbUpdateConcurrencyException)
            {
                return Error.Conflict("You checked in for this week in another tab a moment ago; reload to see it.", null, "stale");
            }
            return new Saved(existing.Id, week, updated);
        }
    }
}
