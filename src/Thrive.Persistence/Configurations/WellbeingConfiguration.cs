namespace Thrive.Persistence.Configurations;

internal sealed class WellbeingCheckInConfiguration : IEntityTypeConfiguration<WellbeingCheckIn>
{
    public void Configure(EntityTypeBuilder<WellbeingCheckIn> b)
    {
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Note).HasMaxLength(CheckInAnswers.NoteMax);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasOne<Programme>().WithMany().HasForeignKey(x => x.ProgrammeId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<ThriveUser>().WithMany().HasForeignKey(x => x.OwnerId).OnDelete(DeleteBehavior.Cascade);
        // One check-in a week; the index also serves the trend (newest weeks first) and holds when two tabs check in at once.
        b.HasIndex(x => new { x.OwnerId, x.ProgrammeId, x.WeekStart }).IsUnique();
        b.HasIndex(x => x.ProgrammeId);
    }
}

internal sealed class StressorConfiguration : IEntityTypeConfiguration<Stressor>
{
    public void Configure(EntityTypeBuilder<Stressor> b)
    {
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.What).HasMaxLength(StressorDetails.WhatMax);
        b.Property(x => x.When).HasMaxLength(StressorDetails.WhenMax);
        b.Property(x => x.Triggers).HasMaxLength(StressorDetails.TriggersMax);
        b.HasOne<Programme>().WithMany().HasForeignKey(x => x.ProgrammeId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<ThriveUser>().WithMany().HasForeignKey(x => x.OwnerId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.OwnerId, x.ProgrammeId, x.CreatedAt });
        b.HasIndex(x => x.ProgrammeId);
    }
}

internal sealed class CopingStrategyConfiguration : IEntityTypeConfiguration<CopingStrategy>
{
    public void Configure(EntityTypeBuilder<CopingStrategy> b)
    {
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Text).HasMaxLength(CopingStrategy.TextMax);
        b.Property(x => x.LastOutcome).HasConversion<string>().HasMaxLength(20);
        b.HasOne<Stressor>().WithMany().HasForeignKey(x => x.StressorId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.StressorId, x.CreatedAt });
    }
}

internal sealed class WinConfiguration : IEntityTypeConfiguration<Win>
{
    public void Configure(EntityTypeBuilder<Win> b)
    {
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Text).HasMaxLength(WinDetails.TextMax);
        b.Property(x => x.Doubt).HasMaxLength(WinDetails.DoubtMax);
        b.HasOne<Programme>().WithMany().HasForeignKey(x => x.ProgrammeId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<ThriveUser>().WithMany().HasForeignKey(x => x.OwnerId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.OwnerId, x.ProgrammeId, x.On });
        b.HasIndex(x => x.ProgrammeId);
    }
}

internal sealed class WellbeingJournalConfiguration : IEntityTypeConfiguration<WellbeingJournal>
{
    public void Configure(EntityTypeBuilder<WellbeingJournal> b)
    {
        b.Property(x => x.Id).ValueGeneratedNever();
        b.HasOne<Programme>().WithMany().HasForeignKey(x => x.ProgrammeId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<ThriveUser>().WithMany().HasForeignKey(x => x.OwnerId).OnDelete(DeleteBehavior.Cascade);
        // One per person and programme; the coordinator's list of who would like support reads the programme's flags.
        b.HasIndex(x => new { x.OwnerId, x.ProgrammeId }).IsUnique();
        b.HasIndex(x => new { x.ProgrammeId, x.WouldLikeSupport });
    }
}
