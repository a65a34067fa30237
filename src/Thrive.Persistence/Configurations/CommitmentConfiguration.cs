namespace Thrive.Persistence.Configurations;

internal sealed class CommitmentConfiguration : IEntityTypeConfiguration<Commitment>
{
    public void Configure(EntityTypeBuilder<Commitment> b)
    {
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Behaviour).HasMaxLength(CommitmentDetails.BehaviourMax);
        b.Property(x => x.CurrentHabit).HasMaxLength(CommitmentDetails.CurrentHabitMax);
        b.Property(x => x.Time).HasMaxLength(CommitmentDetails.CueMax);
        b.Property(x => x.Location).HasMaxLength(CommitmentDetails.CueMax);
        b.Property(x => x.Unit).HasMaxLength(CommitmentDetails.UnitMax);
        b.Property(x => x.Form).HasConversion<string>().HasMaxLength(30);
        b.Property(x => x.Period).HasConversion<string>().HasMaxLength(10);
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(10);
        b.Property(x => x.Direction).HasConversion<string>().HasMaxLength(10);
        b.Property(x => x.Feed).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Target).HasPrecision(18, 4);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Ignore(x => x.Schedule);
        b.HasOne<Programme>().WithMany().HasForeignKey(x => x.ProgrammeId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<ThriveUser>().WithMany().HasForeignKey(x => x.OwnerId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Goal>().WithMany().HasForeignKey(x => x.GoalId).OnDelete(DeleteBehavior.SetNull);
        b.HasIndex(x => new { x.OwnerId, x.ProgrammeId, x.Archived });
        b.HasIndex(x => x.ProgrammeId);
        b.HasIndex(x => x.GoalId);
    }
}

internal sealed class CheckInConfiguration : IEntityTypeConfiguration<CheckIn>
{
    public void Configure(EntityTypeBuilder<CheckIn> b)
    {
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Value).HasPrecision(18, 4);
        b.Property(x => x.Note).HasMaxLength(CheckIn.NoteMax);
        b.HasOne<Commitment>().WithMany().HasForeignKey(x => x.CommitmentId).OnDelete(DeleteBehavior.Cascade);
        // One check-in per day: the domain says so first, the index holds when two tabs race.
        b.HasIndex(x => new { x.CommitmentId, x.Date }).IsUnique();
    }
}
