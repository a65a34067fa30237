namespace Thrive.Persistence.Configurations;

internal sealed class ReminderDeliveryConfiguration : IEntityTypeConfiguration<ReminderDelivery>
{
    public void Configure(EntityTypeBuilder<ReminderDelivery> b)
    {
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Key).HasMaxLength(ReminderDelivery.KeyMax);
        b.Property(x => x.Kind).HasMaxLength(30);
        // Exactly once: a second instance's insert of the same key fails here.
        b.HasIndex(x => x.Key).IsUnique();
        b.HasIndex(x => new { x.UserId, x.Kind });
        b.HasIndex(x => new { x.SentAt, x.ClaimedAt });
        b.HasOne<ThriveUser>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ReminderOptOutConfiguration : IEntityTypeConfiguration<ReminderOptOut>
{
    public void Configure(EntityTypeBuilder<ReminderOptOut> b)
    {
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(30);
        b.HasIndex(x => new { x.UserId, x.Kind }).IsUnique();
        b.HasIndex(x => x.Kind);
        b.HasOne<ThriveUser>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
