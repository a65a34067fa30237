namespace Thrive.Persistence.Configurations;

internal sealed class MatchingSettingsConfiguration : IEntityTypeConfiguration<MatchingSettings>
{
    public void Configure(EntityTypeBuilder<MatchingSettings> b)
    {
        b.HasKey(s => s.ProgrammeId);
        foreach (var p in new[] { nameof(MatchingSettings.Stack), nameof(MatchingSettings.Focus), nameof(MatchingSettings.Experience), nameof(MatchingSettings.TimeZone), nameof(MatchingSettings.Interests), nameof(MatchingSettings.MentorType) })
            b.Property(p).HasConversion<string>().HasMaxLength(20);
        b.Property(s => s.Objective).HasConversion<string>().HasMaxLength(20);
        b.Property(s => s.Version).IsConcurrencyToken();
        b.Ignore(s => s.Weights);
        b.HasOne<Programme>().WithMany().HasForeignKey(s => s.ProgrammeId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class LockedMatchConfiguration : IEntityTypeConfiguration<LockedMatch>
{
    public void Configure(EntityTypeBuilder<LockedMatch> b)
    {
        b.Property(l => l.Id).ValueGeneratedNever();
        b.HasOne<Programme>().WithMany().HasForeignKey(l => l.ProgrammeId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<ThriveUser>().WithMany().HasForeignKey(l => l.MenteeId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<ThriveUser>().WithMany().HasForeignKey(l => l.MentorId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(l => new { l.ProgrammeId, l.MenteeId }).IsUnique();
        b.HasIndex(l => l.MenteeId);
        b.HasIndex(l => l.MentorId);
    }
}
