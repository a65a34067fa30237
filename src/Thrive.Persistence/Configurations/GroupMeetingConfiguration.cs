namespace Thrive.Persistence.Configurations;

internal sealed class GroupMeetingConfiguration : IEntityTypeConfiguration<GroupMeeting>
{
    public void Configure(EntityTypeBuilder<GroupMeeting> b)
    {
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.CancelReason).HasMaxLength(GroupMeeting.ReasonMax);
        b.Property(x => x.Place).HasMaxLength(Domain.Sessions.MeetingPlace.Max);
        b.Property(x => x.SharedNotes).HasMaxLength(GroupMeeting.NotesMax);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasOne<Group>().WithMany().HasForeignKey(x => x.GroupId).OnDelete(DeleteBehavior.Cascade);
        // A group's meetings in time order (the list, the next meeting); meetings starting in a window (reminders).
        b.HasIndex(x => new { x.GroupId, x.StartUtc });
        b.HasIndex(x => new { x.StartUtc, x.Status });
    }
}

internal sealed class MeetingAttendanceConfiguration : IEntityTypeConfiguration<MeetingAttendance>
{
    public void Configure(EntityTypeBuilder<MeetingAttendance> b)
    {
        // One answer per member and meeting: the key holds when two tabs answer at once.
        b.HasKey(x => new { x.MeetingId, x.UserId });
        b.Property(x => x.Answer).HasConversion<string>().HasMaxLength(20);
        b.HasOne<GroupMeeting>().WithMany().HasForeignKey(x => x.MeetingId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<ThriveUser>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => x.UserId);
        b.HasIndex(x => x.GroupId);
    }
}

internal sealed class AgendaTopicConfiguration : IEntityTypeConfiguration<AgendaTopic>
{
    public void Configure(EntityTypeBuilder<AgendaTopic> b)
    {
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Text).HasMaxLength(AgendaTopic.TextMax);
        b.HasOne<GroupMeeting>().WithMany().HasForeignKey(x => x.MeetingId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<ThriveUser>().WithMany().HasForeignKey(x => x.AuthorId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.MeetingId, x.Position });
        b.HasIndex(x => x.AuthorId);
    }
}

internal sealed class MeetingUpdateConfiguration : IEntityTypeConfiguration<MeetingUpdate>
{
    public void Configure(EntityTypeBuilder<MeetingUpdate> b)
    {
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Text).HasMaxLength(MeetingUpdate.TextMax);
        b.IsOnePerPersonOn<MeetingUpdate, GroupMeeting>(x => x.MeetingId, x => x.AuthorId);
    }
}

internal sealed class MeetingActionItemConfiguration : IEntityTypeConfiguration<MeetingActionItem>
{
    public void Configure(EntityTypeBuilder<MeetingActionItem> b)
    {
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Text).HasMaxLength(MeetingActionItem.TextMax);
        b.HasOne<GroupMeeting>().WithMany().HasForeignKey(x => x.MeetingId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<ThriveUser>().WithMany().HasForeignKey(x => x.OwnerId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.MeetingId, x.CreatedAt });
        b.HasIndex(x => x.OwnerId);
    }
}
