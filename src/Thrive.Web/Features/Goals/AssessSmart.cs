namespace Thrive.Web.Features.Goals;

/// <summary>
/// The SMART coach reads a goal as the person writes it. The context is the reader's: their day (so "by Friday" and
/// "already passed" are about their calendar), their programme's end, their hours and their other active goals.
/// </summary>
public static class AssessSmart
{
    public const int TextMax = 100_000;

    /// <summary>At least the text (or the specific outcome); any SMART field of a goal may be added.</summary>
    public sealed record Request : SmartForm
    {
        public string? Text { get; init; }
        public int? LinkedSwotItems { get; init; }

        public SmartInput ToInput() => new(Text ?? "", SpecificOutcome, Metric, Baseline, Target, Unit, DoneCriterion, Resources, HoursPerWeek,
            RelevanceReason, Math.Max(0, LinkedSwotItems ?? 0), TargetDate);
    }

    public sealed class Handler(GoalContext context, ProgrammePlaces places, ReaderClock reader)
    {
        /// <summary>Assesses the goal; <paramref name="goalId"/> is the goal being edited, so that it does not count among the others.</summary>
        public async Task<Result<SmartAssessment>> HandleAsync(Actor actor, Guid? goalId, Request r, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(r);
            var v = new Validate().MaxLength(nameof(Request.Text), r.Text, "Text", TextMax)
                .That(!string.IsNullOrWhiteSpace(r.Text) || !string.IsNullOrWhiteSpace(r.SpecificOutcome), nameof(Request.Text), "Send the goal as \"text\".");
            if (!v.Ok) return Result<SmartAssessment>.Fail(v.Errors);
            // Anyone signed in may try the coach; without a place to take part in, only their day is known.
            var place = await places.FindAsync(actor.UserId, null, ct);
            var smart = place is null ? new SmartContext(reader.Today) : await context.SmartContextAsync(actor.UserId, place.ProgrammeId, goalId, ct);
            return SmartCoach.Assess(r.ToInput(), smart);
        }
    }
}
