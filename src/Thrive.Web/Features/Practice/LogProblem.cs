namespace Thrive.Web.Features.Practice;

/// <summary>The reader logs a problem they solved in their newest programme; it enters the second-attempt schedule when it needs one.</summary>
public static class LogProblem
{
    /// <summary>The form (and request body) for a solved problem; editing sends the same.</summary>
    public sealed record Request
    {
        public string? Title { get; init; }
        public PracticeSource Source { get; init; } = PracticeSource.LeetCode;
        public string? Link { get; init; }
        public Difficulty Difficulty { get; init; } = Difficulty.Medium;
        public IReadOnlyList<PracticeTopic>? Topics { get; init; }
        public int? Minutes { get; init; }
        public SolvedHow How { get; init; } = SolvedHow.Alone;
        public string? Notes { get; init; }
        /// <summary>The reader's day it was solved; today when left out.</summary>
        public DateOnly? SolvedOn { get; init; }
        /// <summary>Schedule second attempts even for a problem solved alone.</summary>
        public bool Revisit { get; init; }
        /// <summary>When editing: the problem's version as the reader opened it (a changed problem answers 409 "stale"); not used when logging.</summary>
        public Guid? Version { get; init; }

        public PracticeDetails ToDetails(DateOnly today) => new(Title ?? "", Source, Link, Difficulty, PracticeTopics.Combine(Topics),
            Minutes ?? 0, How, Notes, SolvedOn ?? today, Revisit);

        public static Request From(PracticeProblem p)
        {
            ArgumentNullException.ThrowIfNull(p);
            return new()
            {
                Title = p.Title, Source = p.Source, Link = p.Link, Difficulty = p.Difficulty, Topics = PracticeTopics.Split(p.Topics),
                Minutes = p.Minutes, How = p.How, Notes = p.Notes, SolvedOn = p.SolvedOn, Revisit = p.Revisit, Version = p.Version,
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
            var problem = PracticeProblem.Log(place.Value!.ProgrammeId, actor.UserId, r.ToDetails(reader.Today), reader.Today, reader.UtcNow);
            if (!problem.Succeeded) return Result<Guid>.Fail(problem.Errors);
            db.PracticeProblems.Add(problem.Value!);
            await db.SaveChangesAsync(ct);
            return problem.Value!.Id;
        }
    }
}
