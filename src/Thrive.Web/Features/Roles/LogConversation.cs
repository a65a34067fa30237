namespace Thrive.Web.Features.Roles;

/// <summary>
/// The reader logs a conversation with someone in another role, in their newest programme; the goal that follows the
/// conversation count moves with it, in the same save.
/// </summary>
public static class LogConversation
{
    /// <summary>The form (and request body) for a conversation; editing sends the same.</summary>
    public sealed record Request
    {
        public string? PersonName { get; init; }
        public string? Role { get; init; }
        /// <summary>The reader's day it was held; today when left out.</summary>
        public DateOnly? HeldOn { get; init; }
        /// <summary>The keys of the question bank's questions asked ("b:…" built in, "o:…" one's own).</summary>
        public IReadOnlyList<string>? Questions { get; init; }
        public string? DayToDay { get; init; }
        public string? Responsibilities { get; init; }
        public string? Liked { get; init; }
        public string? Disliked { get; init; }
        /// <summary>"Could I see myself doing this?", 1 (not at all) to 5 (very much).</summary>
        public int? Fit { get; init; }

        public static Request From(RoleConversation c, IReadOnlyList<BankQuestion> bank)
        {
            ArgumentNullException.ThrowIfNull(c);
            ArgumentNullException.ThrowIfNull(bank);
            var asked = c.QuestionList.ToHashSet(StringComparer.Ordinal);
            return new()
            {
                PersonName = c.PersonName, Role = c.Role, HeldOn = c.HeldOn, Questions = bank.Where(q => asked.Contains(q.Text)).Select(q => q.Key).ToList(),
                DayToDay = c.DayToDay, Responsibilities = c.Responsibilities, Liked = c.Liked, Disliked = c.Disliked, Fit = c.Fit,
            };
        }
    }

    /// <summary>The request's question keys as the texts of the owner's bank, or the field's error for a key not in it.</summary>
    internal static async Task<Result<ConversationDetails>> DetailsAsync(ThriveDbContext db, Guid ownerId, Guid programmeId, Request r, DateOnly today, CancellationToken ct)
    {
        var keys = (r.Questions ?? []).Select(k => k ?? "").Distinct(StringComparer.Ordinal).ToList();
        if (keys.Count > ConversationDetails.QuestionsMax) return Error.Validation(nameof(Request.Questions), $"Pick at most {ConversationDetails.QuestionsMax} questions.");
        var ownIds = keys.Where(k => k.StartsWith("o:", StringComparison.Ordinal)).Select(k => Guid.TryParse(k[2..], out var id) ? id : Guid.Empty).ToList();
        var own = ownIds.Count == 0 ? [] : await db.RoleQuestions.AsNoTracking().Where(q => ownIds.Contains(q.Id) && q.OwnerId == ownerId && q.ProgrammeId == programmeId)
            .OrderBy(q => q.Id).ToListAsync(ct);
        var bank = RoleList.Bank(own).ToDictionary(q => q.Key, StringComparer.Ordinal);
        if (keys.Any(k => !bank.ContainsKey(k))) return Error.Validation(nameof(Request.Questions), "Pick questions from your question bank.");
        return new ConversationDetails(r.PersonName ?? "", r.Role ?? "", r.HeldOn ?? today, keys.Select(k => bank[k].Text).ToList(),
            r.DayToDay, r.Responsibilities, r.Liked, r.Disliked, r.Fit ?? 0);
    }

    public sealed class Handler(ThriveDbContext db, Access access, ReaderClock reader, ConversationGoalFeed feed)
    {
        public async Task<Result<Guid>> HandleAsync(Actor actor, Request r, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(r);
            var place = await access.OwnPlaceAsync(actor, null, ct);
            if (!place.Succeeded) return Result<Guid>.Fail(place.Errors);
            var programmeId = place.Value!.ProgrammeId;
            var details = await DetailsAsync(db, actor.UserId, programmeId, r, reader.Today, ct);
            if (!details.Succeeded) return Result<Guid>.Fail(details.Errors);
            var logged = RoleConversation.Log(programmeId, actor.UserId, details.Value!, reader.Today, reader.UtcNow);
            if (!logged.Succeeded) return Result<Guid>.Fail(logged.Errors);
            db.RoleConversations.Add(logged.Value!);
            await feed.StageAsync(actor.UserId, programmeId, await feed.GoalOfAsync(actor.UserId, programmeId, ct), actor.UserId, reader.UtcNow, ct);
            await db.SaveChangesAsync(ct);
            return logged.Value!.Id;
        }
    }
}
