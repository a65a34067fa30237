namespace Thrive.Persistence.Configurations;

internal sealed class WebhookSubscriptionConfiguration : IEntityTypeConfiguration<WebhookSubscription>
{
    public void Configure(EntityTypeBuilder<WebhookSubscription> b)
    {
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Url).HasMaxLength(WebhookAddress.UrlMax);
        b.Property(x => x.Description).HasMaxLength(WebhookSubscription.DescriptionMax);
        b.Property(x => x.Secret).HasMaxLength(100);
        b.Property(x => x.DisabledReason).HasMaxLength(300);
        b.Ignore(x => x.IsProgrammes);
        b.Ignore(x => x.SecretHint);
        b.HasIndex(x => new { x.ProgrammeId, x.Enabled });
        b.HasIndex(x => new { x.OwnerId, x.ProgrammeId });
        b.HasOne<Programme>().WithMany().HasForeignKey(x => x.ProgrammeId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<ThriveUser>().WithMany().HasForeignKey(x => x.OwnerId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class WebhookEventConfiguration : IEntityTypeConfiguration<WebhookEvent>
{
    public void Configure(EntityTypeBuilder<WebhookEvent> b)
    {
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Payload).HasMaxLength(4000);
        // The outbox: the pass reads what is not dispatched yet, oldest first.
        b.HasIndex(x => new { x.DispatchedAt, x.OccurredAt });
        b.HasIndex(x => x.PersonId);
        b.HasOne<Programme>().WithMany().HasForeignKey(x => x.ProgrammeId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class WebhookDeliveryConfiguration : IEntityTypeConfiguration<WebhookDelivery>
{
    public void Configure(EntityTypeBuilder<WebhookDelivery> b)
    {
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.MessageId).HasMaxLength(40);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        // Exactly one delivery per event and subscription, whichever instance fans the event out.
        b.HasIndex(x => new { x.EventId, x.SubscriptionId }).IsUnique();
        b.HasIndex(x => new { x.Status, x.NextAttemptAt });
        b.HasIndex(x => new { x.SubscriptionId, x.CreatedAt });
        b.HasOne<WebhookEvent>().WithMany().HasForeignKey(x => x.EventId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<WebhookSubscription>().WithMany().HasForeignKey(x => x.SubscriptionId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class WebhookAttemptConfiguration : IEntityTypeConfiguration<WebhookAttempt>
{
    public void Configure(EntityTypeBuilder<WebhookAttempt> b)
    {
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Response).HasMaxLength(WebhookAttempt.ResponseMax);
        b.HasIndex(x => new { x.SubscriptionId, x.At });
        b.HasIndex(x => x.DeliveryId);
        b.HasOne<WebhookDelivery>().WithMany().HasForeignKey(x => x.DeliveryId).OnDelete(DeleteBehavior.Cascade);
    }
}
