namespace Thrive.Web.Features.Commitments;

/// <summary>The owner checks in on a commitment for one of their days: their today or up to a week back.</summary>
public static class RecordCheckIn
{
    /// <summary>The day kept (in the owner's own calendar), the amount (1 for a yes/no commitment) and an optional note.</summary>
    public sealed record Request
    {
        public DateOnly? Date { get; init; }
        public decimal? Value { get; init; }
        public string? Note { get; init; }
    }

    public sealed class Handler(ThriveDbContext db, Access access, ReaderClock reader)
    {
        public async Task<Result<Unit>> HandleAsync(Actor actor, Guid commitmentId, Request r, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(r);
            if ((await access.CheckAsync(actor, Policy.Commitment.Write, commitmentId, ct)).Denied is { } denied) return denied;
            if (r.Date is not { } date) return Error.Validation(nameof(Request.Date), "Choose the day you kept it (today or up to 7 days back).");
            var c = await db.Commitments.AsNoTracking().FirstAsync(x => x.Id == commitmentId, ct);
            var existing = await db.CheckIns.Where(x => x.CommitmentId == commitmentId && x.Date == date).Select(x => x.Date).ToListAsync(ct);
            var first = CheckIn.EnsureFirstForDay(existing, date);
            if (!first.Succeeded) return first;
            var checkIn = CheckIn.Record(c, date, r.Value ?? 1m, r.Note, reader.Today, reader.UtcNow);
            if (!checkIn.Succeeded) return Result<Unit>.Fail(checkIn.Errors);
            db.CheckIns.Add(checkIn.Value!);
            try { await db.SaveChangesAsync(ct); }
            catch (DbUpdateException e) when (e.IsUniqueKeyViolation()) { return CheckIn.EnsureFirstForDay([date], date); } // another tab checked in first
            return Result.Ok();
        }
    }
}
