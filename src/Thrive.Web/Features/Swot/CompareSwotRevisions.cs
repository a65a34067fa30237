namespace Thrive.Web.Features.Swot;

/// <summary>Two revisions of a SWOT side by side: what was dropped and what is new.</summary>
public static class CompareSwotRevisions
{
    public sealed record View(GetSwot.View A, GetSwot.View B);

    public sealed class Handler(GetSwot.Handler swot)
    {
        /// <summary>Revisions <paramref name="a"/> and <paramref name="b"/>; each read checks Policy.Swot.Read.</summary>
        public async Task<Result<View>> HandleAsync(Actor actor, Guid analysisId, int a, int b, CancellationToken ct)
        {
            var left = await swot.HandleAsync(actor, analysisId, a, ct);
            if (!left.Succeeded) return Result<View>.Fail(left.Errors);
            var right = await swot.HandleAsync(actor, analysisId, b, ct);
            if (!right.Succeeded) return Result<View>.Fail(right.Errors);
            return new View(left.Value!, right.Value!);
        }
    }
}
