namespace Thrive.Persistence.Configurations;

internal sealed class PairConfiguration : IEntityTypeConfiguration<Pair>
{
    public void Configure(EntityTypeBuilder<Pair> b)
    {
        b.Property(p => p.Id).ValueGeneratedNever();
        b.Property(p => p.State).HasConversion<string>().HasMaxLength(20);
        b.Property(p => p.DissolveReason).HasMaxLength(Pair.ReasonMax);
        b.Property(p => p.Version).IsConcurrencyToken();
        b.Ignore(p => p.IsOpen);
        b.HasOne<Programme>().WithMany().HasForeignKey(p => p.ProgrammeId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<ThriveUser>().WithMany().HasForeignKey(p => p.MentorId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<ThriveUser>().WithMany().HasForeignKey(p => p.MenteeId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(p => new { p.ProgrammeId, p.State });
        b.HasIndex(p => new { p.MentorId, p.State });
        b.HasIndex(p => new { p.MenteeId, p.State });
    }
}
