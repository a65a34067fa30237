namespace Thrive.Persistence.Configurations;

internal sealed class MentoringSessionConfiguration : IEntityTypeConfiguration<MentoringSession>
{
    public void Configure(EntityTypeBuilder<MentoringSession> b)
    {
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.CancelReason).HasMaxLength(MentoringSession.ReasonMax);
        foreach (var name in new[] { nameof(MentoringSession.CheckIn), nameof(MentoringSession.WentWell), nameof(MentoringSession.DidNotGoWell), nameof(MentoringSession.HopeNext), nameof(MentoringSession.Challenges) })
            b.Property<string>(name).HasMaxLength(MentoringSession.TextMax);
        b.Property(x => x.SharedNotes).HasMaxLength(MentoringSession.TextMax * 2);
        b.Property(x => x.MeetingPlace).HasMaxLength(MeetingPlace.Max).HasDefaultValue("");
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Ignore(x => x.ShareBy);
        b.HasOne<Pair>().WithMany().HasForeignKey(x => x.PairId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.PairId, x.StartUtc });
        b.HasIndex(x => new { x.Status, x.StartUtc });
        // A pair's next scheduled session (home page): two equalities, so SQLite picks this over (Status, StartUtc),
        // which would scan every scheduled session of the installation.
        b.HasIndex(x => new { x.PairId, x.Status, x.StartUtc });
    }
}

internal sealed class ActionItemConfiguration : IEntityTypeConfiguration<ActionItem>
{
    public void Configure(EntityTypeBuilder<ActionItem> b)
    {
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Text).HasMaxLength(ActionItem.TextMax);
        b.HasOne<Pair>().WithMany().HasForeignKey(x => x.PairId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<MentoringSession>().WithMany().HasForeignKey(x => x.SessionId).OnDelete(DeleteBehavior.SetNull);
        b.HasOne<ThriveUser>().WithMany().HasForeignKey(x => x.OwnerId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.OwnerId, x.DoneAt });
        b.HasIndex(x => new { x.PairId, x.DoneAt });
        b.HasIndex(x => x.SessionId);
    }
}

internal sealed class PrivateNoteConfiguration : IEntityTypeConfiguration<PrivateNote>
{
    public void Configure(EntityTypeBuilder<PrivateNote> b)
    {
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Body).HasMaxLength(MentoringSession.TextMax);
        b.IsOnePerPersonOn<PrivateNote, MentoringSession>(x => x.SessionId, x => x.AuthorId);
    }
}
