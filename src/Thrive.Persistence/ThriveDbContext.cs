using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Thrive.Persistence;

public sealed class ThriveDbContext(DbContextOptions<ThriveDbContext> options)
    : IdentityDbContext<ThriveUser, IdentityRole<Guid>, Guid>(options), IDataProtectionKeyContext
{
    public DbSet<Programme> Programmes => Set<Programme>();
    public DbSet<Participant> Participants => Set<Participant>();
    public DbSet<Pair> Pairs => Set<Pair>();
    public DbSet<MatchingSettings> MatchingSettings => Set<MatchingSettings>();
    public DbSet<LockedMatch> LockedMatches => Set<LockedMatch>();
    public DbSet<MentorRequest> MentorRequests => Set<MentorRequest>();
    public DbSet<MentorTypeResult> MentorTypeResults => Set<MentorTypeResult>();
    public DbSet<Invitation> Invitations => Set<Invitation>();
    public DbSet<AccessToken> AccessTokens => Set<AccessToken>();
    public DbSet<SentMail> SentMail => Set<SentMail>();
    public DbSet<AuditEntry> AuditLog => Set<AuditEntry>();
    public DbSet<Goal> Goals => Set<Goal>();
    public DbSet<MeasureEntry> MeasureEntries => Set<MeasureEntry>();
    public DbSet<GoalComment> GoalComments => Set<GoalComment>();
    public DbSet<GoalEvent> GoalEvents => Set<GoalEvent>();
    public DbSet<GoalSwotLink> GoalSwotLinks => Set<GoalSwotLink>();
    public DbSet<GrowAnswer> GrowAnswers => Set<GrowAnswer>();
    public DbSet<ProgrammeGoalTemplate> GoalTemplates => Set<ProgrammeGoalTemplate>();
    public DbSet<SwotAnalysis> SwotAnalyses => Set<SwotAnalysis>();
    public DbSet<SwotRevision> SwotRevisions => Set<SwotRevision>();
    public DbSet<SwotItem> SwotItems => Set<SwotItem>();
    public DbSet<SwotLink> SwotLinks => Set<SwotLink>();
    public DbSet<SwotComment> SwotComments => Set<SwotComment>();
    public DbSet<TaskBoard> Boards => Set<TaskBoard>();
    public DbSet<BoardColumn> BoardColumns => Set<BoardColumn>();
    public DbSet<BoardTask> Tasks => Set<BoardTask>();
    public DbSet<TaskMove> TaskMoves => Set<TaskMove>();
    public DbSet<ChecklistItem> ChecklistItems => Set<ChecklistItem>();
    public DbSet<TaskComment> TaskComments => Set<TaskComment>();
    public DbSet<RelationshipCharter> Charters => Set<RelationshipCharter>();
    public DbSet<MentoringPlan> Plans => Set<MentoringPlan>();
    public DbSet<Commitment> Commitments => Set<Commitment>();
    public DbSet<CheckIn> CheckIns => Set<CheckIn>();
    public DbSet<PracticeProblem> PracticeProblems => Set<PracticeProblem>();
    public DbSet<PracticeLog> PracticeLogs => Set<PracticeLog>();
    public DbSet<Exam> Exams => Set<Exam>();
    public DbSet<ExamDomain> ExamDomains => Set<ExamDomain>();
    public DbSet<ExamPracticeTest> ExamPracticeTests => Set<ExamPracticeTest>();
    public DbSet<ExamStudyLog> ExamStudyLogs => Set<ExamStudyLog>();
    public DbSet<ExamComment> ExamComments => Set<ExamComment>();
    public DbSet<ExamTemplate> ExamTemplates => Set<ExamTemplate>();
    public DbSet<MentoringSession> Sessions => Set<MentoringSession>();
    public DbSet<ActionItem> ActionItems => Set<ActionItem>();
    public DbSet<PrivateNote> PrivateNotes => Set<PrivateNote>();
    public DbSet<Feedback> Feedback => Set<Feedback>();
    public DbSet<MidpointCheck> MidpointChecks => Set<MidpointCheck>();
    public DbSet<PairEscalation> PairEscalations => Set<PairEscalation>();
    public DbSet<SessionRating> SessionRatings => Set<SessionRating>();
    public DbSet<PairSurveyAnswer> PairSurveyAnswers => Set<PairSurveyAnswer>();
    public DbSet<SurveyQuestion> SurveyQuestions => Set<SurveyQuestion>();
    public DbSet<SurveyQuestionAnswer> SurveyQuestionAnswers => Set<SurveyQuestionAnswer>();
    public DbSet<ActivityRead> ActivityReads => Set<ActivityRead>();
    public DbSet<ClosingReflection> ClosingReflections => Set<ClosingReflection>();
    public DbSet<ReminderOptOut> ReminderOptOuts => Set<ReminderOptOut>();
    public DbSet<ReminderDelivery> ReminderDeliveries => Set<ReminderDelivery>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<RoleConversation> RoleConversations => Set<RoleConversation>();
    public DbSet<ExplorationRole> ExplorationRoles => Set<ExplorationRole>();
    public DbSet<RoleQuestion> RoleQuestions => Set<RoleQuestion>();
    public DbSet<RoleExploration> RoleExplorations => Set<RoleExploration>();
    public DbSet<EvidenceItem> EvidenceItems => Set<EvidenceItem>();
    public DbSet<EvidenceGoal> EvidenceGoals => Set<EvidenceGoal>();
    public DbSet<CareerAsset> CareerAssets => Set<CareerAsset>();
    public DbSet<AssetVersion> AssetVersions => Set<AssetVersion>();
    public DbSet<AssetVersionComment> AssetVersionComments => Set<AssetVersionComment>();
    public DbSet<PortfolioShare> PortfolioShares => Set<PortfolioShare>();
    public DbSet<WellbeingCheckIn> WellbeingCheckIns => Set<WellbeingCheckIn>();
    public DbSet<Stressor> Stressors => Set<Stressor>();
    public DbSet<CopingStrategy> CopingStrategies => Set<CopingStrategy>();
    public DbSet<Win> Wins => Set<Win>();
    public DbSet<WellbeingJournal> WellbeingJournals => Set<WellbeingJournal>();
    public DbSet<WebhookSubscription> WebhookSubscriptions => Set<WebhookSubscription>();
    public DbSet<WebhookEvent> WebhookEvents => Set<WebhookEvent>();
    public DbSet<WebhookDelivery> WebhookDeliveries => Set<WebhookDelivery>();
    public DbSet<WebhookAttempt> WebhookAttempts => Set<WebhookAttempt>();
    public DbSet<ChatConnection> ChatConnections => Set<ChatConnection>();
    public DbSet<ChatMessage> ChatMessages => Set<ChatMessage>();
    public DbSet<Group> Groups => Set<Group>();
    public DbSet<GroupMember> GroupMembers => Set<GroupMember>();
    public DbSet<ReadingPart> ReadingParts => Set<ReadingPart>();
    public DbSet<PartRead> PartsRead => Set<PartRead>();
    public DbSet<DiscussionPrompt> DiscussionPrompts => Set<DiscussionPrompt>();
    public DbSet<PromptVote> PromptVotes => Set<PromptVote>();
    public DbSet<GroupReflection> GroupReflections => Set<GroupReflection>();
    public DbSet<GroupMeeting> GroupMeetings => Set<GroupMeeting>();
    public DbSet<MeetingAttendance> MeetingAttendance => Set<MeetingAttendance>();
    public DbSet<AgendaTopic> AgendaTopics => Set<AgendaTopic>();
    public DbSet<MeetingUpdate> MeetingUpdates => Set<MeetingUpdate>();
    public DbSet<MeetingActionItem> MeetingActionItems => Set<MeetingActionItem>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(ThriveDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        // SQLite cannot order or compare DateTimeOffset text; store UTC ticks there. PostgreSQL keeps timestamptz.
        if (Database.ProviderName?.Contains("Sqlite", StringComparison.Ordinal) == true)
        {
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
            configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        }
    }
}
