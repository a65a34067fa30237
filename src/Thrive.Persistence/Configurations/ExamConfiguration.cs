namespace Thrive.Persistence.Configurations;

internal sealed class ExamConfiguration : IEntityTypeConfiguration<Exam>
{
    public void Configure(EntityTypeBuilder<Exam> b)
    {
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Provider).HasMaxLength(ExamDetails.ProviderMax);
        b.Property(x => x.Name).HasMaxLength(ExamDetails.NameMax);
        b.Property(x => x.Code).HasMaxLength(ExamDetails.CodeMax);
        b.Property(x => x.StudyPlan).HasMaxLength(ExamDetails.StudyPlanMax);
        b.Property(x => x.Outcome).HasConversion<string>().HasMaxLength(10);
        b.Ignore(x => x.ThresholdPercent);
        b.Ignore(x => x.PlanWeeks);
        // One exam per person and programme, gone with either.
        b.IsOwnedInProgramme(x => x.ProgrammeId, x => x.OwnerId);
        b.HasOne<Goal>().WithMany().HasForeignKey(x => x.GoalId).OnDelete(DeleteBehavior.SetNull);
        b.HasIndex(x => x.GoalId);
        // Reminders read exams by their day and their voucher's.
        b.HasIndex(x => x.ExamOn);
        b.HasIndex(x => x.VoucherExpiresOn);
        // The domains are part of the exam: always read and written with it.
        b.HasMany(x => x.Domains).WithOne().HasForeignKey(d => d.ExamId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Domains).HasField("domains").UsePropertyAccessMode(PropertyAccessMode.Field).AutoInclude();
    }
}

internal sealed class ExamDomainConfiguration : IEntityTypeConfiguration<ExamDomain>
{
    public void Configure(EntityTypeBuilder<ExamDomain> b)
    {
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Name).HasMaxLength(ExamDetails.DomainNameMax);
        b.HasIndex(x => x.ExamId);
    }
}

internal sealed class ExamPracticeTestConfiguration : IEntityTypeConfiguration<ExamPracticeTest>
{
    public void Configure(EntityTypeBuilder<ExamPracticeTest> b)
    {
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Source).HasMaxLength(ExamPracticeTest.SourceMax);
        b.Property(x => x.Note).HasMaxLength(ExamPracticeTest.NoteMax);
        b.HasOne<Exam>().WithMany().HasForeignKey(x => x.ExamId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<ThriveUser>().WithMany().HasForeignKey(x => x.OwnerId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Programme>().WithMany().HasForeignKey(x => x.ProgrammeId).OnDelete(DeleteBehavior.Cascade);
        // The scores by day (chart, trend, latest score).
        b.HasIndex(x => new { x.ExamId, x.TakenOn });
        b.HasIndex(x => new { x.OwnerId, x.ProgrammeId });
        b.HasIndex(x => x.ProgrammeId);
        // Per-domain scores are part of the test; a domain removed from the exam leaves its old scores unread.
        b.Property(x => x.DomainScores).HasMaxLength(ExamPracticeTest.DomainScoresMax);
        b.Ignore(x => x.Scores);
    }
}

internal sealed class ExamStudyLogConfiguration : IEntityTypeConfiguration<ExamStudyLog>
{
    public void Configure(EntityTypeBuilder<ExamStudyLog> b)
    {
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Note).HasMaxLength(ExamStudyLog.NoteMax);
        b.HasOne<Exam>().WithMany().HasForeignKey(x => x.ExamId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<ThriveUser>().WithMany().HasForeignKey(x => x.OwnerId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Programme>().WithMany().HasForeignKey(x => x.ProgrammeId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.ExamId, x.StudiedOn });
        b.HasIndex(x => new { x.OwnerId, x.ProgrammeId });
        b.HasIndex(x => x.ProgrammeId);
    }
}

internal sealed class ExamCommentConfiguration : IEntityTypeConfiguration<ExamComment>
{
    public void Configure(EntityTypeBuilder<ExamComment> b)
    {
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Body).HasMaxLength(CommentBody.Max);
        b.IsDatedEntryOn<ExamComment, Exam>(c => c.ExamId, c => c.AuthorId, c => c.CreatedAt);
    }
}

internal sealed class ExamTemplateConfiguration : IEntityTypeConfiguration<ExamTemplate>
{
    public void Configure(EntityTypeBuilder<ExamTemplate> b)
    {
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Provider).HasMaxLength(ExamDetails.ProviderMax);
        b.Property(x => x.Name).HasMaxLength(ExamDetails.NameMax);
        b.Property(x => x.Code).HasMaxLength(ExamDetails.CodeMax);
        b.Property(x => x.DomainLines).HasMaxLength(ExamTemplate.DomainLinesMax);
        b.Ignore(x => x.Domains);
        b.HasOne<Programme>().WithMany().HasForeignKey(x => x.ProgrammeId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.ProgrammeId, x.Name });
    }
}
