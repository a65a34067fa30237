namespace Thrive.Persistence.Configurations;

internal sealed class ProgrammeConfiguration : IEntityTypeConfiguration<Programme>
{
    public void Configure(EntityTypeBuilder<Programme> b)
    {
        b.Property(p => p.Id).ValueGeneratedNever();
        b.Property(p => p.Name).HasMaxLength(Programme.NameMax);
        b.Property(p => p.Description).HasMaxLength(Programme.DescriptionMax);
        b.Property(p => p.Cadence).HasConversion<string>().HasMaxLength(20);
        b.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(p => p.Version).IsConcurrencyToken();
        b.Ignore(p => p.EndDate);
        b.HasIndex(p => p.Status);
        b.HasIndex(p => p.StartDate);
    }
}

internal sealed class ParticipantConfiguration : IEntityTypeConfiguration<Participant>
{
    public void Configure(EntityTypeBuilder<Participant> b)
    {
        b.Property(p => p.Id).ValueGeneratedNever();
        b.Property(p => p.Role).HasConversion<string>().HasMaxLength(20);
        b.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(p => p.CallNotes).HasMaxLength(Participant.TextMax);
        b.Property(p => p.Version).IsConcurrencyToken();
        b.Ignore(p => p.IsActiveMember);
        b.ComplexProperty(p => p.Answers, a =>
        {
            a.Property(x => x.Focus).HasConversion<int>();
            a.Property(x => x.TechStack).HasMaxLength(Participant.ShortMax);
            a.Property(x => x.Availability).HasMaxLength(Participant.ShortMax);
            a.Property(x => x.Location).HasMaxLength(Participant.ShortMax);
            a.Property(x => x.TimeZone).HasMaxLength(64);
            a.Property(x => x.Interests).HasMaxLength(Participant.TextMax);
            a.Property(x => x.Motivation).HasMaxLength(Participant.TextMax);
            a.Property(x => x.ManagesTeam).HasMaxLength(Participant.ShortMax);
            a.Property(x => x.Team).HasMaxLength(Participant.ShortMax);
            a.Property(x => x.ManagerEmail).HasMaxLength(254);
        });
        b.HasOne<Programme>().WithMany().HasForeignKey(p => p.ProgrammeId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<ThriveUser>().WithMany().HasForeignKey(p => p.UserId).OnDelete(DeleteBehavior.Cascade);
        // One place per person and programme; role lookups go through this index.
        b.HasIndex(p => new { p.ProgrammeId, p.UserId }).IsUnique();
        b.HasIndex(p => new { p.ProgrammeId, p.Role, p.Status });
        b.HasIndex(p => p.UserId);
    }
}
