namespace Thrive.Persistence.Configurations;

internal sealed class PairEscalationConfiguration : IEntityTypeConfiguration<PairEscalation>
{
    public void Configure(EntityTypeBuilder<PairEscalation> b)
    {
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Step).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Note).HasMaxLength(PairEscalation.NoteMax);
        b.HasOne<Pair>().WithMany().HasForeignKey(x => x.PairId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<ThriveUser>().WithMany().HasForeignKey(x => x.CoordinatorId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.PairId, x.At }); // the health page reads each pair's latest steps
        b.HasIndex(x => x.CoordinatorId);
    }
}
