using System.Globalization;
using Thrive.Web.Features.Pairs;

namespace Thrive.Web.Features.Home;

/// <summary>
/// What a person sees first: their places in programmes with the week, phase, pair and next step; the
/// programmes they coordinate with counts; and for admins, every programme and the users. A fixed number of
/// queries, whatever the data.
/// </summary>
public static class GetHome
{
    public sealed record Membership(Guid ProgrammeId, string ProgrammeName, ParticipantRole Role, ApplicationStatus Status,
        string WeekLine, int Week, int LengthWeeks, ProgrammePhase Phase, PairSummary? Pair, NextStep Next, int GoalsActive = 0, int GoalsAchieved = 0, bool CheckDue = false,
        MenteeWeek.Snapshot? MenteeWeek = null);

    public sealed record PairSummary(Guid Id, string PartnerName, string PartnerPronouns, PairState State, UpcomingSession? NextSession = null);

    /// <summary>The pair's next scheduled session (its time as the reader reads it) and whether its agenda is shared yet.</summary>
    public sealed record UpcomingSession(Guid Id, DateTimeOffset StartUtc, string When, bool AgendaShared);

    public sealed record NextStep(string Text, string? Link, string? LinkText);

    public sealed record CoordinatedProgramme(Guid Id, string Name, ProgrammeStatus Status, string WeekLine, int Week, int LengthWeeks,
        int Applied, int Invited, int Mentors, int Mentees, int Proposed, int Active, int Completed, int Dissolved, int RequestsOverdue = 0, int NoMentorLeft = 0);

    public sealed record UserRow(Guid Id, string Name, string Email, bool IsAdmin, DateTimeOffset CreatedAt);

    /// <summary>An open action item; overdue when its due day is before the reader's today.</summary>
    public sealed record ActionRow(Guid Id, string Text, DateOnly? DueDate, Guid? SessionId, bool Overdue);

    /// <summary>One of the reader's groups, with a book club's next reading part due (on or after today) and whether the reader has read it.</summary>
    public sealed record GroupCard(Guid Id, string Name, GroupKind Kind, string? NextPart, DateOnly? NextDue, bool NextRead);

    public sealed record View(IReadOnlyList<ActionRow> Actions, IReadOnlyList<Membership> Memberships, IReadOnlyList<CoordinatedProgramme> Coordinated,
        Page<CoordinatedProgramme>? AllProgrammes, Page<UserRow>? Users, DateOnly Today, IReadOnlyList<HomeStep> Steps, IReadOnlyList<GroupCard> Groups,
        IReadOnlyList<HomeRequests.MenteeLine>? MentorRequests = null);

    public sealed class Handler(ThriveDbContext db, Access access, ReaderClock reader, StoryTools tools, MenteeWeek menteeWeek)
    {
        public async Task<View> HandleAsync(Actor actor, PageRequest adminPage, CancellationToken ct)
        {
            var now = reader.UtcNow;
            var today = reader.Today;
            var places = await PlacesQuery(db, actor.UserId).ToListAsync(ct);
            var pairs = await PairsQuery(db, actor.UserId, now.AddDays(-SessionRating.ChangeDays)).ToListAsync(ct);
            // Each pair's next session in one query over these pairs only (a per-pair subquery in the projection
            // became a window over every scheduled session of the installation).
            var pairIds = pairs.Select(p => p.Id).ToList();
            var next = pairIds.Count == 0 ? []
                : (await NextSessionsQuery(db, pairIds, now).ToListAsync(ct)).ToDictionary(x => x.PairId, x => new UpcomingSession(x.Id, x.StartUtc, When(x.StartUtc), x.Shared));
            var goals = await GoalCountsQuery(db, actor.UserId).ToListAsync(ct);
            int Goals(Guid programmeId, GoalStatus status) => goals.Where(g => g.ProgrammeId == programmeId && g.Status == status).Sum(g => g.N);

            var memberships = places.Where(x => x.Role != ParticipantRole.Coordinator).SelectMany(x =>
            {
                var mine = pairs.Where(p => p.ProgrammeId == x.Programme.Id && p.IsMentor == (x.Role == ParticipantRole.Mentor)).ToList();
                var shown = mine.Where(p => p.State is PairState.Active or PairState.Proposed).ToList();
                if (shown.Count == 0) shown = mine.Take(1).ToList();
                var summaries = shown.Select(p => (PairSummary?)new PairSummary(p.Id, p.PartnerName, p.PartnerPronouns, p.State, next.GetValueOrDefault(p.Id))).DefaultIfEmpty(null);
                return summaries.Select(s => new Membership(x.Programme.Id, x.Programme.Name, x.Role, x.Status, x.Programme.WeekLine(today), x.Programme.WeekOn(today),
                    x.Programme.LengthWeeks, x.Programme.PhaseOn(today), s, NextStepFor(x.Programme.Id, x.Role, x.Status, s, x.Programme.PhaseOn(today), x.MenteesChoose),
                    Goals(x.Programme.Id, GoalStatus.Active), Goals(x.Programme.Id, GoalStatus.Achieved),
                    s is not null && MidpointCheck.IsDue(x.Programme.StartDate, x.Programme.LengthWeeks, today, s.State == PairState.Active, mine.Any(p => p.Id == s.Id && p.CheckHeld))));
            }).ToList();

            // A mentor sees each active mentee's week on their card.
            var mentored = pairs.Where(p => p.IsMentor && p.State == PairState.Active).Select(p => new MenteeWeek.Place(p.Id, p.MenteeId, p.ProgrammeId)).ToList();
            var weeks = await menteeWeek.ForAsync(mentored, now, today, ct);
            memberships = memberships.Select(m => m.Role == ParticipantRole.Mentor && m.Pair is { } mp && weeks.TryGetValue(mp.Id, out var w) ? m with { MenteeWeek = w } : m).ToList();

            var coordinatedIds = places.Where(x => x.Role == ParticipantRole.Coordinator && x.Status == ApplicationStatus.Accepted).Select(x => x.Programme.Id).ToList();
            var coordinated = coordinatedIds.Count == 0 ? []
                : await SummariesAsync(db.Programmes.Where(g => coordinatedIds.Contains(g.Id)), today, ct);
            if (coordinated.Count > 0)
            {
                var requests = await HomeRequests.CoordinatorCountsAsync(db, coordinatedIds, now, ct);
                coordinated = coordinated.Select(c => requests.TryGetValue(c.Id, out var n) ? c with { RequestsOverdue = n.Overdue, NoMentorLeft = n.NoMentorLeft } : c).ToList();
            }

            Page<CoordinatedProgramme>? all = null;
            Page<UserRow>? users = null;
            if ((await access.CheckAsync(actor, Policy.Installation.Administer, Guid.Empty, ct)).Allowed)
            {
                var total = await db.Programmes.CountAsync(ct);
                var items = await SummariesAsync(db.Programmes.OrderByDescending(g => g.StartDate).ThenBy(g => g.Id).Skip(adminPage.Skip).Take(adminPage.Size), today, ct);
                all = new Page<CoordinatedProgramme>(items, adminPage.Number, adminPage.Size, total);
                var userTotal = await db.Users.CountAsync(ct);
                var userItems = await db.Users.OrderBy(u => u.DisplayName).ThenBy(u => u.Id).Skip(adminPage.Skip).Take(adminPage.Size)
                    .Select(u => new UserRow(u.Id, u.DisplayName, u.Email!, u.IsAdmin, u.CreatedAt)).ToListAsync(ct);
                users = new Page<UserRow>(userItems, adminPage.Number, adminPage.Size, userTotal);
            }
            var actions = await ActionsQuery(db, actor.UserId).ToListAsync(ct);
            var place = places.FirstOrDefault(x => x.Role != ParticipantRole.Coordinator && x.Status == ApplicationStatus.Accepted);
            var rows = actions.Select(a => a with { Overdue = a.DueDate is { } due && due < today }).ToList();
            var pairFacts = memberships.Where(m => m.Pair is { State: PairState.Active }).Select(m => new NextSteps.PairFacts(m.Pair!.Id, m.Role == ParticipantRole.Mentor,
                m.Pair.PartnerName, m.Pair.NextSession, pairs.First(p => p.Id == m.Pair.Id).Unread, m.CheckDue, pairs.First(p => p.Id == m.Pair.Id).Reviews,
                pairs.First(p => p.Id == m.Pair.Id).ToRate,
                pairs.First(p => p.Id == m.Pair.Id) is { ActivatedAt: { } started } mp && PulseSchedule.RoundOn(TimeZones.LocalDate(started, reader.TimeZone), today) is var round
                    && round > 0 && (mp.LastPulse ?? 0) < round,
                m.Phase == ProgrammePhase.ReflectingAndRevising && !pairs.First(p => p.Id == m.Pair.Id).EndAnswered));
            var own = place is null ? new NextSteps.OwnFacts(rows, [], [], [], []) : await OwnFactsAsync(actor.UserId, place.Programme.Id, rows, now, today, ct);
            var mentorOf = places.Any(x => x.Role == ParticipantRole.Mentor && x.Status == ApplicationStatus.Accepted);
            // A mentee's requests exist only where mentees choose their mentors: elsewhere no command is spent on them.
            var menteeOf = places.Any(x => x.Role == ParticipantRole.Mentee && x.Status == ApplicationStatus.Accepted && x.MenteesChoose);
            var requestSteps = mentorOf ? await HomeRequests.MentorStepsAsync(db, actor.UserId, now, ct) : [];
            return new View(rows, memberships, coordinated, all, users, today, NextSteps.For(pairFacts, own, now, requestSteps),
                place is null || !places.Any(x => x.InGroups) ? [] : await GroupCardsAsync(actor.UserId, today, ct), // only mentors and mentees are in groups
                menteeOf ? await HomeRequests.MenteeLinesAsync(db, actor.UserId, now, reader.TimeZone, ct) : []);
        }

        /// <summary>
        /// The reader's running groups, each with its next part due, in one command whatever the number of groups and
        /// parts (scalar subqueries on the parts' (GroupId, DueOn) index).
        /// </summary>
        private async Task<IReadOnlyList<GroupCard>> GroupCardsAsync(Guid me, DateOnly today, CancellationToken ct)
        {
            return await GroupCardsQuery(db, me, today).ToListAsync(ct);
        }

        /// <summary>
        /// What the reader owns in a programme that asks for a next step, in four queries whatever the amounts: commitments
        /// missed twice in a row, cards in progress for longer than their board allows, active goals with no task, and
        /// the story tools' items.
        /// </summary>
        private async Task<NextSteps.OwnFacts> OwnFactsAsync(Guid me, Guid programmeId, IReadOnlyList<ActionRow> actions, DateTimeOffset now, DateOnly today, CancellationToken ct)
        {
            var since = today.AddDays(-100);
            var commitments = await CommitmentsQuery(db, me, programmeId, since).ToListAsync(ct);
            var missed = commitments.Where(c => ReminderRules.MissedTwiceSince(HabitStats.Periods(c.Commitment.Schedule, c.CheckIns, today)) is not null)
                .Select(c => (c.Commitment.Id, c.Commitment.Sentence())).ToList();
            var inProgress = await InProgressQuery(db, me, programmeId).ToListAsync(ct);
            var tooBig = inProgress.Where(t => BoardTask.IsTooBig(ColumnKind.InProgress, t.StartedAt, now, t.TooBigAfterDays))
                .OrderBy(t => t.StartedAt).Select(t => (t.Id, t.Title, (int)(now - t.StartedAt!.Value).TotalDays)).ToList();
            var bare = await BareGoalsQuery(db, me, programmeId).ToListAsync(ct);
            var toolItems = await tools.ItemsAsync(new ToolReader(me, programmeId, me, today), ToolItemPlace.Home, ct);
            return new NextSteps.OwnFacts(actions, missed, tooBig, bare.Select(g => (g.Id, g.Title)).ToList(), toolItems);
        }

        /// <summary>A session's start on the reader's clock ("Tue 3 Mar, 16:00").</summary>
        private string When(DateTimeOffset startUtc) =>
            SessionTimes.InZone(startUtc, reader.TimeZone) is { Succeeded: true } local ? local.Value!.Display : startUtc.ToString("u", CultureInfo.InvariantCulture);

        /// <summary>Counts for a set of programmes in three grouped queries (no query per programme).</summary>
        private async Task<List<CoordinatedProgramme>> SummariesAsync(IQueryable<Programme> programmes, DateOnly today, CancellationToken ct)
        {
            var list = await programmes.AsNoTracking().ToListAsync(ct);
            var ids = list.Select(g => g.Id).ToList();
            var places = await db.Participants.Where(p => ids.Contains(p.ProgrammeId) && p.Role != ParticipantRole.Coordinator)
                .GroupBy(p => new { p.ProgrammeId, p.Role, p.Status }).Select(g => new { g.Key.ProgrammeId, g.Key.Role, g.Key.Status, N = g.Count() }).ToListAsync(ct);
            var states = await db.Pairs.Where(p => ids.Contains(p.ProgrammeId))
                .GroupBy(p => new { p.ProgrammeId, p.State }).Select(g => new { g.Key.ProgrammeId, g.Key.State, N = g.Count() }).ToListAsync(ct);
            return list.Select(g =>
            {
                int P(Func<ParticipantRole, ApplicationStatus, bool> f) => places.Where(x => x.ProgrammeId == g.Id && f(x.Role, x.Status)).Sum(x => x.N);
                int S(PairState s) => states.Where(x => x.ProgrammeId == g.Id && x.State == s).Sum(x => x.N);
                return new CoordinatedProgramme(g.Id, g.Name, g.Status, g.WeekLine(today), g.WeekOn(today), g.LengthWeeks,
                    P((_, s) => s == ApplicationStatus.Applied), P((_, s) => s == ApplicationStatus.Invited),
                    P((r, s) => r == ParticipantRole.Mentor && s == ApplicationStatus.Accepted),
                    P((r, s) => r == ParticipantRole.Mentee && s == ApplicationStatus.Accepted),
                    S(PairState.Proposed), S(PairState.Active), S(PairState.Completed), S(PairState.Dissolved));
            }).ToList();
        }

        private static NextStep NextStepFor(Guid programmeId, ParticipantRole role, ApplicationStatus status, PairSummary? pair, ProgrammePhase phase, bool menteesChoose)
        {
            var apply = $"/Programmes/{programmeId}/Apply";
            return status switch
            {
                ApplicationStatus.Invited => new("Fill in your application so that your coordinator can match you.", apply, "Fill in your application"),
                ApplicationStatus.Applied => new("Your application is with the coordinator. You can still revise it until they review it.", apply, "Review your application"),
                ApplicationStatus.Declined => new("Your application was not accepted for this programme. Your coordinator can tell you more.", null, null),
                // In mentee-choice mode the mentee picks, from the mentor directory; a mentor hears of requests on this page.
                _ when pair is null && menteesChoose => role == ParticipantRole.Mentor
                    ? new("You're accepted. Mentees choose their mentors in this programme: when one asks you, it shows here to accept or decline.", $"/Programmes/{programmeId}/MentorRequests", "See requests")
                    : new("You're accepted. Choose up to three mentors from the directory, in order: each in turn has a few days to answer.", $"/Programmes/{programmeId}/Mentors", "Choose your mentors"),
                _ when pair is null => new(role == ParticipantRole.Mentor
                    ? "You're accepted. Your coordinator is matching you with a mentee."
                    : "You're accepted. Your coordinator is matching you with a mentor.", null, null),
                _ when pair.State == PairState.Proposed => new($"You've been proposed as a pair with {pair.PartnerName}. Your coordinator will confirm it soon.", $"/Pairs/{pair.Id}", "See your pair"),
                _ when pair.State is PairState.Completed or PairState.Dissolved => new("This mentoring relationship has ended. Thank you for taking part.", $"/Pairs/{pair.Id}", "See your pair"),
                _ => phase switch
                {
                    ProgrammePhase.NotStarted => new($"Say hello to {pair.PartnerName} and agree when you will first meet.", $"/Pairs/{pair.Id}", "See your pair"),
                    ProgrammePhase.GettingToKnowEachOther => new(role == ParticipantRole.Mentee
                        ? $"Get to know {pair.PartnerName}: share your background, values and what you hope to get from mentoring, and agree your mentoring plan."
                        : $"Get to know {pair.PartnerName}: share your own story, ask about theirs, and agree your mentoring plan together.", $"/Pairs/{pair.Id}", "Open your pair"),
                    ProgrammePhase.WorkingOnGoals => new(role == ParticipantRole.Mentee
                        ? "Drive this week's session: share your agenda the day before and follow up on your action items."
                        : $"Ask, listen and challenge: check in on {pair.PartnerName}'s goals and action items this week.", $"/Pairs/{pair.Id}", "Open your pair"),
                    ProgrammePhase.ReflectingAndRevising => new("Reflect together: what progress did you make, what worked, and what comes next?", $"/Pairs/{pair.Id}", "Open your pair"),
                    _ => new("The programme has finished. Agree whether and how you will stay in touch.", $"/Pairs/{pair.Id}", "Open your pair"),
                },
            };
        }
    }

    // The home page's reads, compiled once per process: it is the page people open most, and building and looking up
    // these expression trees on every request cost it more server time than several of the queries themselves.
    private static readonly Func<ThriveDbContext, Guid, IAsyncEnumerable<PlaceRow>> PlacesQuery = EF.CompileAsyncQuery((ThriveDbContext db, Guid me) =>
        db.Participants.AsNoTracking().Where(p => p.UserId == me)
            .Join(db.Programmes, p => p.ProgrammeId, g => g.Id, (p, g) => new { p.Role, p.Status, g })
            .OrderByDescending(x => x.g.StartDate).ThenBy(x => x.g.Id).Take(50)
            .Select(x => new PlaceRow(x.Role, x.Status, x.g, db.GroupMembers.Any(m => m.UserId == me),
                db.MatchingSettings.Any(m => m.ProgrammeId == x.g.Id && m.MenteesChoose))));

    private static readonly Func<ThriveDbContext, Guid, DateTimeOffset, IAsyncEnumerable<PairRow>> PairsQuery = EF.CompileAsyncQuery(
        (ThriveDbContext db, Guid me, DateTimeOffset rateSince) => (
                from p in db.Pairs.AsNoTracking()
                where p.MentorId == me || p.MenteeId == me
                join u in db.Users on (p.MentorId == me ? p.MenteeId : p.MentorId) equals u.Id
                orderby p.ProposedAt descending, p.Id
                select new PairRow(p.Id, p.ProgrammeId, p.MenteeId, p.State, p.MentorId == me, u.DisplayName, u.Pronouns,
                    db.MidpointChecks.Any(c => c.PairId == p.Id && c.HeldAt != null),
                    db.Feedback.Count(f => f.PairId == p.Id && f.ReceiverId == me && f.AcknowledgedAt == null),
                    // A mentor's reviews asked for by this mentee (CV, LinkedIn, portfolio site versions).
                    p.MentorId == me
                        ? db.AssetVersions.Count(v => v.Review == ReviewState.Requested && db.CareerAssets.Any(a => a.Id == v.AssetId && a.OwnerId == p.MenteeId && a.ProgrammeId == p.ProgrammeId))
                        : 0,
                    db.Sessions.Where(s => s.PairId == p.Id && s.Status == SessionStatus.Held && s.StartUtc >= rateSince
                            && !db.SessionRatings.Any(r => r.SessionId == s.Id && r.RaterId == me))
                        .OrderByDescending(s => s.StartUtc).Select(s => (Guid?)s.Id).FirstOrDefault(),
                    p.ActivatedAt,
                    db.PairSurveyAnswers.Where(a => a.PairId == p.Id && a.PersonId == me && a.Kind == SurveyKind.Pulse).Max(a => (int?)a.Round),
                    db.PairSurveyAnswers.Any(a => a.PairId == p.Id && a.PersonId == me && a.Kind == SurveyKind.End)))
            .Take(100));

    private static readonly Func<ThriveDbContext, List<Guid>, DateTimeOffset, IAsyncEnumerable<NextSessionRow>> NextSessionsQuery = EF.CompileAsyncQuery(
        (ThriveDbContext db, List<Guid> pairIds, DateTimeOffset now) => db.Sessions
            .Where(s => pairIds.Contains(s.PairId) && s.Status == SessionStatus.Scheduled && s.EndUtc > now)
            .GroupBy(s => s.PairId)
            .Select(g => g.OrderBy(s => s.StartUtc).Select(s => new NextSessionRow(s.PairId, s.Id, s.StartUtc, s.AgendaSharedAt != null)).First()));

    private static readonly Func<ThriveDbContext, Guid, IAsyncEnumerable<GoalCount>> GoalCountsQuery = EF.CompileAsyncQuery((ThriveDbContext db, Guid me) =>
        db.Goals.Where(g => g.OwnerId == me).GroupBy(g => new { g.ProgrammeId, g.Status }).Select(g => new GoalCount(g.Key.ProgrammeId, g.Key.Status, g.Count())));

    private static readonly Func<ThriveDbContext, Guid, IAsyncEnumerable<ActionRow>> ActionsQuery = EF.CompileAsyncQuery((ThriveDbContext db, Guid me) =>
        db.ActionItems.Where(i => i.OwnerId == me && i.DoneAt == null).OrderBy(i => i.DueDate == null).ThenBy(i => i.DueDate).ThenBy(i => i.CreatedAt).ThenBy(i => i.Id)
            .Take(10).Select(i => new ActionRow(i.Id, i.Text, i.DueDate, i.SessionId, false)));

    private static readonly Func<ThriveDbContext, Guid, DateOnly, IAsyncEnumerable<GroupCard>> GroupCardsQuery = EF.CompileAsyncQuery(
        (ThriveDbContext db, Guid me, DateOnly today) => db.GroupMembers.Where(m => m.UserId == me)
            .Join(db.Groups, m => m.GroupId, g => g.Id, (m, g) => g)
            .Where(g => g.ArchivedAt == null)
            .OrderBy(g => g.Name).ThenBy(g => g.Id).Take(20)
            .Select(g => new
            {
                g.Id, g.Name, g.Kind,
                NextId = db.ReadingParts.Where(p => p.GroupId == g.Id && p.DueOn >= today).OrderBy(p => p.DueOn).Select(p => (Guid?)p.Id).FirstOrDefault(),
                NextTitle = db.ReadingParts.Where(p => p.GroupId == g.Id && p.DueOn >= today).OrderBy(p => p.DueOn).Select(p => p.Title).FirstOrDefault(),
                NextDue = db.ReadingParts.Where(p => p.GroupId == g.Id && p.DueOn >= today).OrderBy(p => p.DueOn).Select(p => (DateOnly?)p.DueOn).FirstOrDefault(),
            })
            .Select(x => new GroupCard(x.Id, x.Name, x.Kind, x.NextTitle, x.NextDue, x.NextId != null && db.PartsRead.Any(r => r.PartId == x.NextId && r.UserId == me)))
            .AsNoTracking());

    private static readonly Func<ThriveDbContext, Guid, Guid, DateOnly, IAsyncEnumerable<CommitmentRow>> CommitmentsQuery = EF.CompileAsyncQuery(
        (ThriveDbContext db, Guid me, Guid programmeId, DateOnly since) => db.Commitments.AsNoTracking()
            .Where(c => c.OwnerId == me && c.ProgrammeId == programmeId && !c.Archived)
            .OrderBy(c => c.Id).Take(50)
            .Select(c => new CommitmentRow(c, db.CheckIns.Where(x => x.CommitmentId == c.Id && x.Date >= since).Select(x => new DayValue(x.Date, x.Value)).ToList())));

    private static readonly Func<ThriveDbContext, Guid, Guid, IAsyncEnumerable<StartedCard>> InProgressQuery = EF.CompileAsyncQuery(
        (ThriveDbContext db, Guid me, Guid programmeId) => (
                from t in db.Tasks
                join c in db.BoardColumns on t.ColumnId equals c.Id
                join b in db.Boards on t.BoardId equals b.Id
                where b.OwnerId == me && b.ProgrammeId == programmeId && c.Kind == ColumnKind.InProgress && !c.IsDeleted && t.StartedAt != null
                orderby t.Id
                select new StartedCard(t.Id, t.Title, t.StartedAt, b.TooBigAfterDays))
            .Take(100));

    private static readonly Func<ThriveDbContext, Guid, Guid, IAsyncEnumerable<GoalLine>> BareGoalsQuery = EF.CompileAsyncQuery(
        (ThriveDbContext db, Guid me, Guid programmeId) => db.Goals
            .Where(g => g.OwnerId == me && g.ProgrammeId == programmeId && g.Status == GoalStatus.Active && !db.Tasks.Any(t => t.GoalId == g.Id))
            .OrderBy(g => g.CreatedAt).ThenBy(g => g.Id).Select(g => new GoalLine(g.Id, g.Title)).Take(2));

    private sealed record PlaceRow(ParticipantRole Role, ApplicationStatus Status, Programme Programme, bool InGroups, bool MenteesChoose);

    private sealed record PairRow(Guid Id, Guid ProgrammeId, Guid MenteeId, PairState State, bool IsMentor, string PartnerName, string PartnerPronouns,
        bool CheckHeld, int Unread, int Reviews, Guid? ToRate, DateTimeOffset? ActivatedAt, int? LastPulse, bool EndAnswered);

    private sealed record NextSessionRow(Guid PairId, Guid Id, DateTimeOffset StartUtc, bool Shared);

    private sealed record GoalCount(Guid ProgrammeId, GoalStatus Status, int N);

    private sealed record CommitmentRow(Commitment Commitment, List<DayValue> CheckIns);

    private sealed record StartedCard(Guid Id, string Title, DateTimeOffset? StartedAt, int TooBigAfterDays);

    private sealed record GoalLine(Guid Id, string Title);
}
