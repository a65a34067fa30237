namespace Thrive.Persistence.Configurations;

internal sealed class RoleConversationConfiguration : IEntityTypeConfiguration<RoleConversation>
{
    public void Configure(EntityTypeBuilder<RoleConversation> b)
    {
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.PersonName).HasMaxLength(ConversationDetails.PersonMax);
        b.Property(x => x.Role).HasMaxLength(RoleCatalogue.NameMax);
        b.Property(x => x.RoleKey).HasMaxLength(RoleCatalogue.NameMax);
        b.Property(x => x.Questions).HasMaxLength(ConversationDetails.QuestionsMax * (RoleCatalogue.QuestionMax + 1));
        b.Property(x => x.DayToDay).HasMaxLength(ConversationDetails.TextMax);
        b.Property(x => x.Responsibilities).HasMaxLength(ConversationDetails.TextMax);
        b.Property(x => x.Liked).HasMaxLength(ConversationDetails.TextMax);
        b.Property(x => x.Disliked).HasMaxLength(ConversationDetails.TextMax);
        b.Ignore(x => x.QuestionList);
        b.HasOne<Programme>().WithMany().HasForeignKey(x => x.ProgrammeId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<ThriveUser>().WithMany().HasForeignKey(x => x.OwnerId).OnDelete(DeleteBehavior.Cascade);
        // The log newest first, the roles map and the count that feeds a goal.
        b.HasIndex(x => new { x.OwnerId, x.ProgrammeId, x.HeldOn });
        b.HasIndex(x => new { x.OwnerId, x.ProgrammeId, x.RoleKey });
        b.HasIndex(x => x.ProgrammeId);
    }
}

internal sealed class ExplorationRoleConfiguration : IEntityTypeConfiguration<ExplorationRole>
{
    public void Configure(EntityTypeBuilder<ExplorationRole> b)
    {
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Name).HasMaxLength(RoleCatalogue.NameMax);
        b.Property(x => x.Key).HasMaxLength(RoleCatalogue.NameMax);
        b.Ignore(x => x.IsBuiltIn);
        b.HasOne<Programme>().WithMany().HasForeignKey(x => x.ProgrammeId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<ThriveUser>().WithMany().HasForeignKey(x => x.OwnerId).OnDelete(DeleteBehavior.Cascade);
        // A role once per list: the index holds when two tabs add the same role at once.
        b.HasIndex(x => new { x.OwnerId, x.ProgrammeId, x.Key }).IsUnique();
        b.HasIndex(x => x.ProgrammeId);
    }
}

internal sealed class RoleQuestionConfiguration : IEntityTypeConfiguration<RoleQuestion>
{
    public void Configure(EntityTypeBuilder<RoleQuestion> b)
    {
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Text).HasMaxLength(RoleCatalogue.QuestionMax);
        b.Property(x => x.Group).HasConversion<string>().HasMaxLength(20);
        b.Ignore(x => x.Key);
        b.HasOne<Programme>().WithMany().HasForeignKey(x => x.ProgrammeId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<ThriveUser>().WithMany().HasForeignKey(x => x.OwnerId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.OwnerId, x.ProgrammeId, x.CreatedAt });
        b.HasIndex(x => x.ProgrammeId);
    }
}

internal sealed class RoleExplorationConfiguration : IEntityTypeConfiguration<RoleExploration>
{
    public void Configure(EntityTypeBuilder<RoleExploration> b)
    {
        b.Property(x => x.Id).ValueGeneratedNever();
        b.HasOne<Programme>().WithMany().HasForeignKey(x => x.ProgrammeId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<ThriveUser>().WithMany().HasForeignKey(x => x.OwnerId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Goal>().WithMany().HasForeignKey(x => x.GoalId).OnDelete(DeleteBehavior.SetNull);
        b.HasOne<Commitment>().WithMany().HasForeignKey(x => x.CommitmentId).OnDelete(DeleteBehavior.SetNull);
        // One per person and programme; a goal is fed by one exploration at most (checked on the goal page's write).
        b.HasIndex(x => new { x.OwnerId, x.ProgrammeId }).IsUnique();
        b.HasIndex(x => x.ProgrammeId);
        b.HasIndex(x => x.GoalId);
        b.HasIndex(x => x.CommitmentId);
    }
}
