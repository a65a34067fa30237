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
        /// <summary>For a number: at least the target (aim up) or at most it (a limit, aim down).</summary>
        public HabitDirection Direction { get; init; } = HabitDirection.AtLeast;
        /// <summary>How the check-ins feed the goal's measure, if at all.</summary>
        public GoalFeed Feed { get; init; } = GoalFeed.None;

        public CommitmentDetails ToDetails() => new(Form, Behaviour ?? "", Time, Location, CurrentHabit, Times, Period, Kind,
            Kind == CommitmentKind.YesNo ? 1m : Target ?? 0m, Unit, GoalId, Direction, Feed);

        /// <summary>The form filled with a commitment as it stands.</summary>
        public static Request Of(Commitment c)
        {
            ArgumentNullException.ThrowIfNull(c);
            return new()
            {
                Form = c.Form, Behaviour = c.Behaviour, Time = c.Time, Location = c.Location, CurrentHabit = c.CurrentHabit, Times = c.Times,
                Period = c.Period, Kind = c.Kind, Target = c.Kind == CommitmentKind.Number ? c.Target : null, Unit = c.Unit, GoalId = c.GoalId,
                Direction = c.Direction, Feed = c.Feed,
            };
        }
    }

    public sealed class Handler(ThriveDbContext db, Access access, ReaderClock reader)
    {
        public async Task<Result<Guid>> HandleAsync(Actor actor, Request r, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(r);
            var place = await access.OwnPlaceAsync(actor, null, ct);
            if (!place.Succeeded) return Result<Guid>.Fail(place.Errors);
            var programmeId = place.Value!.ProgrammeId;
            var details = r.ToDetails();
            var c = Commitment.Create(programmeId, actor.UserId, details, reader.Today, reader.Today, reader.UtcNow);
            if (!c.Succeeded) return Result<Guid>.Fail(c.Errors);
            if (await GoalLink.CheckAsync(db, details, actor.UserId, programmeId, null, ct) is { } wrongGoal) return wrongGoal;
            db.Commitments.Add(c.Value!);
            await db.SaveChangesAsync(ct);
            return c.Value!.Id;
        }
    }
}
