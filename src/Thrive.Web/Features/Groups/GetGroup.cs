namespace Thrive.Web.Features.Groups;

/// <summary>
/// A group as the reader may see it: purpose, members with roles and progress, the reading plan with each part's
/// progress; to members also the prompts (most votes first) and the reflections their authors share (and their own).
/// Coordinators see the group, its members and progress, never a prompt or a reflection. A fixed number of queries,
/// whatever the number of members and parts.
/// </summary>
public static class GetGroup
{
    public sealed record Header(Guid Id, Guid? ProgrammeId, string ProgrammeName, GroupKind Kind, string Name, string Purpose, int Capacity, JoinPolicy Join,
        string BookTitle, string BookAuthor, string BookLink, DateTimeOffset CreatedAt, DateTimeOffset? ArchivedAt)
    {
        public bool Archived => ArchivedAt is not null;
    }

    public sealed record Member(Guid UserId, string Name, GroupRole Role, DateTimeOffset JoinedAt, int PartsRead, int Percent);

    public sealed record Prompt(Guid Id, Guid PartId, string Text, string AuthorName, bool Mine, int Votes, bool VotedByMe, DateTimeOffset CreatedAt);

    public sealed record Reflection(Guid Id, Guid PartId, Guid AuthorId, string AuthorName, bool Mine, string Text, bool IsPrivate, DateTimeOffset UpdatedAt);

    public sealed record Part(Guid Id, string Title, int FromChapter, int ToChapter, string Chapters, DateOnly DueOn, int ReadBy, int Percent, bool ReadByMe,
        IReadOnlyList<Prompt> Prompts, IReadOnlyList<Reflection> Reflections)
    {
        /// <summary>The reader's own reflection on this part, to edit.</summary>
        public Reflection? MyReflection => Reflections.FirstOrDefault(r => r.Mine);
    }

    public sealed record View(Header Group, IReadOnlyList<Member> Members, IReadOnlyList<Part> Parts, int GroupPercent, int? MyPercent, Part? NextPart,
        bool IsMember, bool IsFacilitator, bool CanManage, bool CanArchive, bool SeesDiscussion, IReadOnlyList<GetGroupForm.Candidate> Candidates, DateOnly Today,
        NextMeeting? Next = null, int Meetings = 0, Backing? MyGoal = null, IReadOnlyList<BackGoal.Choice>? GoalChoices = null)
    {
        public int PlacesLeft => Math.Max(0, Group.Capacity - Members.Count);
        public int Facilitators => Members.Count(m => m.Role == GroupRole.Facilitator);
    }

    /// <summary>The reader's goal the group backs, and what it counts.</summary>
    public sealed record Backing(Guid GoalId, string Title, GoalFollows Follows);

    /// <summary>The group's next meeting, in the reader's zone.</summary>
    public sealed record NextMeeting(Guid Id, string YourTime, string Place);

    /// <summary>A reading plan has at most this many parts; a part shows at most this many prompts.</summary>
    public const int PartsMax = 100;
    public const int PromptsMax = 1000;

    public sealed class Handler(ThriveDbContext db, Access access, ReaderClock reader)
    {
        public async Task<Result<View>> HandleAsync(Actor actor, Guid groupId, CancellationToken ct)
        {
            var grant = await access.CheckAsync(actor, Policy.Group.Read, groupId, ct);
            if (grant.Denied is { } denied) return denied;
            var me = actor.UserId;
            var discussion = grant.May(Policy.Group.ReadDiscussion);
            var canManage = grant.May(Policy.Group.Manage);

            var header = await db.Groups.Where(g => g.Id == groupId)
                .Select(g => new Header(g.Id, g.ProgrammeId, db.Programmes.Where(p => p.Id == g.ProgrammeId).Select(p => p.Name).FirstOrDefault() ?? "Community",
                    g.Kind, g.Name, g.Purpose, g.Capacity, g.Join, g.BookTitle, g.BookAuthor, g.BookLink, g.CreatedAt, g.ArchivedAt))
                .AsNoTracking().FirstAsync(ct);
            var members = await db.GroupMembers.Where(m => m.GroupId == groupId)
                .Join(db.Users, m => m.UserId, u => u.Id, (m, u) => new { m.UserId, u.DisplayName, m.Role, m.JoinedAt, m.GoalId, m.Follows })
                .OrderBy(m => m.Role).ThenBy(m => m.DisplayName).ThenBy(m => m.UserId).Take(GroupDetails.CapacityMax).AsNoTracking().ToListAsync(ct);
            var parts = await db.ReadingParts.Where(p => p.GroupId == groupId).OrderBy(p => p.FromChapter).ThenBy(p => p.Id).Take(PartsMax).AsNoTracking().ToListAsync(ct);
            var reads = await db.PartsRead.Where(r => r.GroupId == groupId).Select(r => new { r.PartId, r.UserId })
                .OrderBy(r => r.PartId).ThenBy(r => r.UserId).Take(PartsMax * GroupDetails.CapacityMax).AsNoTracking().ToListAsync(ct);

            var prompts = new List<Prompt>();
            var reflections = new List<Reflection>();
            if (discussion)
            {
                prompts = await db.DiscussionPrompts.Where(p => p.GroupId == groupId).OrderBy(p => p.CreatedAt).ThenBy(p => p.Id).Take(PromptsMax)
                    .Select(p => new Prompt(p.Id, p.PartId, p.Text, db.Users.Where(u => u.Id == p.AuthorId).Select(u => u.DisplayName).FirstOrDefault() ?? "",
                        p.AuthorId == me, db.PromptVotes.Count(v => v.PromptId == p.Id), db.PromptVotes.Any(v => v.PromptId == p.Id && v.VoterId == me), p.CreatedAt))
                    .AsNoTracking().ToListAsync(ct);
                // Others' private reflections never leave the database.
                reflections = await db.GroupReflections.Where(r => r.GroupId == groupId && (r.AuthorId == me || !r.IsPrivate))
                    .OrderBy(r => r.UpdatedAt).ThenBy(r => r.Id).Take(PartsMax * GroupDetails.CapacityMax)
                    .Select(r => new Reflection(r.Id, r.PartId, r.AuthorId, db.Users.Where(u => u.Id == r.AuthorId).Select(u => u.DisplayName).FirstOrDefault() ?? "",
                        r.AuthorId == me, r.Text, r.IsPrivate, r.UpdatedAt))
                    .AsNoTracking().ToListAsync(ct);
            }
            var candidates = canManage && !header.Archived
                ? await GroupCandidates.Of(db, header.ProgrammeId).Where(p => !db.GroupMembers.Any(m => m.GroupId == groupId && m.UserId == p.UserId))
                    .Join(db.Users, p => p.UserId, u => u.Id, (p, u) => new { p.UserId, u.DisplayName, p.Role, p.ProgrammeId })
                    .Join(db.Programmes, x => x.ProgrammeId, g => g.Id, (x, g) => new { x.UserId, x.DisplayName, x.Role, ProgrammeName = g.Name })
                    .OrderBy(c => c.DisplayName).ThenBy(c => c.UserId).Take(GetGroupForm.CandidatesMax)
                    .Select(c => new GetGroupForm.Candidate(c.UserId, c.DisplayName, c.Role, c.ProgrammeName)).AsNoTracking().ToListAsync(ct)
                : [];

            var memberIds = members.Select(m => m.UserId).ToHashSet();
            var readByMember = reads.Where(r => memberIds.Contains(r.UserId)).GroupBy(r => r.UserId).ToDictionary(g => g.Key, g => g.Count());
            var readByPart = reads.Where(r => memberIds.Contains(r.UserId)).GroupBy(r => r.PartId).ToDictionary(g => g.Key, g => g.Count());
            var mine = reads.Where(r => r.UserId == me).Select(r => r.PartId).ToHashSet();
            var memberRows = members.Select(m => new Member(m.UserId, m.DisplayName, m.Role, m.JoinedAt, readByMember.GetValueOrDefault(m.UserId),
                ReadingPlan.Percent(readByMember.GetValueOrDefault(m.UserId), parts.Count))).ToList();
            var promptsOf = prompts.ToLookup(p => p.PartId);
            var reflectionsOf = reflections.ToLookup(r => r.PartId);
            var partRows = parts.Select(p => new Part(p.Id, p.Title, p.FromChapter, p.ToChapter, p.Chapters, p.DueOn, readByPart.GetValueOrDefault(p.Id),
                ReadingPlan.Percent(readByPart.GetValueOrDefault(p.Id), members.Count), mine.Contains(p.Id),
                promptsOf[p.Id].OrderByDescending(x => x.Votes).ThenBy(x => x.CreatedAt).ToList(), reflectionsOf[p.Id].ToList())).ToList();
            var now = reader.UtcNow;
            var meetings = db.GroupMeetings.Where(m => m.GroupId == groupId);
            var next = await meetings.Where(m => m.Status == MeetingStatus.Scheduled && m.EndUtc > now).OrderBy(m => m.StartUtc).ThenBy(m => m.Id)
                .Select(m => new { m.Id, m.StartUtc, m.Place, Count = meetings.Count() }).AsNoTracking().FirstOrDefaultAsync(ct);
            var isMember = grant.Has(Tie.GroupMember);
            var today = reader.Today;
            // A member's own goals, for the group to back one: one query, only for members.
            var self = members.FirstOrDefault(m => m.UserId == me);
            var choices = isMember ? await BackGoal.ChoicesAsync(db, me, self?.GoalId, ct) : [];
            var backing = self is { GoalId: { } goalId } && choices.FirstOrDefault(c => c.Id == goalId) is { } goal
                ? new Backing(goalId, goal.Title, self.Follows) : null;
            return new View(header, memberRows, partRows, ReadingPlan.GroupPercent(memberRows.Select(m => m.PartsRead).ToList(), parts.Count),
                isMember ? ReadingPlan.Percent(mine.Count, parts.Count) : null, ReadingPlan.NextDue(partRows, p => p.DueOn, today),
                isMember, grant.Has(Tie.Facilitator), canManage, grant.May(Policy.Group.Archive), discussion, candidates, today,
                next is null ? null : new NextMeeting(next.Id, Sessions.SessionPeople.At(next.StartUtc, reader.TimeZone), next.Place), next?.Count ?? 0,
                backing, choices);
        }
    }
}
