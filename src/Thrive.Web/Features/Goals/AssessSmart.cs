namespace Thrive.Web.Features.Goals;

/// <summary>
/// The SMART coach reads a goal as the person writes it, on the reader's day (so "by Friday" and "already passed" are
/// about their calendar). Against a programme (one named, or the goal form's), it also knows the programme's end, the
/// hours the person has left and their other active goals there; without one, dates are judged against today only.
/// </summary>
public static class AssessSmart
{
    public const int TextMax = 100_000;

    /// <summary>At least the text (or the specific outcome); any SMART field of a goal may be added, and a programme to judge against.</summary>
    public sealed record Request : SmartForm
    {
        public string? Text { get; init; }
        public int? LinkedSwotItems { get; init; }

        /// <summary>A programme the reader takes part in: its end, their hours and their other goals there. Without it, only today counts.</summary>
        public Guid? ProgrammeId { get; init; }

        public SmartInput ToInput() => new(Text ?? "", SpecificOutcome, Metric, Baseline, Target, Unit, DoneCriterion, Resources, HoursPerWeek,
            RelevanceReason, Math.Max(0, LinkedSwotItems ?? 0), TargetDate);
    }

    public sealed class Handler(GoalContext context, ProgrammePlaces places, Access access, ReaderClock reader)
    {
        /// <summary>
        /// Assesses the text against today, or against <see cref="Request.ProgrammeId"/> when the reader takes part in it
        /// (an unknown programme is 404, one they have no place in 403).
        /// </summary>
        public async Task<Result<SmartAssessment>> HandleAsync(Actor actor, Request r, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(r);
            if (Invalid(r) is { } invalid) return invalid;
            var smart = new SmartContext(reader.Today);
            if (r.ProgrammeId is { } programmeId)
            {
                var grant = await access.CheckAsync(actor, Policy.Programme.TakePart, programmeId, ct);
                if (grant.Denied is { } denied) return denied;
                smart = await context.SmartContextAsync(actor.UserId, programmeId, null, ct);
            }
            return SmartCoach.Assess(r.ToInput(), smart);
        }

        /// <summary>
        /// The goal form as the person types: judged against the goal's programme (<paramref name="goalId"/>, one of theirs,
        /// which does not count among their other goals) or, for a new goal, the place it will be set in (their newest);
        /// the rewrites are of the goal's title.
        /// </summary>
        public async Task<Result<SmartAssessment>> FormAsync(Actor actor, Guid? goalId, GoalForm form, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(form);
            var r = form.ToAssessment();
            if (Invalid(r) is { } invalid) return invalid;
            Guid? programmeId = null;
            if (goalId is { } id && await access.CheckAsync(actor, Policy.Goal.Write, id, ct) is { Denied: null } grant) programmeId = grant.ProgrammeId;
            programmeId ??= (await places.FindAsync(actor.UserId, null, ct))?.ProgrammeId;
            var smart = programmeId is { } p ? await context.SmartContextAsync(actor.UserId, p, goalId, ct) : new SmartContext(reader.Today);
            return SmartCoach.Assess(r.ToInput(), smart, form.Title ?? "");
        }

        private static Result<SmartAssessment>? Invalid(Request r)
        {
            var v = new Validate().MaxLength(nameof(Request.Text), r.Text, "Text", TextMax)
                .That(!string.IsNullOrWhiteSpace(r.Text) || !string.IsNullOrWhiteSpace(r.SpecificOutcome), nameof(Request.Text), "Send the goal as \"text\".");
            return v.Ok ? null : Result<SmartAssessment>.Fail(v.Errors);
        }
    }
}
