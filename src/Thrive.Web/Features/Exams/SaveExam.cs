namespace Thrive.Web.Features.Exams;

/// <summary>The reader sets up (or changes) the exam they prepare for in their newest programme.</summary>
public static class SaveExam
{
    /// <summary>The exam form and request body.</summary>
    public sealed record Request
    {
        public string? Provider { get; init; }
        public string? Name { get; init; }
        public string? Code { get; init; }
        public DateOnly? ExamOn { get; init; }
        public DateOnly? VoucherExpiresOn { get; init; }
        public int? PassingScore { get; init; }
        public int? ScaleMin { get; init; }
        public int? ScaleMax { get; init; }
        /// <summary>The exam is booked (not just planned).</summary>
        public bool Booked { get; init; }
        /// <summary>The domains and their weights in percent, adding up to 100.</summary>
        public IReadOnlyList<DomainWeight>? Domains { get; init; }
        /// <summary>The study plan: one line of topics per week, from the week the exam is set up.</summary>
        public string? StudyPlan { get; init; }
        /// <summary>One of the reader's goals with a measure, which then follows the latest practice score.</summary>
        public Guid? GoalId { get; init; }

        public ExamDetails ToDetails() => new(Provider ?? "", Name ?? "", Code ?? "", ExamOn ?? DateOnly.MinValue, VoucherExpiresOn, PassingScore ?? 0,
            ScaleMin ?? 0, ScaleMax ?? 0, Booked, Domains ?? [], StudyPlan, GoalId);

        public static Request From(Exam e)
        {
            ArgumentNullException.ThrowIfNull(e);
            return new()
            {
                Provider = e.Provider, Name = e.Name, Code = e.Code, ExamOn = e.ExamOn, VoucherExpiresOn = e.VoucherExpiresOn, PassingScore = e.PassingScore,
                ScaleMin = e.ScaleMin, ScaleMax = e.ScaleMax, Booked = e.Booked, Domains = e.Domains.Select(d => new DomainWeight(d.Name, d.Weight)).ToList(),
                StudyPlan = e.StudyPlan, GoalId = e.GoalId,
            };
        }

        public static Request From(ExamTemplate t)
        {
            ArgumentNullException.ThrowIfNull(t);
            return new()
            {
                Provider = t.Provider, Name = t.Name, Code = t.Code, PassingScore = t.PassingScore, ScaleMin = t.ScaleMin, ScaleMax = t.ScaleMax, Domains = t.Domains,
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
            if (r.ExamOn is null) return Error.Validation(nameof(Request.ExamOn), "Choose the exam date (a planned date is fine until you book it).");
            if (r.GoalId is { } goalId && !await db.Goals.AnyAsync(g => g.Id == goalId && g.OwnerId == actor.UserId && g.ProgrammeId == programmeId
                    && g.Smart.Metric != "" && g.Smart.Target != null, ct))
                return Error.Validation(nameof(Request.GoalId), "Choose one of your goals that has a measure (a metric and a target), or none.");
            var exam = await db.Exams.FirstOrDefaultAsync(e => e.OwnerId == actor.UserId && e.ProgrammeId == programmeId, ct);
            if (exam is null)
            {
                var made = Exam.SetUp(programmeId, actor.UserId, r.ToDetails(), reader.Today, reader.UtcNow);
                if (!made.Succeeded) return Result<Guid>.Fail(made.Errors);
                db.Exams.Add(exam = made.Value!);
            }
            else if (exam.Change(r.ToDetails(), reader.Today, reader.UtcNow) is { Succeeded: false } changed) return Result<Guid>.Fail(changed.Errors);
            try { await db.SaveChangesAsync(ct); }
            catch (DbUpdateException e) when (e.IsUniqueKeyViolation()) { return Error.Conflict("The exam was just set up in another tab; reload and try again.", null, "stale"); }
            return exam.Id;
        }
    }
}
