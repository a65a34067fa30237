namespace Thrive.Web.Features.Commitments;

/// <summary>
/// The owner checks in on a commitment for one of their days: their today or up to a week back, with an optional
/// note. A goal the commitment feeds moves in the same save.
/// </summary>
public static class RecordCheckIn
{
    /// <summary>The day kept (in the owner's own calendar), the amount (1 for a yes/no commitment) and an optional note.</summary>
    public sealed record Request
    {
        public DateOnly? Date { get; init; }
        public decimal? Value { get; init; }
        public string? Note { get; init; }
    }

    /// <summary>The check-in recorded, whether it met the commitment (by its direction), and what to say about it.</summary>
    public sealed record Outcome(Guid Id, bool Met, string Message);

    public sealed class Handler(ThriveDbContext db, Access access, ReaderClock reader, GoalFeedSync feed)
    {
        public async Task<Result<Outcome>> HandleAsync(Actor actor, Guid commitmentId, Request r, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(r);
            if ((await access.CheckAsync(actor, Policy.Commitment.Write, commitmentId, ct)).Denied is { } denied) return denied;
            if (r.Date is not { } date) return Error.Validation(nameof(Request.Date), "Choose the day you kept it (today or up to 7 days back).");
            var c = await db.Commitments.AsNoTracking().FirstAsync(x => x.Id == commitmentId, ct);
            if (c.Kind == CommitmentKind.Number && r.Value is null) return Error.Validation(nameof(Request.Value), $"Enter the amount ({c.Unit}).");
            var checkIns = await feed.CheckInsAsync(commitmentId, ct);
            var first = CheckIn.EnsureFirstForDay(checkIns.Select(x => x.Date), date);
            if (!first.Succeeded) return Result<Outcome>.Fail(first.Errors);
            var value = r.Value ?? 1m;
            var checkIn = CheckIn.Record(c, date, value, r.Note, reader.Today, reader.UtcNow);
            if (!checkIn.Succeeded) return Result<Outcome>.Fail(checkIn.Errors);
            db.CheckIns.Add(checkIn.Value!);
            await feed.StageAsync(c, [.. checkIns, checkIn.Value!], actor.UserId, reader.UtcNow, ct);
            try { await db.SaveChangesAsync(ct); }
            catch (DbUpdateException e) when (e.IsUniqueKeyViolation()) { return Result<Outcome>.Fail(CheckIn.EnsureFirstForDay([date], date).Errors); } // another tab checked in first
            return new Outcome(checkIn.Value!.Id, checkIn.Value!.Met(c), HabitWords.AfterCheckIn(c, value));
        }
    }
}
