namespace Thrive.Persistence.Configurations;

internal sealed class GoalConfiguration : IEntityTypeConfiguration<Goal>
{
    public void Configure(EntityTypeBuilder<Goal> b)
    {
        b.Property(g => g.Id).ValueGeneratedNever();
        b.Property(g => g.Title).HasMaxLength(Goal.TitleMax);
        b.Property(g => g.Description).HasMaxLength(Goal.DescriptionMax);
        b.Property(g => g.Category).HasConversion<string>().HasMaxLength(20);
        b.Property(g => g.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(g => g.FirstStep).HasMaxLength(Goal.TextMax);
        b.Property(g => g.AccountabilityMethod).HasMaxLength(Goal.TextMax);
        b.Property(g => g.Celebration).HasMaxLength(Goal.TextMax);
        b.Property(g => g.DropReason).HasMaxLength(Goal.TextMax);
        b.Property(g => g.Version).IsConcurrencyToken();
        b.Ignore(g => g.IsOpen);
        b.ComplexProperty(g => g.Smart, s =>
        {
            s.Property(x => x.SpecificOutcome).HasMaxLength(Goal.TextMax);
            s.Property(x => x.Metric).HasMaxLength(Goal.ShortMax);
            s.Property(x => x.Unit).HasMaxLength(Goal.ShortMax);
            s.Property(x => x.DoneCriterion).HasMaxLength(Goal.TextMax);
            s.Property(x => x.Resources).HasMaxLength(Goal.TextMax);
            s.Property(x => x.RelevanceReason).HasMaxLength(Goal.TextMax);
            s.Property(x => x.Baseline).HasPrecision(18, 4);
            s.Property(x => x.Target).HasPrecision(18, 4);
            s.Property(x => x.HoursPerWeek).HasPrecision(6, 2);
            s.Ignore(x => x.HasMeasure);
        });
        b.HasOne<Programme>().WithMany().HasForeignKey(g => g.ProgrammeId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<ThriveUser>().WithMany().HasForeignKey(g => g.OwnerId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(g => new { g.OwnerId, g.ProgrammeId, g.Status });
        b.HasIndex(g => g.ProgrammeId);
    }
}

internal sealed class MeasureEntryConfiguration : IEntityTypeConfiguration<MeasureEntry>
{
    public void Configure(EntityTypeBuilder<MeasureEntry> b)
    {
        b.Property(m => m.Id).ValueGeneratedNever();
        b.Property(m => m.Value).HasPrecision(18, 4);
        b.Property(m => m.Note).HasMaxLength(500);
        b.HasOne<Goal>().WithMany().HasForeignKey(m => m.GoalId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(m => new { m.GoalId, m.Date });
        // A commitment's check-ins write its values; they go with it.
        b.HasOne<Commitment>().WithMany().HasForeignKey(m => m.CommitmentId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(m => m.CommitmentId);
        // A group's values stay on the goal as history if the group goes; the group finds them by group and goal.
        b.HasOne<Group>().WithMany().HasForeignKey(m => m.GroupId).OnDelete(DeleteBehavior.SetNull);
        b.HasIndex(m => new { m.GroupId, m.GoalId });
    }
}

internal sealed class GoalCommentConfiguration : IEntityTypeConfiguration<GoalComment>
{
    public void Configure(EntityTypeBuilder<GoalComment> b)
    {
        b.Property(c => c.Id).ValueGeneratedNever();
        b.Property(c => c.Body).HasMaxLength(GoalComment.BodyMax);
        b.HasOne<Goal>().WithMany().HasForeignKey(c => c.GoalId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<ThriveUser>().WithMany().HasForeignKey(c => c.AuthorId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(c => new { c.GoalId, c.CreatedAt });
        b.HasIndex(c => c.AuthorId);
    }
}

internal sealed class GoalEventConfiguration : IEntityTypeConfiguration<GoalEvent>
{
    public void Configure(EntityTypeBuilder<GoalEvent> b)
    {
        b.Property(e => e.Id).ValueGeneratedNever();
        b.Property(e => e.Summary).HasMaxLength(500);
        b.HasOne<Goal>().WithMany().HasForeignKey(e => e.GoalId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<ThriveUser>().WithMany().HasForeignKey(e => e.ActorId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(e => new { e.GoalId, e.At });
        b.HasIndex(e => e.ActorId);
    }
}

internal sealed class GoalSwotLinkConfiguration : IEntityTypeConfiguration<GoalSwotLink>
{
    public void Configure(EntityTypeBuilder<GoalSwotLink> b)
    {
        b.HasKey(l => new { l.GoalId, l.SwotItemId });
        b.HasOne<Goal>().WithMany().HasForeignKey(l => l.GoalId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<SwotItem>().WithMany().HasForeignKey(l => l.SwotItemId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(l => l.SwotItemId);
    }
}

internal sealed class GrowAnswerConfiguration : IEntityTypeConfiguration<GrowAnswer>
{
    public void Configure(EntityTypeBuilder<GrowAnswer> b)
    {
        b.HasKey(a => new { a.GoalId, a.Prompt });
        b.Property(a => a.Text).HasMaxLength(GrowAnswer.TextMax);
        b.HasOne<Goal>().WithMany().HasForeignKey(a => a.GoalId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ProgrammeGoalTemplateConfiguration : IEntityTypeConfiguration<ProgrammeGoalTemplate>
{
    public void Configure(EntityTypeBuilder<ProgrammeGoalTemplate> b)
    {
        b.Property(t => t.Id).ValueGeneratedNever();
        b.Property(t => t.Title).HasMaxLength(Goal.TitleMax);
        b.Property(t => t.Description).HasMaxLength(Goal.TextMax);
        b.Property(t => t.Why).HasMaxLength(Goal.TextMax);
        b.Property(t => t.Category).HasConversion<string>().HasMaxLength(20);
        b.HasOne<Programme>().WithMany().HasForeignKey(t => t.ProgrammeId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<ThriveUser>().WithMany().HasForeignKey(t => t.CreatedById).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(t => new { t.ProgrammeId, t.Category });
        b.HasIndex(t => t.CreatedById);
    }
}
