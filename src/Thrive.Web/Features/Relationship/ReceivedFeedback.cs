using Thrive.Web.Features.Pairs;

namespace Thrive.Web.Features.Relationship;

/// <summary>
/// What acknowledging and replying share once the receiver may answer (<see cref="Policy.Feedback.Answer"/>): the
/// feedback is addressed through its own pair, and answered only while the pair is active.
/// </summary>
internal static class ReceivedFeedback
{
    public static async Task<Result<Unit>> AnswerAsync(ThriveDbContext db, Grant grant, Guid pairId, Guid feedbackId,
        Func<Feedback, Result<Unit>> answer, CancellationToken ct)
    {
        if (grant.PairId != pairId) return Error.NotFound("Feedback"); // another pair's feedback under this pair's address
        if ((await PairFacts.LoadAsync(db, pairId, ct)).RefuseUnlessActive() is { } ended) return ended;
        var feedback = await db.Feedback.FirstAsync(f => f.Id == feedbackId, ct);
        var r = answer(feedback);
        if (!r.Succeeded) return r;
        await db.SaveChangesAsync(ct);
        return r;
    }
}
