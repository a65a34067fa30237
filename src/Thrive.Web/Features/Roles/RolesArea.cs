namespace Thrive.Web.Features.Roles;

/// <summary>
/// Role exploration (the careers story): conversations with people in other roles, an editable list of roles, a
/// question bank, the roles map, a weekly commitment to arrange the next conversation, and a goal's measure that
/// follows the number of conversations.
/// </summary>
/// <remarks>The API: under /api/v1/roles, /api/v1/role-conversations and /api/v1/role-questions, with the same handlers as the page: the owner writes, their mentor reads, nobody else sees it.</remarks>
public sealed class RolesArea : IArea
{
    public string? ApiDescription => "Role exploration: conversations with people in other roles, the roles map, the roles list and question bank, and the goal that follows the count.";

    public sealed record ConversationResponse(Guid Id, string PersonName, string Role, DateOnly HeldOn, IReadOnlyList<string> Questions, string DayToDay,
        string Responsibilities, string Liked, string Disliked, int Fit);

    public sealed record ConversationPageResponse(Guid OwnerId, string? Role, int Page, int PageSize, int Total, IReadOnlyList<ConversationResponse> Conversations);

    public sealed record RoleInterestResponse(string Role, int Conversations, double? AverageFit, DateOnly? LastHeldOn, bool OnList);

    public sealed record RoleResponse(string Name, bool BuiltIn, bool Hidden);

    public sealed record QuestionResponse(string Key, QuestionGroup Group, string Text, bool Own);

    public sealed record RolesMapResponse(Guid OwnerId, string OwnerName, DateOnly Today, int Conversations, int RolesExplored, string? TopRole, DateOnly? LastConversationOn,
        IReadOnlyList<RoleInterestResponse> Map, IReadOnlyList<RoleResponse> Roles, IReadOnlyList<QuestionResponse> Questions, Guid? GoalId, Guid? CommitmentId);

    public void AddServices(IServiceCollection services)
    {
        services.AddScoped<IStoryTool, RolesTool>();
        services.AddScoped<ConversationGoalFeed>();
    }

    public void MapApi(RouteGroupBuilder api)
    {
        api.MapGet("/roles/map", async (HttpContext c, Guid? owner, GetRolesMap.Handler h, CancellationToken ct) => Ok(await h.HandleAsync(c.User.Actor(), owner, ct), ToResponse))
            .WithName("GetRolesMap")
            .WithSummary("The roles map (conversations and average \"could I see myself doing this?\" per role, roles not explored yet), the roles list, the question bank, the goal that follows the count and the weekly commitment; yours by default, your mentee's with ?owner=.");

        api.MapPost("/roles", async (HttpContext c, AddRole.Request body, AddRole.Handler h, CancellationToken ct) =>
            Created(await h.HandleAsync(c.User.Actor(), body, ct), _ => $"{Areas.ApiPrefix}/roles/map"))
            .WithName("AddExplorationRole")
            .WithSummary("Add a role of your own to your list (1-60 characters, not one already on it, shown or hidden).");

        api.MapPut("/roles/visibility", async (HttpContext c, SetRoleHidden.Request body, SetRoleHidden.Handler h, CancellationToken ct) =>
            NoContent(await h.HandleAsync(c.User.Actor(), body, ct)))
            .WithName("SetExplorationRoleHidden").ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Hide a role on your list (its conversations stay) or show it again.");

        api.MapPut("/roles/goal", async (HttpContext c, FollowConversationCount.Request body, FollowConversationCount.Handler h, CancellationToken ct) =>
            NoContent(await h.HandleAsync(c.User.Actor(), body, ct)))
            .WithName("FollowConversationCount").ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Choose the goal whose measure follows the number of conversations you log (one of yours with a measure that no commitment measures), or none.");

        api.MapPost("/roles/commitment", async (HttpContext c, CommitToConversations.Handler h, CancellationToken ct) =>
            Created(await h.HandleAsync(c.User.Actor(), ct), id => $"{Areas.ApiPrefix}/commitments/{id}"))
            .WithName("CommitToRoleConversations").ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Make the weekly commitment to arrange the next conversation (a commitment like any other); 409 with code \"already_committed\" while it is current.");

        api.MapGet("/role-conversations", async (HttpContext c, Guid? owner, string? role, int? page, int? pageSize, ListConversations.Handler h, CancellationToken ct) =>
            Ok(await h.HandleAsync(c.User.Actor(), new() { Owner = owner, Role = role, Page = page, PageSize = pageSize }, ct),
                v => new ConversationPageResponse(v.OwnerId, v.Role, v.Conversations.PageNumber, v.Conversations.PageSize, v.Conversations.Total, v.Conversations.Items.Select(ToResponse).ToList())))
            .WithName("ListRoleConversations")
            .WithSummary("A person's logged conversations, newest first, paged (?page=, ?pageSize=), optionally one role's (?role=); yours by default, your mentee's with ?owner=.");

        api.MapPost("/role-conversations", async (HttpContext c, LogConversation.Request body, LogConversation.Handler h, CancellationToken ct) =>
            Created(await h.HandleAsync(c.User.Actor(), body, ct), id => $"{Areas.ApiPrefix}/role-conversations/{id}"))
            .WithName("LogRoleConversation")
            .WithSummary("Log a conversation: who, their role, the day (today or up to a year back), the question bank's keys you asked, what they do day to day and are responsible for, what you liked and disliked, and \"could I see myself doing this?\" 1-5.");

        api.MapPut("/role-conversations/{id:guid}", async (HttpContext c, Guid id, LogConversation.Request body, EditConversation.Handler h, CancellationToken ct) =>
            NoContent(await h.HandleAsync(c.User.Actor(), id, body, ct)))
            .WithName("EditRoleConversation")
            .WithSummary("Change a conversation you logged (the same fields as logging it).");

        api.MapDelete("/role-conversations/{id:guid}", async (HttpContext c, Guid id, DeleteConversation.Handler h, CancellationToken ct) =>
            NoContent(await h.HandleAsync(c.User.Actor(), id, ct)))
            .WithName("DeleteRoleConversation")
            .WithSummary("Remove a conversation from your log (the goal that follows the count goes down with it).");

        api.MapPost("/role-questions", async (HttpContext c, AddQuestion.Request body, AddQuestion.Handler h, CancellationToken ct) =>
            Created(await h.HandleAsync(c.User.Actor(), body, ct), _ => $"{Areas.ApiPrefix}/roles/map"))
            .WithName("AddRoleQuestion")
            .WithSummary("Add a question of your own to your question bank, in a group (day to day, skills, path into the role, what's hard).");

        api.MapDelete("/role-questions/{id:guid}", async (HttpContext c, Guid id, DeleteQuestion.Handler h, CancellationToken ct) =>
            NoContent(await h.HandleAsync(c.User.Actor(), id, ct)))
            .WithName("DeleteRoleQuestion")
            .WithSummary("Remove a question of your own from the bank (conversations that asked it keep its words).");
    }

    private static ConversationResponse ToResponse(RoleConversation c) => new(c.Id, c.PersonName, c.Role, c.HeldOn, c.QuestionList, c.DayToDay, c.Responsibilities,
        c.Liked, c.Disliked, c.Fit);

    private static RolesMapResponse ToResponse(GetRolesMap.View v) => new(v.OwnerId, v.OwnerName, v.Today, v.Conversations, v.RolesExplored, v.Top?.Role, v.LastHeldOn,
        v.Map.Select(r => new RoleInterestResponse(r.Role, r.Conversations, r.AverageFit, r.LastHeldOn, r.OnList)).ToList(),
        v.Roles.Select(r => new RoleResponse(r.Name, r.BuiltIn, r.Hidden)).ToList(),
        v.Bank.Select(q => new QuestionResponse(q.Key, q.Group, q.Text, q.Own)).ToList(), v.Goal?.Id, v.Commitment?.Id);
}
