using Thrive.Web.Permissions;
using Microsoft.EntityFrameworkCore;
using Thrive.Domain.Common;
using Thrive.Domain.Goals;
using Thrive.Persistence;
using Thrive.Web.Infrastructure;
using Thrive.Web.Features.Common;

namespace Thrive.Web.Features.Goals;

/// <summary>The example-goal library: the built-in templates plus those the coordinators of the person's programmes added.</summary>
public static class GoalLibrary
{
    public sealed record Entry(string Key, string Title, GoalCategory Category, string Description, string Why, string Shows, string Source, bool BuiltIn);

    public sealed class Handler(ThriveDbContext db, Access access, ProgrammePlaces places, ReaderClock reader, TimeProvider clock)
    {
        public async Task<IReadOnlyList<Entry>> ListAsync(Actor actor, GoalCategory? category, CancellationToken ct)
        {
            var programmes = await db.Participants.Where(p => p.UserId == actor.UserId && p.Status == Domain.Intake.ApplicationStatus.Accepted)
                .Select(p => p.ProgrammeId).ToListAsync(ct);
            var own = await db.GoalTemplates.Where(t => programmes.Contains(t.ProgrammeId) && (category == null || t.Category == category))
                .OrderBy(t => t.Title).Take(200)
                .Join(db.Programmes, t => t.ProgrammeId, p => p.Id, (t, p) => new Entry("p:" + t.Id, t.Title, t.Category, t.Description, t.Why, "", p.Name, false))
                .ToListAsync(ct);
            var builtIn = GoalTemplates.BuiltIn.Where(t => category is null || t.Category == category)
                .Select(t => new Entry(t.Key, t.Title, t.Category, t.Description, t.Why, t.Shows, t.Source, true));
            return builtIn.Concat(own).ToList();
        }

        /// <summary>A template as goal details ready for the new-goal form.</summary>
        public async Task<GoalDetails?> DetailsAsync(Actor actor, string key, CancellationToken ct)
        {
            var place = await places.FindAsync(actor.UserId, null, ct);
            if (GoalTemplates.Find(key) is { } t) return GoalTemplates.ToDetails(t, reader.Today, place?.ProgrammeEnd);
            if (!key.StartsWith("p:", StringComparison.Ordinal) || !Guid.TryParse(key[2..], out var id)) return null;
            var programmes = await db.Participants.Where(p => p.UserId == actor.UserId && p.Status == Domain.Intake.ApplicationStatus.Accepted)
                .Select(p => p.ProgrammeId).ToListAsync(ct);
            var own = await db.GoalTemplates.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id && programmes.Contains(x.ProgrammeId), ct);
            return own is null ? null : new GoalDetails(own.Title, own.Description, own.Category, SmartFields.Empty);
        }

        public async Task<Result<Guid>> AddAsync(Actor actor, Guid programmeId, string? title, string? description, string? why, GoalCategory category, CancellationToken ct)
        {
            if (await access.CheckManageAsync(actor, programmeId, ct) is { } denied) return denied;
            var t = ProgrammeGoalTemplate.Create(programmeId, title, description, why, category, actor.UserId, clock.GetUtcNow());
            if (!t.Succeeded) return Result<Guid>.Fail(t.Errors);
            db.GoalTemplates.Add(t.Value!);
            await db.SaveChangesAsync(ct);
            return t.Value!.Id;
        }
    }
}
