using Thrive.Web.Features.Board;

namespace Thrive.Web.Features.Goals;

/// <summary>
/// The owner answers the GROW worksheet. The way-forward answers feed the goal (first step, how to be held
/// accountable, how to celebrate), and the first step becomes the goal's first task on the owner's board.
/// </summary>
public static class AnswerGrow
{
    /// <summary>The answer to one of the twenty questions (1 to 20, as in <see cref="GrowPrompts"/>); an empty text clears it.</summary>
    public sealed record Answer
    {
        public int Prompt { get; init; }
        public string? Text { get; init; }
    }

    /// <summary>The answers given (the page sends the whole worksheet; questions not sent keep their answers).</summary>
    public sealed record Request
    {
        public IReadOnlyList<Answer> Answers { get; init; } = new List<Answer>(); // a list, not [] (an array): form binding fills the instance it finds
    }

    public sealed class Handler(ThriveDbContext db, Access access, ReaderClock reader, AddFirstStep.Handler firstStep)
    {
        /// <summary>Saves the answers; the result is when, on the reader's clock.</summary>
        public async Task<Result<DateTimeOffset>> HandleAsync(Actor actor, Guid goalId, Request r, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(r);
            if ((await access.CheckAsync(actor, Policy.Grow.Write, goalId, ct)).Denied is { } denied) return denied;
            var answers = r.Answers ?? [];
            var v = new Validate();
            for (var i = 0; i < answers.Count; i++)
            {
                var field = $"{nameof(Request.Answers)}[{i}].{nameof(Answer.Text)}";
                v.That(answers[i] is { Prompt: >= 1 and <= 20 }, field, "There are twenty questions.")
                 .MaxLength(field, answers[i]?.Text, $"Answer {answers[i]?.Prompt}", GrowAnswer.TextMax);
            }
            v.That(answers.Where(a => a is not null).Select(a => a.Prompt).Distinct().Count() == answers.Count, nameof(Request.Answers), "Answer each question once.");
            if (!v.Ok) return Result<DateTimeOffset>.Fail(v.Errors);

            var now = reader.UtcNow;
            var existing = await db.GrowAnswers.Where(x => x.GoalId == goalId).ToDictionaryAsync(x => x.Prompt, ct);
            string Before(int prompt) => existing.TryGetValue(prompt, out var e) ? e.Text : "";
            var given = answers.ToDictionary(a => a.Prompt, a => (a.Text ?? "").Trim());
            string After(int prompt) => given.TryGetValue(prompt, out var t) ? t : Before(prompt);
            // The goal changes (and gets a new version) only when a way-forward answer does, not on every autosave.
            int[] wayForward = [GrowPrompts.FirstStep, GrowPrompts.Accountability, GrowPrompts.Celebration];
            var wayForwardChanged = wayForward.Any(p => After(p) != Before(p));
            foreach (var (prompt, text) in given)
            {
                if (existing.TryGetValue(prompt, out var answer)) { if (answer.Text != text) answer.Change(text, now); }
                else if (text.Length > 0) db.GrowAnswers.Add(GrowAnswer.Of(goalId, prompt, text, now));
            }
            if (wayForwardChanged)
            {
                var goal = await db.Goals.FirstAsync(g => g.Id == goalId, ct);
                goal.SetWayForward(After(GrowPrompts.FirstStep), After(GrowPrompts.Accountability), After(GrowPrompts.Celebration), now);
                await firstStep.HandleAsync(goal.OwnerId, goal.ProgrammeId, goalId, goal.FirstStep, ct);
            }
            try { await db.SaveChangesAsync(ct); }
            catch (DbUpdateConcurrencyException) { return Error.Conflict("The worksheet was saved elsewhere at the same moment. Save again to keep your answers.", code: "stale"); }
            return reader.Now;
        }
    }
}
