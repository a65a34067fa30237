namespace Thrive.Web.Features.Goals;

/// <summary>The new-goal form: blank (started on saving) or filled from an example goal (kept a draft), with the SWOT items to link.</summary>
public static class GetNewGoalForm
{
    public sealed record View(CreateGoal.Request Input, string? TemplateTitle, IReadOnlyList<GoalSwotLinks.Option> SwotItems);

    public sealed class Handler(ThriveDbContext db, Access access, ReaderClock reader)
    {
        /// <summary>The form in the reader's newest place; <paramref name="template"/> is a key from the library ("p:" and an id for a programme's own).</summary>
        public async Task<Result<View>> HandleAsync(Actor actor, string? template, CancellationToken ct)
        {
            var found = await access.OwnPlaceAsync(actor, null, ct);
            if (!found.Succeeded) return Result<View>.Fail(found.Errors);
            var place = found.Value!;
            var swot = await GoalSwotLinks.OptionsAsync(db, actor.UserId, place.ProgrammeId, ct);
            if (template is null) return new View(new CreateGoal.Request { Activate = true }, null, swot);
            var details = await TemplateAsync(actor, template, place, ct);
            if (details is null) return Error.NotFound("Example goal");
            var input = new CreateGoal.Request { Title = details.Title, Description = details.Description, Category = details.Category, Smart = SmartForm.From(details.Smart), Activate = true };
            return new View(input, details.Title, swot);
        }

        private async Task<GoalDetails?> TemplateAsync(Actor actor, string key, ProgrammePlaces.Place place, CancellationToken ct)
        {
            if (GoalTemplates.Find(key) is { } t) return GoalTemplates.ToDetails(t, reader.Today, place.ProgrammeEnd);
            if (!key.StartsWith("p:", StringComparison.Ordinal) || !Guid.TryParse(key[2..], out var id)) return null;
            // A programme's own examples are for the people with a place in it.
            var programmes = db.Participants.Where(p => p.UserId == actor.UserId && p.Status == ApplicationStatus.Accepted).Select(p => p.ProgrammeId);
            var own = await db.GoalTemplates.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id && programmes.Contains(x.ProgrammeId), ct);
            return own is null ? null : new GoalDetails(own.Title, own.Description, own.Category, SmartFields.Empty);
        }
    }
}
