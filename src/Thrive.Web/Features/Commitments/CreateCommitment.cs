namespace Thrive.Web.Features.Commitments;

/// <summary>A new commitment in the reader's newest programme, worded "I will … at … in …" or "After …, I will …".</summary>
public static class CreateCommitment
{
    /// <summary>The form (and request body): one of the two wordings, how often, and how a check-in is counted.</summary>
    public sealed record Request
    {
        public CommitmentForm Form { get; init; } = CommitmentForm.ImplementationIntention;
        public string? Behaviour { get; init; }
        public string? Time { get; init; }
        public string? Location { get; init; }
        public string? CurrentHabit { get; init; }
        public int Times { get; init; } = 1;
        public HabitPeriod Period { get; init; } = HabitPeriod.Week;
        public CommitmentKind Kind { get; init; } = CommitmentKind.YesNo;
        public decimal? Target { get; init; }
        public string? Unit { get; init; }
        public Guid? GoalId { get; init; }

        public CommitmentDetails ToDetails() => new(Form, Behaviour ?? "", Time, Location, CurrentHabit, Times, Period, Kind,
            Kind == CommitmentKind.YesNo ? 1m : Target ?? 0m, Unit, GoalId);
    }

    public sealed class Handler(ThriveDbContext db, Access access, ReaderClock reader)
    {
        public async Task<Result<Guid>> HandleAsync(Actor actor, Request r, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(r);
            var place = await access.OwnPlaceAsync(actor, null, ct);
            if (!place.Succeeded) return Result<Guid>.Fail(place.Errors);
            var programmeId = place.Value!.ProgrammeId;
            if (r.GoalId is { } g && !await db.Goals.AnyAsync(x => x.Id == g && x.OwnerId == actor.UserId && x.ProgrammeId == programmeId, ct))
                return Error.Validation(nameof(Request.GoalId), "Choose one of your goals, or none.");
            var c = Commitment.Create(programmeId, actor.UserId, r.ToDetails(), reader.Today, reader.Today, reader.UtcNow);
            if (!c.Succeeded) return Result<Guid>.Fail(c.Errors);
            db.Commitments.Add(c.Value!);
            await db.SaveChangesAsync(ct);
            return c.Value!.Id;
        }
    }
}
