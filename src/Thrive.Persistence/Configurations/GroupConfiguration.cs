namespace Thrive.Persistence.Configurations;

internal sealed class GroupConfiguration : IEntityTypeConfiguration<Group>
{
    public void Configure(EntityTypeBuilder<Group> b)
    {
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Join).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Name).HasMaxLength(GroupDetails.NameMax);
        b.Property(x => x.Purpose).HasMaxLength(GroupDetails.PurposeMax);
        b.Property(x => x.BookTitle).HasMaxLength(GroupDetails.BookTitleMax);
        b.Property(x => x.BookAuthor).HasMaxLength(GroupDetails.BookAuthorMax);
        b.Property(x => x.BookLink).HasMaxLength(GroupDetails.BookLinkMax);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Ignore(x => x.IsArchived);
        b.Ignore(x => x.IsCommunity);
        // A programme's groups go with it; a community group (no programme) belongs to the installation.
        b.HasOne<Programme>().WithMany().HasForeignKey(x => x.ProgrammeId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<ThriveUser>().WithMany().HasForeignKey(x => x.CreatedById).OnDelete(DeleteBehavior.Restrict);
        // The groups a reader may join: their programmes' running groups, and the community's.
        b.HasIndex(x => new { x.ProgrammeId, x.ArchivedAt });
        b.HasIndex(x => x.CreatedById);
    }
}

internal sealed class GroupMemberConfiguration : IEntityTypeConfiguration<GroupMember>
{
    public void Configure(EntityTypeBuilder<GroupMember> b)
    {
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Role).HasConversion<string>().HasMaxLength(20);
        // One place per person and group (holds when two tabs join at once); a person's groups are read by person.
        b.IsOnePerPersonOn<GroupMember, Group>(x => x.GroupId, x => x.UserId);
        // The goal the group backs for this member; deleting the goal leaves the membership.
        b.Property(x => x.Follows).HasConversion<string>().HasMaxLength(20);
        b.HasOne<Goal>().WithMany().HasForeignKey(x => x.GoalId).OnDelete(DeleteBehavior.SetNull);
        b.HasIndex(x => x.GoalId);
    }
}

internal sealed class ReadingPartConfiguration : IEntityTypeConfiguration<ReadingPart>
{
    public void Configure(EntityTypeBuilder<ReadingPart> b)
    {
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Title).HasMaxLength(ReadingPartDetails.TitleMax);
        b.Ignore(x => x.Chapters);
        b.HasOne<Group>().WithMany().HasForeignKey(x => x.GroupId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.GroupId, x.FromChapter });
        // The next part due of each of a reader's groups (home page).
        b.HasIndex(x => new { x.GroupId, x.DueOn });
    }
}

internal sealed class PartReadConfiguration : IEntityTypeConfiguration<PartRead>
{
    public void Configure(EntityTypeBuilder<PartRead> b)
    {
        b.HasKey(x => new { x.PartId, x.UserId });
        b.HasOne<ReadingPart>().WithMany().HasForeignKey(x => x.PartId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Group>().WithMany().HasForeignKey(x => x.GroupId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<ThriveUser>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Cascade);
        // Each member's progress through a group's plan in one read.
        b.HasIndex(x => new { x.GroupId, x.UserId });
        b.HasIndex(x => x.UserId);
    }
}

internal sealed class DiscussionPromptConfiguration : IEntityTypeConfiguration<DiscussionPrompt>
{
    public void Configure(EntityTypeBuilder<DiscussionPrompt> b)
    {
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Text).HasMaxLength(DiscussionPrompt.TextMax);
        b.HasOne<ReadingPart>().WithMany().HasForeignKey(x => x.PartId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Group>().WithMany().HasForeignKey(x => x.GroupId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<ThriveUser>().WithMany().HasForeignKey(x => x.AuthorId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.GroupId, x.PartId });
        b.HasIndex(x => x.PartId);
        b.HasIndex(x => x.AuthorId);
    }
}

internal sealed class PromptVoteConfiguration : IEntityTypeConfiguration<PromptVote>
{
    public void Configure(EntityTypeBuilder<PromptVote> b)
    {
        // One vote per person and prompt: the key holds when two tabs vote at once.
        b.HasKey(x => new { x.PromptId, x.VoterId });
        b.HasOne<DiscussionPrompt>().WithMany().HasForeignKey(x => x.PromptId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<ThriveUser>().WithMany().HasForeignKey(x => x.VoterId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => x.VoterId);
    }
}

internal sealed class GroupReflectionConfiguration : IEntityTypeConfiguration<GroupReflection>
{
    public void Configure(EntityTypeBuilder<GroupReflection> b)
    {
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Text).HasMaxLength(GroupReflection.TextMax);
        b.IsOnePerPersonOn<GroupReflection, ReadingPart>(x => x.PartId, x => x.AuthorId);
        b.HasOne<Group>().WithMany().HasForeignKey(x => x.GroupId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.GroupId, x.PartId });
    }
}
