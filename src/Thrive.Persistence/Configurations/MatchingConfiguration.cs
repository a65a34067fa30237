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

internal sealed class MentorRequestConfiguration : IEntityTypeConfiguration<MentorRequest>
{
    public void Configure(EntityTypeBuilder<MentorRequest> b)
    {
        b.Property(r => r.Id).ValueGeneratedNever();
        b.Property(r => r.State).HasConversion<string>().HasMaxLength(20);
        b.Property(r => r.Note).HasMaxLength(MentorRequest.NoteMax);
        b.Property(r => r.Answer).HasMaxLength(MentorRequest.AnswerMax);
        b.Property(r => r.Version).IsConcurrencyToken();
        b.Ignore(r => r.IsOpen);
        b.HasOne<Programme>().WithMany().HasForeignKey(r => r.ProgrammeId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<ThriveUser>().WithMany().HasForeignKey(r => r.MenteeId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<ThriveUser>().WithMany().HasForeignKey(r => r.MentorId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(r => new { r.ProgrammeId, r.MenteeId });
        b.HasIndex(r => new { r.ProgrammeId, r.State, r.RequestedAt });
        b.HasIndex(r => new { r.MentorId, r.State });
        b.HasIndex(r => r.MenteeId);
    }
}
