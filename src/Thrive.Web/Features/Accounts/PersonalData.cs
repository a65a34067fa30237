using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Identity;

namespace Thrive.Web.Features.Accounts;

/// <summary>
/// A person's own data: everything Thrive holds about them as one JSON download, and deleting their account.
/// Deleting removes what is theirs alone (goals, SWOT, board, commitments, practice log, evidence and career assets, private notes, their own answers) and
/// Deleting removes what is theirs alone (goals, SWOT, board, commitments, practice log, wellbeing, private notes, their own answers, their groups' memberships, reflections, prompts and votes) and
/// keeps what they share with a partner (sessions, action items, feedback, comments, plans), which then reads
/// "Deleted user". Open pairs end. All in one transaction, audited. <see cref="PersonalDataTables"/> says, table by
/// table, what is exported, deleted or kept and why; a test holds this file to it.
/// </summary>
public static class PersonalData
{
    /// <summary>A link to a single sign-on provider as the download shows it.</summary>
    public sealed record SignInLink(string Provider, string Subject, DateTimeOffset? LinkedAt);

    public const string DeletedName = "Deleted user";

    /// <summary>Each part is capped; no real account comes near it.</summary>
    private const int Cap = 10_000;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true, ReferenceHandler = ReferenceHandler.IgnoreCycles, Converters = { new JsonStringEnumConverter() },
    };

    public sealed class Handler(ThriveDbContext db, UserManager<ThriveUser> users, AuditLog audit, TimeProvider clock)
    {
        /// <summary>
        /// The single sign-on providers linked to the account: the provider, the subject it knows the person by and when
        /// the link was made (from the audit log; null for a link older than it). Never a token: Thrive keeps none.
        /// </summary>
        private async Task<List<SignInLink>> SignInLinksAsync(Guid me, CancellationToken ct)
        {
            var logins = await db.Set<IdentityUserLogin<Guid>>().AsNoTracking().Where(l => l.UserId == me).OrderBy(l => l.LoginProvider).Take(Cap)
                .Select(l => new { l.LoginProvider, l.ProviderDisplayName, l.ProviderKey }).ToListAsync(ct);
            if (logins.Count == 0) return [];
            var linked = await db.AuditLog.AsNoTracking()
                .Where(a => a.SubjectId == me && (a.Action == AuditActions.SsoLinked || a.Action == AuditActions.SsoAccountCreated))
                .OrderBy(a => a.At).ThenBy(a => a.Id).Take(Cap).Select(a => new { a.At, a.Detail }).ToListAsync(ct);
            return logins.Select(l =>
            {
                var key = l.LoginProvider.StartsWith(SingleSignOn.SchemePrefix, StringComparison.Ordinal) ? l.LoginProvider[SingleSignOn.SchemePrefix.Length..] : l.LoginProvider;
                var at = linked.FirstOrDefault(a => a.Detail.Equals(key, StringComparison.OrdinalIgnoreCase) || a.Detail.StartsWith(key + ":", StringComparison.OrdinalIgnoreCase))?.At;
                return new SignInLink(l.ProviderDisplayName ?? key, l.ProviderKey, at);
            }).ToList();
        }

        public async Task<Result<byte[]>> ExportAsync(Actor actor, CancellationToken ct)
        {
            var me = actor.UserId;
            var user = await db.Users.AsNoTracking().Where(u => u.Id == me)
                .Select(u => new { u.Id, u.Email, u.DisplayName, u.Pronouns, u.TimeZone, u.Region, u.Bio, u.Interests, u.GoalHoursPerWeek, u.IsAdmin, u.CreatedAt, CalendarFeedCreatedAt = u.CalendarFeedCreatedAt, ActivitySeenAt = db.ActivityReads.Where(r => r.UserId == u.Id).Select(r => (DateTimeOffset?)r.SeenAt).FirstOrDefault() })
                .FirstOrDefaultAsync(ct);
            if (user is null) return Error.NotFound("Your account");
            var goals = db.Goals.Where(g => g.OwnerId == me).Select(g => g.Id);
            var swots = db.SwotAnalyses.Where(a => a.OwnerId == me).Select(a => a.Id);
            var boards = db.Boards.Where(b => b.OwnerId == me).Select(b => b.Id);
            var tasks = db.Tasks.Where(t => boards.Contains(t.BoardId)).Select(t => t.Id);
            var commitments = db.Commitments.Where(c => c.OwnerId == me).Select(c => c.Id);
            var pairs = db.Pairs.Where(p => p.MenteeId == me || p.MentorId == me).Select(p => p.Id);
            var revisions = db.SwotRevisions.Where(r => swots.Contains(r.AnalysisId)).Select(r => r.Id);
            var evidence = db.EvidenceItems.Where(e => e.OwnerId == me).Select(e => e.Id);
            var assets = db.CareerAssets.Where(a => a.OwnerId == me).Select(a => a.Id);
            var exams = db.Exams.Where(e => e.OwnerId == me).Select(e => e.Id);

            var data = new Dictionary<string, object?>
            {
                ["exportedAt"] = clock.GetUtcNow(),
                ["about"] = "Everything Thrive holds about you. Shared records (sessions, action items, feedback, plans) are those of your pairs.",
                ["profile"] = user,
                ["signInLinks"] = await SignInLinksAsync(me, ct),
                ["accessTokens"] = await db.AccessTokens.AsNoTracking().Where(t => t.OwnerId == me).OrderBy(x => x.Id).Take(Cap)
                    .Select(t => new { t.Id, t.Name, t.Scope, t.CreatedAt, t.ExpiresAt, t.LastUsedAt, t.RevokedAt }).ToListAsync(ct),
                ["webhooks"] = await db.WebhookSubscriptions.AsNoTracking().Where(w => w.OwnerId == me).OrderBy(x => x.Id).Take(Cap)
                    .Select(w => new { w.Id, w.ProgrammeId, w.Url, w.Description, w.Events, w.Enabled, w.CreatedAt, w.DisabledAt }).ToListAsync(ct),
                ["chatConnections"] = await db.ChatConnections.AsNoTracking().Where(c => c.OwnerId == me).OrderBy(x => x.Id).Take(Cap)
                    .Select(c => new { c.Id, c.ProgrammeId, Tool = c.Tool.ToString(), c.Host, c.Kinds, c.InsteadOfMail, c.Enabled, c.CreatedAt, c.DisabledAt }).ToListAsync(ct),
                ["programmePlaces"] = await db.Participants.AsNoTracking().Where(p => p.UserId == me).OrderBy(x => x.Id).Take(Cap).ToListAsync(ct),
                ["pairs"] = await db.Pairs.AsNoTracking().Where(p => pairs.Contains(p.Id)).OrderBy(x => x.Id).Take(Cap).ToListAsync(ct),
                ["mentorRequests"] = await db.MentorRequests.AsNoTracking().Where(r => r.MenteeId == me || r.MentorId == me).OrderBy(x => x.Id).Take(Cap).ToListAsync(ct),
                ["goals"] = await db.Goals.AsNoTracking().Where(g => goals.Contains(g.Id)).OrderBy(x => x.Id).Take(Cap).ToListAsync(ct),
                ["goalMeasures"] = await db.MeasureEntries.AsNoTracking().Where(m => goals.Contains(m.GoalId)).OrderBy(x => x.Id).Take(Cap).ToListAsync(ct),
                ["goalHistory"] = await db.GoalEvents.AsNoTracking().Where(e => goals.Contains(e.GoalId)).OrderBy(x => x.Id).Take(Cap).ToListAsync(ct),
                ["growAnswers"] = await db.GrowAnswers.AsNoTracking().Where(a => goals.Contains(a.GoalId)).OrderBy(x => x.GoalId).ThenBy(x => x.Prompt).Take(Cap).ToListAsync(ct),
                ["goalSwotLinks"] = await db.GoalSwotLinks.AsNoTracking().Where(l => goals.Contains(l.GoalId)).OrderBy(x => x.GoalId).ThenBy(x => x.SwotItemId).Take(Cap).ToListAsync(ct),
                ["goalCommentsWritten"] = await db.GoalComments.AsNoTracking().Where(c => c.AuthorId == me).OrderBy(x => x.Id).Take(Cap).ToListAsync(ct),
                ["swotAnalyses"] = await db.SwotAnalyses.AsNoTracking().Where(a => a.OwnerId == me).OrderBy(x => x.Id).Take(Cap).ToListAsync(ct),
                ["swotRevisions"] = await db.SwotRevisions.AsNoTracking().Where(r => swots.Contains(r.AnalysisId)).OrderBy(x => x.Id).Take(Cap).ToListAsync(ct),
                ["swotItems"] = await db.SwotItems.AsNoTracking().Where(i => revisions.Contains(i.RevisionId)).OrderBy(x => x.Id).Take(Cap).ToListAsync(ct),
                ["swotLinks"] = await db.SwotLinks.AsNoTracking().Where(l => revisions.Contains(l.RevisionId)).OrderBy(x => x.Id).Take(Cap).ToListAsync(ct),
                ["swotCommentsWritten"] = await db.SwotComments.AsNoTracking().Where(c => c.AuthorId == me).OrderBy(x => x.Id).Take(Cap).ToListAsync(ct),
                ["boards"] = await db.Boards.AsNoTracking().Where(b => b.OwnerId == me).OrderBy(x => x.Id).Take(Cap).ToListAsync(ct),
                ["boardColumns"] = await db.BoardColumns.AsNoTracking().Where(c => boards.Contains(c.BoardId)).OrderBy(x => x.Id).Take(Cap).ToListAsync(ct),
                ["tasks"] = await db.Tasks.AsNoTracking().Where(t => boards.Contains(t.BoardId)).OrderBy(x => x.Id).Take(Cap).ToListAsync(ct),
                ["taskMoves"] = await db.TaskMoves.AsNoTracking().Where(m => tasks.Contains(m.TaskId)).OrderBy(x => x.Id).Take(Cap).ToListAsync(ct),
                ["checklistItems"] = await db.ChecklistItems.AsNoTracking().Where(i => tasks.Contains(i.TaskId)).OrderBy(x => x.Id).Take(Cap).ToListAsync(ct),
                ["taskCommentsWritten"] = await db.TaskComments.AsNoTracking().Where(c => c.AuthorId == me).OrderBy(x => x.Id).Take(Cap).ToListAsync(ct),
                ["commitments"] = await db.Commitments.AsNoTracking().Where(c => c.OwnerId == me).OrderBy(x => x.Id).Take(Cap).ToListAsync(ct),
                ["checkIns"] = await db.CheckIns.AsNoTracking().Where(c => commitments.Contains(c.CommitmentId)).OrderBy(x => x.Id).Take(Cap).ToListAsync(ct),
                ["mentorType"] = await db.MentorTypeResults.AsNoTracking().Where(r => r.UserId == me).OrderBy(x => x.UserId).Take(Cap).ToListAsync(ct),
                ["practiceProblems"] = await db.PracticeProblems.AsNoTracking().Where(p => p.OwnerId == me).OrderBy(x => x.Id).Take(Cap).ToListAsync(ct),
                ["practiceLogs"] = await db.PracticeLogs.AsNoTracking().Where(l => l.OwnerId == me).OrderBy(x => x.Id).Take(Cap).ToListAsync(ct),
                ["roleConversations"] = await db.RoleConversations.AsNoTracking().Where(c => c.OwnerId == me).OrderBy(x => x.Id).Take(Cap).ToListAsync(ct),
                ["explorationRoles"] = await db.ExplorationRoles.AsNoTracking().Where(r => r.OwnerId == me).OrderBy(x => x.Id).Take(Cap).ToListAsync(ct),
                ["roleQuestions"] = await db.RoleQuestions.AsNoTracking().Where(q => q.OwnerId == me).OrderBy(x => x.Id).Take(Cap).ToListAsync(ct),
                ["roleExplorations"] = await db.RoleExplorations.AsNoTracking().Where(x => x.OwnerId == me).OrderBy(x => x.Id).Take(Cap).ToListAsync(ct),
                ["evidence"] = await db.EvidenceItems.AsNoTracking().Where(e => e.OwnerId == me).OrderBy(x => x.Id).Take(Cap).ToListAsync(ct),
                ["evidenceGoals"] = await db.EvidenceGoals.AsNoTracking().Where(l => evidence.Contains(l.EvidenceId)).OrderBy(x => x.EvidenceId).ThenBy(x => x.GoalId).Take(Cap).ToListAsync(ct),
                ["careerAssets"] = await db.CareerAssets.AsNoTracking().Where(a => a.OwnerId == me).OrderBy(x => x.Id).Take(Cap).ToListAsync(ct),
                ["careerAssetVersions"] = await db.AssetVersions.AsNoTracking().Where(v => assets.Contains(v.AssetId)).OrderBy(x => x.Id).Take(Cap).ToListAsync(ct),
                ["careerAssetCommentsWritten"] = await db.AssetVersionComments.AsNoTracking().Where(c => c.AuthorId == me).OrderBy(x => x.Id).Take(Cap).ToListAsync(ct),
                ["wellbeingCheckIns"] = await db.WellbeingCheckIns.AsNoTracking().Where(c => c.OwnerId == me).OrderBy(x => x.Id).Take(Cap).ToListAsync(ct),
                ["stressors"] = await db.Stressors.AsNoTracking().Where(c => c.OwnerId == me).OrderBy(x => x.Id).Take(Cap).ToListAsync(ct),
                ["copingStrategies"] = await db.CopingStrategies.AsNoTracking().Where(c => db.Stressors.Any(s => s.Id == c.StressorId && s.OwnerId == me)).OrderBy(x => x.Id).Take(Cap).ToListAsync(ct),
                ["wins"] = await db.Wins.AsNoTracking().Where(c => c.OwnerId == me).OrderBy(x => x.Id).Take(Cap).ToListAsync(ct),
                ["wellbeingJournals"] = await db.WellbeingJournals.AsNoTracking().Where(c => c.OwnerId == me).OrderBy(x => x.Id).Take(Cap).ToListAsync(ct),
                ["exams"] = await db.Exams.AsNoTracking().IgnoreAutoIncludes().Where(e => e.OwnerId == me).OrderBy(x => x.Id).Take(Cap).ToListAsync(ct),
                ["examDomains"] = await db.ExamDomains.AsNoTracking().Where(d => exams.Contains(d.ExamId)).OrderBy(x => x.Id).Take(Cap).ToListAsync(ct),
                ["examPracticeTests"] = await db.ExamPracticeTests.AsNoTracking().Where(t => t.OwnerId == me).OrderBy(x => x.Id).Take(Cap).ToListAsync(ct),
                ["examStudyTime"] = await db.ExamStudyLogs.AsNoTracking().Where(l => l.OwnerId == me).OrderBy(x => x.Id).Take(Cap).ToListAsync(ct),
                ["examCommentsWritten"] = await db.ExamComments.AsNoTracking().Where(c => c.AuthorId == me).OrderBy(x => x.Id).Take(Cap).ToListAsync(ct),
                ["charters"] = await db.Charters.AsNoTracking().Where(c => c.AuthorId == me).OrderBy(x => x.Id).Take(Cap).ToListAsync(ct),
                ["plans"] = await db.Plans.AsNoTracking().Where(p => pairs.Contains(p.PairId)).OrderBy(x => x.Id).Take(Cap).ToListAsync(ct),
                ["sessions"] = await db.Sessions.AsNoTracking().Where(s => pairs.Contains(s.PairId)).OrderBy(s => s.StartUtc).ThenBy(x => x.Id).Take(Cap).ToListAsync(ct),
                ["actionItems"] = await db.ActionItems.AsNoTracking().Where(i => pairs.Contains(i.PairId)).OrderBy(x => x.Id).Take(Cap).ToListAsync(ct),
                ["privateNotes"] = await db.PrivateNotes.AsNoTracking().Where(n => n.AuthorId == me).OrderBy(x => x.Id).Take(Cap).ToListAsync(ct),
                ["feedback"] = await db.Feedback.AsNoTracking().Where(f => f.GiverId == me || f.ReceiverId == me).OrderBy(x => x.Id).Take(Cap).ToListAsync(ct),
                ["midpointChecks"] = await db.MidpointChecks.AsNoTracking().Where(c => c.AuthorId == me).OrderBy(x => x.Id).Take(Cap).ToListAsync(ct),
                // The steps a coordinator took about a pair: to the pair's members the step and date, the note only to its writer.
                ["pairEscalations"] = await db.PairEscalations.AsNoTracking().Where(e => e.CoordinatorId == me || pairs.Contains(e.PairId)).OrderBy(e => e.At).ThenBy(e => e.Id)
                    .Select(e => new { e.PairId, e.Step, e.At, Note = e.CoordinatorId == me ? e.Note : "" }).Take(Cap).ToListAsync(ct),
                ["closingReflections"] = await db.ClosingReflections.AsNoTracking().Where(c => c.AuthorId == me).OrderBy(x => x.Id).Take(Cap).ToListAsync(ct),
                ["sessionRatings"] = await db.SessionRatings.AsNoTracking().Where(r => r.RaterId == me).OrderBy(r => r.AnsweredAt).ThenBy(x => x.Id).Take(Cap).ToListAsync(ct),
                ["pairSurveyAnswers"] = await db.PairSurveyAnswers.AsNoTracking().Where(r => r.PersonId == me).OrderBy(r => r.AnsweredAt).ThenBy(x => x.Id).Take(Cap).ToListAsync(ct),
                ["surveyQuestionAnswers"] = await (
                        from qa in db.SurveyQuestionAnswers.AsNoTracking()
                        join a in db.PairSurveyAnswers on qa.SurveyAnswerId equals a.Id
                        where a.PersonId == me
                        join q in db.SurveyQuestions on qa.QuestionId equals q.Id
                        orderby a.AnsweredAt, qa.Id
                        select new { qa.Id, qa.SurveyAnswerId, qa.QuestionId, Question = q.Text, qa.Number, qa.Text })
                    .Take(Cap).ToListAsync(ct),
                ["groupMemberships"] = await db.GroupMembers.AsNoTracking().Where(m => m.UserId == me)
                    .Join(db.Groups, m => m.GroupId, g => g.Id, (m, g) => new { m.GroupId, GroupName = g.Name, g.Kind, m.Role, m.JoinedAt }).OrderBy(x => x.JoinedAt).ThenBy(x => x.GroupId).Take(Cap).ToListAsync(ct),
                ["groupPartsRead"] = await db.PartsRead.AsNoTracking().Where(r => r.UserId == me).OrderBy(x => x.ReadAt).ThenBy(x => x.PartId).Take(Cap).ToListAsync(ct),
                ["groupPromptsWritten"] = await db.DiscussionPrompts.AsNoTracking().Where(p => p.AuthorId == me).OrderBy(x => x.Id).Take(Cap).ToListAsync(ct),
                ["groupPromptVotes"] = await db.PromptVotes.AsNoTracking().Where(v => v.VoterId == me).OrderBy(x => x.PromptId).Take(Cap).ToListAsync(ct),
                ["groupReflections"] = await db.GroupReflections.AsNoTracking().Where(r => r.AuthorId == me).OrderBy(x => x.Id).Take(Cap).ToListAsync(ct),
                ["groupMeetingAnswers"] = await db.MeetingAttendance.AsNoTracking().Where(a => a.UserId == me).OrderBy(x => x.MeetingId).Take(Cap).ToListAsync(ct),
                ["groupMeetingTopics"] = await db.AgendaTopics.AsNoTracking().Where(t => t.AuthorId == me).OrderBy(x => x.CreatedAt).ThenBy(x => x.Id).Take(Cap).ToListAsync(ct),
                ["groupMeetingUpdates"] = await db.MeetingUpdates.AsNoTracking().Where(u => u.AuthorId == me).OrderBy(x => x.UpdatedAt).ThenBy(x => x.Id).Take(Cap).ToListAsync(ct),
                ["groupMeetingActions"] = await db.MeetingActionItems.AsNoTracking().Where(a => a.OwnerId == me).OrderBy(x => x.CreatedAt).ThenBy(x => x.Id).Take(Cap).ToListAsync(ct),
                ["remindersTurnedOff"] = await db.ReminderOptOuts.AsNoTracking().Where(o => o.UserId == me).Select(o => o.Kind).Order().Take(Cap).ToListAsync(ct),
                ["mailSentToYou"] = user.Email is null ? [] : await db.SentMail.AsNoTracking().Where(m => m.To == user.Email).OrderBy(m => m.SentAt)
                    .Select(m => new { m.SentAt, m.Subject }).Take(Cap).ToListAsync(ct),
            };
            audit.Record(actor, AuditActions.PersonalDataExported, me, user.DisplayName);
            await db.SaveChangesAsync(ct);
            return JsonSerializer.SerializeToUtf8Bytes(data, Json);
        }

        /// <summary>Deletes the account after the person confirms with their email address and password (if they have one).</summary>
        public async Task<Result<Unit>> DeleteAsync(Actor actor, string? confirmEmail, string? password, CancellationToken ct)
        {
            var user = await users.FindByIdAsync(actor.UserId.ToString());
            if (user is null) return Error.NotFound("Your account");
            var v = new Validate()
                .That(string.Equals((confirmEmail ?? "").Trim(), user.Email, StringComparison.OrdinalIgnoreCase), "ConfirmEmail", "Type your email address exactly as it is on your account.")
                .That(user.PasswordHash is null || !string.IsNullOrEmpty(password), "Password", "Enter your password.");
            if (!v.Ok) return Result<Unit>.Fail(v.Errors);
            // An account made by single sign-on may have no password: its address, typed again, confirms.
            if (user.PasswordHash is not null && !await users.CheckPasswordAsync(user, password!)) return Error.Validation("Password", "That password is not right.");
            if (user.IsAdmin && await db.Users.CountAsync(u => u.IsAdmin, ct) <= 1)
                return Error.Conflict("You are the only admin. Make someone else an admin before you delete your account.");

            var me = user.Id;
            var email = user.Email ?? "";
            var now = clock.GetUtcNow();
            await using var tx = await db.Database.BeginTransactionAsync(ct);

            // What is the person's alone.
            var goals = db.Goals.Where(g => g.OwnerId == me).Select(g => g.Id);
            var swots = db.SwotAnalyses.Where(a => a.OwnerId == me).Select(a => a.Id);
            var revisions = db.SwotRevisions.Where(r => swots.Contains(r.AnalysisId)).Select(r => r.Id);
            var items = db.SwotItems.Where(i => revisions.Contains(i.RevisionId)).Select(i => i.Id);
            var boards = db.Boards.Where(b => b.OwnerId == me).Select(b => b.Id);
            var tasks = db.Tasks.Where(t => boards.Contains(t.BoardId)).Select(t => t.Id);
            var commitments = db.Commitments.Where(c => c.OwnerId == me).Select(c => c.Id);

            var assets = db.CareerAssets.Where(a => a.OwnerId == me).Select(a => a.Id);
            var versions = db.AssetVersions.Where(v => assets.Contains(v.AssetId)).Select(v => v.Id);

            await db.AssetVersionComments.Where(c => versions.Contains(c.VersionId)).ExecuteDeleteAsync(ct);
            await db.AssetVersions.Where(v => assets.Contains(v.AssetId)).ExecuteDeleteAsync(ct);
            await db.CareerAssets.Where(a => a.OwnerId == me).ExecuteDeleteAsync(ct);
            await db.PortfolioShares.Where(s => s.OwnerId == me).ExecuteDeleteAsync(ct);
            await db.EvidenceGoals.Where(l => db.EvidenceItems.Any(e => e.Id == l.EvidenceId && e.OwnerId == me) || goals.Contains(l.GoalId)).ExecuteDeleteAsync(ct);
            await db.EvidenceItems.Where(e => e.OwnerId == me).ExecuteDeleteAsync(ct);
            await db.PracticeProblems.Where(p => p.OwnerId == me).ExecuteDeleteAsync(ct);
            await db.MentorTypeResults.Where(r => r.UserId == me).ExecuteDeleteAsync(ct);
            await db.PracticeLogs.Where(l => l.OwnerId == me).ExecuteDeleteAsync(ct);
            await db.RoleConversations.Where(c => c.OwnerId == me).ExecuteDeleteAsync(ct);
            await db.ExplorationRoles.Where(r => r.OwnerId == me).ExecuteDeleteAsync(ct);
            await db.RoleQuestions.Where(q => q.OwnerId == me).ExecuteDeleteAsync(ct);
            await db.RoleExplorations.Where(x => x.OwnerId == me).ExecuteDeleteAsync(ct);
            await db.CopingStrategies.Where(c => db.Stressors.Any(x => x.Id == c.StressorId && x.OwnerId == me)).ExecuteDeleteAsync(ct);
            await db.Stressors.Where(x => x.OwnerId == me).ExecuteDeleteAsync(ct);
            await db.WellbeingCheckIns.Where(x => x.OwnerId == me).ExecuteDeleteAsync(ct);
            await db.Wins.Where(x => x.OwnerId == me).ExecuteDeleteAsync(ct);
            await db.WellbeingJournals.Where(x => x.OwnerId == me).ExecuteDeleteAsync(ct);
            var exams = db.Exams.Where(e => e.OwnerId == me).Select(e => e.Id);
            await db.ExamComments.Where(c => exams.Contains(c.ExamId)).ExecuteDeleteAsync(ct);
            await db.ExamPracticeTests.Where(t => t.OwnerId == me).ExecuteDeleteAsync(ct);
            await db.ExamStudyLogs.Where(l => l.OwnerId == me).ExecuteDeleteAsync(ct);
            await db.ExamDomains.Where(d => exams.Contains(d.ExamId)).ExecuteDeleteAsync(ct);
            await db.Exams.Where(e => e.OwnerId == me).ExecuteDeleteAsync(ct);
            await db.CheckIns.Where(c => commitments.Contains(c.CommitmentId)).ExecuteDeleteAsync(ct);
            await db.Commitments.Where(c => c.OwnerId == me).ExecuteDeleteAsync(ct);
            await db.TaskComments.Where(c => tasks.Contains(c.TaskId)).ExecuteDeleteAsync(ct);
            await db.ChecklistItems.Where(c => tasks.Contains(c.TaskId)).ExecuteDeleteAsync(ct);
            await db.TaskMoves.Where(m => tasks.Contains(m.TaskId)).ExecuteDeleteAsync(ct);
            await db.Tasks.Where(t => boards.Contains(t.BoardId)).ExecuteDeleteAsync(ct);
            await db.Tasks.Where(t => t.GoalId != null && goals.Contains(t.GoalId.Value)).ExecuteUpdateAsync(s => s.SetProperty(t => t.GoalId, (Guid?)null), ct);
            await db.BoardColumns.Where(c => boards.Contains(c.BoardId)).ExecuteDeleteAsync(ct);
            await db.Boards.Where(b => b.OwnerId == me).ExecuteDeleteAsync(ct);
            await db.GoalSwotLinks.Where(l => goals.Contains(l.GoalId) || items.Contains(l.SwotItemId)).ExecuteDeleteAsync(ct);
            await db.GoalComments.Where(c => goals.Contains(c.GoalId)).ExecuteDeleteAsync(ct);
            await db.GoalEvents.Where(e => goals.Contains(e.GoalId)).ExecuteDeleteAsync(ct);
            await db.MeasureEntries.Where(m => goals.Contains(m.GoalId)).ExecuteDeleteAsync(ct);
            await db.GrowAnswers.Where(a => goals.Contains(a.GoalId)).ExecuteDeleteAsync(ct);
            await db.Goals.Where(g => g.OwnerId == me).ExecuteDeleteAsync(ct);
            await db.SwotLinks.Where(l => revisions.Contains(l.RevisionId)).ExecuteDeleteAsync(ct);
            await db.SwotItems.Where(i => revisions.Contains(i.RevisionId)).ExecuteDeleteAsync(ct);
            await db.SwotComments.Where(c => swots.Contains(c.AnalysisId)).ExecuteDeleteAsync(ct);
            await db.SwotRevisions.Where(r => swots.Contains(r.AnalysisId)).ExecuteDeleteAsync(ct);
            await db.SwotAnalyses.Where(a => a.OwnerId == me).ExecuteDeleteAsync(ct);
            await db.PrivateNotes.Where(n => n.AuthorId == me).ExecuteDeleteAsync(ct);
            await db.Charters.Where(c => c.AuthorId == me).ExecuteDeleteAsync(ct);
            await db.MidpointChecks.Where(c => c.AuthorId == me).ExecuteDeleteAsync(ct);
            await db.ClosingReflections.Where(c => c.AuthorId == me).ExecuteDeleteAsync(ct);
            await db.SessionRatings.Where(r => r.RaterId == me).ExecuteDeleteAsync(ct);
            var mySurveyAnswers = db.PairSurveyAnswers.Where(r => r.PersonId == me).Select(r => r.Id);
            await db.SurveyQuestionAnswers.Where(a => mySurveyAnswers.Contains(a.SurveyAnswerId)).ExecuteDeleteAsync(ct);
            await db.PairSurveyAnswers.Where(r => r.PersonId == me).ExecuteDeleteAsync(ct);
            var prompts = db.DiscussionPrompts.Where(p => p.AuthorId == me).Select(p => p.Id);
            await db.PromptVotes.Where(v => v.VoterId == me || prompts.Contains(v.PromptId)).ExecuteDeleteAsync(ct);
            await db.DiscussionPrompts.Where(p => p.AuthorId == me).ExecuteDeleteAsync(ct);
            await db.GroupReflections.Where(r => r.AuthorId == me).ExecuteDeleteAsync(ct);
            await db.MeetingAttendance.Where(a => a.UserId == me).ExecuteDeleteAsync(ct);
            await db.AgendaTopics.Where(t => t.AuthorId == me).ExecuteDeleteAsync(ct);
            await db.MeetingUpdates.Where(u => u.AuthorId == me).ExecuteDeleteAsync(ct);
            await db.MeetingActionItems.Where(a => a.OwnerId == me).ExecuteDeleteAsync(ct);
            await db.PartsRead.Where(r => r.UserId == me).ExecuteDeleteAsync(ct);
            await db.GroupMembers.Where(m => m.UserId == me).ExecuteDeleteAsync(ct);
            await db.ReminderOptOuts.Where(o => o.UserId == me).ExecuteDeleteAsync(ct);
            await db.AccessTokens.Where(t => t.OwnerId == me).ExecuteDeleteAsync(ct);
            await db.WebhookSubscriptions.Where(w => w.OwnerId == me && w.ProgrammeId == null).ExecuteDeleteAsync(ct); // their deliveries and log go with them
            await db.WebhookEvents.Where(e => e.PersonId == me).ExecuteDeleteAsync(ct);
            await db.ChatConnections.Where(c => c.OwnerId == me && c.ProgrammeId == null).ExecuteDeleteAsync(ct); // their messages go with them
            await db.ReminderDeliveries.Where(d => d.UserId == me).ExecuteDeleteAsync(ct);
            await db.SentMail.Where(m => m.To == email).ExecuteDeleteAsync(ct);
            var normalised = EmailAddress.Normalise(email);
            await db.Invitations.Where(i => i.NormalisedEmail == normalised).ExecuteDeleteAsync(ct);
            await db.LockedMatches.Where(l => l.MenteeId == me || l.MentorId == me).ExecuteDeleteAsync(ct);
            await db.MentorRequests.Where(r => r.MenteeId == me || r.MentorId == me).ExecuteDeleteAsync(ct);
            await db.ActivityReads.Where(r => r.UserId == me).ExecuteDeleteAsync(ct);

            // Their places keep the programme's counts true, without the answers; open pairs end.
            foreach (var place in await db.Participants.Where(p => p.UserId == me).OrderBy(p => p.Id).Take(Cap).ToListAsync(ct)) place.Forget();
            foreach (var pair in await db.Pairs.Where(p => (p.MenteeId == me || p.MentorId == me) && (p.State == PairState.Active || p.State == PairState.Proposed)).OrderBy(p => p.Id).Take(Cap).ToListAsync(ct))
                pair.Dissolve(pair.MenteeId == me ? "The mentee deleted their account." : "The mentor deleted their account.", now);

            // The account stays as a nameless row so that shared records keep their author, shown as "Deleted user".
            user.DisplayName = DeletedName;
            user.Email = $"deleted-{me:N}@deleted.invalid";
            user.UserName = user.Email;
            user.NormalizedEmail = user.Email.ToUpperInvariant();
            user.NormalizedUserName = user.NormalizedEmail;
            user.PasswordHash = null;
            user.PhoneNumber = null;
            (user.Pronouns, user.Region, user.Bio, user.Interests, user.TimeZone, user.GoalHoursPerWeek) = ("", "", "", "", "UTC", null);
            user.IsAdmin = false;
            user.CalendarFeedTokenHash = null;
            user.LockoutEnabled = true;
            user.LockoutEnd = DateTimeOffset.MaxValue;
            user.SecurityStamp = Guid.NewGuid().ToString("N");
            audit.Record(actor, AuditActions.AccountDeleted, me, DeletedName);
            await db.SaveChangesAsync(ct);
            await db.Set<IdentityUserToken<Guid>>().Where(t => t.UserId == me).ExecuteDeleteAsync(ct);
            await db.Set<IdentityUserLogin<Guid>>().Where(t => t.UserId == me).ExecuteDeleteAsync(ct);
            await db.Set<IdentityUserClaim<Guid>>().Where(t => t.UserId == me).ExecuteDeleteAsync(ct);
            await db.Set<IdentityUserRole<Guid>>().Where(t => t.UserId == me).ExecuteDeleteAsync(ct);
            await tx.CommitAsync(ct);
            return Result.Ok();
        }
    }
}
