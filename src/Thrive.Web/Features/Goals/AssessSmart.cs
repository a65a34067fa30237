using Thrive.Domain.Goals;
using Thrive.Web.Infrastructure;

namespace Thrive.Web.Features.Goals;

/// <summary>The SMART coach for a person: their programme's end, their hours and their other goals form the context.</summary>
public static class AssessSmart
{
    public sealed class Handler(GoalContext context)
    {
        public async Task<SmartAssessment> HandleAsync(Actor actor, SmartInput input, Guid? goalId, CancellationToken ct)
        {
            var place = await context.PlaceAsync(actor.UserId, null, ct);
            var smart = place is null ? new SmartContext(context.Today) : await context.SmartContextAsync(actor.UserId, place.ProgrammeId, goalId, ct);
            return SmartCoach.Assess(input, smart);
        }
    }
}
