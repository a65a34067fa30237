namespace Thrive.Web.Features.Roles;

/// <summary>The owner removes a question of their own from the bank; conversations that asked it keep its words.</summary>
public static class DeleteQuestion
{
    public sealed class Handler(ThriveDbContext db, Access access)
    {
        public async Task<Result<Unit>> HandleAsync(Actor actor, Guid questionId, CancellationToken ct)
        {
            if ((await access.CheckAsync(actor, Policy.Roles.ChangeQuestion, questionId, ct)).Denied is { } denied) return denied;
            await db.RoleQuestions.Where(q => q.Id == questionId).ExecuteDeleteAsync(ct);
            return Result.Ok();
        }
    }
}
