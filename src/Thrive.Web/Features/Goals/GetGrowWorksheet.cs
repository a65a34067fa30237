namespace Thrive.Web.Features.Goals;

/// <summary>A goal's GROW worksheet for its owner (who answers) and their mentoring partner (who reads along).</summary>
public static class GetGrowWorksheet
{
    /// <summary><see cref="Answers"/> holds all twenty questions in order, an empty text where there is no answer yet.</summary>
    public sealed record View(Guid GoalId, string GoalTitle, string OwnerName, bool CanWrite, IReadOnlyList<AnswerGrow.Answer> Answers);

    public sealed class Handler(ThriveDbContext db, Access access)
    {
        public async Task<Result<View>> HandleAsync(Actor actor, Guid goalId, CancellationToken ct)
        {
            var grant = await access.CheckAsync(actor, Policy.Grow.Read, goalId, ct);
            if (grant.Denied is { } denied) return denied;
            var title = await db.Goals.Where(g => g.Id == goalId).Select(g => g.Title).FirstAsync(ct);
            var owner = await db.Users.Where(u => u.Id == grant.OwnerId).Select(u => u.DisplayName).FirstAsync(ct);
            var given = await db.GrowAnswers.Where(x => x.GoalId == goalId).OrderBy(x => x.Prompt).Take(GrowPrompts.All.Count)
                .ToDictionaryAsync(x => x.Prompt, x => x.Text, ct);
            var answers = GrowPrompts.All.Select(p => new AnswerGrow.Answer { Prompt = p.Number, Text = given.GetValueOrDefault(p.Number, "") }).ToList();
            return new View(goalId, title, owner, grant.May(Policy.Grow.Write), answers);
        }
    }
}
