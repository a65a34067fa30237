using Thrive.Domain.Goals;
using Thrive.Web.Infrastructure;
using Thrive.Web.Features.Common;

namespace Thrive.Web.Features.Goals;

/// <summary>The SMART coach for a person: their programme's end, their hours and their other goals form the context.</summary>
public static class AssessSmart
{
    public sealed class Handler(GoalContext context, ProgrammePlaces places, ReaderClock reader)
    {
        public async Task<SmartAssessment> HandleAsync(Actor actor, SmartInput input, Guid? goalId, CancellationToken ct)
        {
            var place = await places.FindAsync(actor.UserId, null, ct);
            var smart = place is null ? new SmartContext(reader.Today) : await context.SmartContextAsync(actor.UserId, place.ProgrammeId, goalId, ct);
            return SmartCoach.Assess(input, smart);
        }
    }
}
