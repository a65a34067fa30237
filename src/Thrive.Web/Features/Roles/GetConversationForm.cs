namespace Thrive.Web.Features.Roles;

/// <summary>A logged conversation as its owner's edit form shows it, with their roles and question bank to choose from.</summary>
public static class GetConversationForm
{
    public sealed record View(LogConversation.Request Form, IReadOnlyList<RoleRow> Roles, IReadOnlyList<BankQuestion> Bank, DateOnly Today);

    public sealed class Handler(ThriveDbContext db, Access access, ReaderClock reader)
    {
        public async Task<Result<View>> HandleAsync(Actor actor, Guid conversationId, CancellationToken ct)
        {
            if ((await access.CheckAsync(actor, Policy.Roles.Write, conversationId, ct)).Denied is { } denied) return denied;
            var c = await db.RoleConversations.AsNoTracking().FirstAsync(x => x.Id == conversationId, ct);
            var bank = RoleList.Bank(await RoleList.OwnQuestionsAsync(db, c.OwnerId, c.ProgrammeId, ct));
            var roles = RoleList.Of(await RoleList.RowsAsync(db, c.OwnerId, c.ProgrammeId, ct));
            return new View(LogConversation.Request.From(c, bank), roles, bank, reader.Today);
        }
    }
}
