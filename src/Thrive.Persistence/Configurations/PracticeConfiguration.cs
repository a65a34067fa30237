namespace Thrive.Persistence.Configurations;

internal sealed class PracticeProblemConfiguration : IEntityTypeConfiguration<PracticeProblem>
{
    public void Configure(EntityTypeBuilder<PracticeProblem> b)
    {
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Title).HasMaxLength(PracticeDetails.TitleMax);
        b.Property(x => x.Link).HasMaxLength(PracticeDetails.LinkMax);
        b.Property(x => x.Notes).HasMaxLength(PracticeDetails.NotesMax);
        b.Property(x => x.Source).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Difficulty).HasConversion<string>().HasMaxLength(10);
        b.Property(x => x.How).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.LastAttemptHow).HasConversion<string>().HasMaxLength(20);
        // Topics are flags in one integer: a problem's topics are read together and filtered with a bit mask.
        b.Property(x => x.Topics).HasConversion<int>();
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Ignore(x => x.NeedsSecondAttempts);
        b.Ignore(x => x.Sticks);
        b.HasOne<Programme>().WithMany().HasForeignKey(x => x.ProgrammeId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<ThriveUser>().WithMany().HasForeignKey(x => x.OwnerId).OnDelete(DeleteBehavior.Cascade);
        // The log newest first, and the problems due for a second attempt (home page, reminders).
        b.HasIndex(x => new { x.OwnerId, x.ProgrammeId, x.SolvedOn });
        b.HasIndex(x => new { x.OwnerId, x.DueOn });
        // The reminder pass reads the problems that fall due around today, for everyone.
        b.HasIndex(x => x.DueOn);
        b.HasIndex(x => x.ProgrammeId);
    }
}

internal sealed class PracticeLogConfiguration : IEntityTypeConfiguration<PracticeLog>
{
    public void Configure(EntityTypeBuilder<PracticeLog> b)
    {
        b.Property(x => x.Id).ValueGeneratedNever();
        b.HasOne<Programme>().WithMany().HasForeignKey(x => x.ProgrammeId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<ThriveUser>().WithMany().HasForeignKey(x => x.OwnerId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Commitment>().WithMany().HasForeignKey(x => x.CommitmentId).OnDelete(DeleteBehavior.SetNull);
        // One log per person and programme; the index holds when two tabs set the first target at once.
        b.HasIndex(x => new { x.OwnerId, x.ProgrammeId }).IsUnique();
        b.HasIndex(x => x.ProgrammeId);
        b.HasIndex(x => x.CommitmentId);
    }
}
