namespace Thrive.Web.Features.Exams;

/// <summary>The certifications a programme keeps as templates, by name; anyone in the programme reads them to start an exam from.</summary>
public static class ListExamTemplates
{
    public const int Max = 100;

    public sealed record View(Guid ProgrammeId, bool CanManage, IReadOnlyList<ExamTemplate> Templates);

    public sealed class Handler(ThriveDbContext db, Access access)
    {
        public async Task<Result<View>> HandleAsync(Actor actor, Guid programmeId, CancellationToken ct)
        {
            var grant = await access.CheckAsync(actor, Policy.Programme.Read, programmeId, ct);
            if (grant.Denied is { } denied) return denied;
            var list = await db.ExamTemplates.AsNoTracking().Where(t => t.ProgrammeId == programmeId).OrderBy(t => t.Name).ThenBy(t => t.Id).Take(Max).ToListAsync(ct);
            return new View(programmeId, grant.May(Policy.Programme.Manage), list);
        }
    }
}

/// <summary>Those who run a programme add a common certification (passing score, scale, weighted domains) for its mentees to start from.</summary>
public static class AddExamTemplate
{
    public sealed record Request
    {
        /// <summary>Taken from the address; a value in the body is ignored.</summary>
        public Guid ProgrammeId { get; init; }
        public string? Provider { get; init; }
        public string? Name { get; init; }
        public string? Code { get; init; }
        public int? PassingScore { get; init; }
        public int? ScaleMin { get; init; }
        public int? ScaleMax { get; init; }
        public IReadOnlyList<DomainWeight>? Domains { get; init; }
    }

    public sealed class Handler(ThriveDbContext db, Access access, ReaderClock reader)
    {
        public async Task<Result<Guid>> HandleAsync(Actor actor, Request r, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(r);
            if ((await access.CheckAsync(actor, Policy.Programme.Manage, r.ProgrammeId, ct)).Denied is { } denied) return denied;
            var t = ExamTemplate.Create(r.ProgrammeId, r.Provider, r.Name, r.Code, r.PassingScore, r.ScaleMin, r.ScaleMax, r.Domains, reader.UtcNow);
            if (!t.Succeeded) return Result<Guid>.Fail(t.Errors);
            db.ExamTemplates.Add(t.Value!);
            await db.SaveChangesAsync(ct);
            return t.Value!.Id;
        }
    }
}

/// <summary>Those who run a programme remove a certification template; exams started from it keep their own copy of the domains.</summary>
public static class RemoveExamTemplate
{
    public sealed class Handler(ThriveDbContext db, Access access)
    {
        public async Task<Result<Unit>> HandleAsync(Actor actor, Guid programmeId, Guid templateId, CancellationToken ct)
        {
            if ((await access.CheckAsync(actor, Policy.Programme.Manage, programmeId, ct)).Denied is { } denied) return denied;
            // Idempotent: a template already removed (by another coordinator, in another tab) is simply gone.
            await db.ExamTemplates.Where(t => t.Id == templateId && t.ProgrammeId == programmeId).ExecuteDeleteAsync(ct);
            return Result.Ok();
        }
    }
}
