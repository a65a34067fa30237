using Thrive.Web.Permissions;
using Microsoft.EntityFrameworkCore;
using Thrive.Domain.Common;
using Thrive.Domain.Goals;
using Thrive.Persistence;
using Thrive.Web.Infrastructure;

namespace Thrive.Web.Features.Goals;

/// <summary>
/// A goal's GROW worksheet: twenty answers saved as you go. The way-forward answers feed the goal
/// (first step, how to be held accountable, how to celebrate).
/// </summary>
public static class GrowWorksheet
{
    public sealed record View(Guid GoalId, string GoalTitle, IReadOnlyDictionary<int, string> Answers, bool CanEdit, string OwnerName);

    public sealed class Handler(ThriveDbContext db, Access access, TimeProvider clock, Board.AddFirstStep.Handler firstStep)
    {
        public async Task<Result<View>> GetAsync(Actor actor, Guid goalId, CancellationToken ct)
        {
            var (a, ownerId, _) = await access.ForGoalAsync(actor, goalId, ct);
            if (a.DenyUnless(a.IsOwner || a.IsPartner) is { } denied) return denied;
            var title = await db.Goals.Where(g => g.Id == goalId).Select(g => g.Title).FirstAsync(ct);
            var owner = await db.Users.Where(u => u.Id == ownerId).Select(u => u.DisplayName).FirstAsync(ct);
            var answers = await db.GrowAnswers.Where(x => x.GoalId == goalId).ToDictionaryAsync(x => x.Prompt, x => x.Text, ct);
            return new View(goalId, title, answers, a.CanEditGoals, owner);
        }

        /// <summary>Saves the answers given (one when autosaving, all when the form is posted).</summary>
        public async Task<Result<Unit>> SaveAsync(Actor actor, Guid goalId, IReadOnlyDictionary<int, string?> answers, CancellationToken ct)
        {
            var (a, _, _) = await access.ForGoalAsync(actor, goalId, ct);
            if (a.DenyUnless(a.CanEditGoals) is { } denied) return denied;
            var v = new Validate();
            foreach (var (prompt, text) in answers)
            {
                v.That(prompt is >= 1 and <= 20, $"Answer{prompt}", "There are twenty questions.")
                 .MaxLength($"Answer{prompt}", text, $"Answer {prompt}", GrowAnswer.TextMax);
            }
            if (!v.Ok) return Result<Unit>.Fail(v.Errors);
            var now = clock.GetUtcNow();
            var existing = await db.GrowAnswers.Where(x => x.GoalId == goalId).ToDictionaryAsync(x => x.Prompt, ct);
            foreach (var (prompt, raw) in answers)
            {
                var text = (raw ?? "").Trim();
                if (existing.TryGetValue(prompt, out var answer)) { if (answer.Text != text) answer.Change(text, now); }
                else if (text.Length > 0) db.GrowAnswers.Add(GrowAnswer.Of(goalId, prompt, text, now));
            }
            if (answers.Keys.Any(k => k is GrowPrompts.FirstStep or GrowPrompts.Accountability or GrowPrompts.Celebration))
            {
                var goal = await db.Goals.FirstAsync(g => g.Id == goalId, ct);
                string Current(int p) => answers.TryGetValue(p, out var t) ? t ?? "" : existing.TryGetValue(p, out var e) ? e.Text : "";
                goal.SetWayForward(Current(GrowPrompts.FirstStep), Current(GrowPrompts.Accountability), Current(GrowPrompts.Celebration), now);
                await firstStep.HandleAsync(goal.OwnerId, goal.ProgrammeId, goalId, goal.FirstStep, ct);
            }
            await db.SaveChangesAsync(ct);
            return Result.Ok();
        }
    }
}
