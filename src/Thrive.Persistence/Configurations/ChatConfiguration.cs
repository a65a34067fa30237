namespace Thrive.Persistence.Configurations;

internal sealed class ChatConnectionConfiguration : IEntityTypeConfiguration<ChatConnection>
{
    public void Configure(EntityTypeBuilder<ChatConnection> b)
    {
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Tool).HasConversion<string>().HasMaxLength(10);
        b.Property(x => x.ProtectedUrl).HasMaxLength(4000);
        b.Property(x => x.Host).HasMaxLength(255);
        b.Property(x => x.Kinds).HasMaxLength(500);
        b.Property(x => x.DisabledReason).HasMaxLength(300);
        b.HasIndex(x => new { x.OwnerId, x.ProgrammeId });
        b.HasIndex(x => x.ProgrammeId);
        b.HasOne<Programme>().WithMany().HasForeignKey(x => x.ProgrammeId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<ThriveUser>().WithMany().HasForeignKey(x => x.OwnerId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ChatMessageConfiguration : IEntityTypeConfiguration<ChatMessage>
{
    public void Configure(EntityTypeBuilder<ChatMessage> b)
    {
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Key).HasMaxLength(ChatMessage.KeyMax);
        b.Property(x => x.Title).HasMaxLength(ChatMessage.TitleMax);
        b.Property(x => x.Payload).HasMaxLength(16000);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.LastAnswer).HasMaxLength(ChatMessage.AnswerMax);
        // Exactly once: the second instance's insert of the same message fails here.
        b.HasIndex(x => new { x.ConnectionId, x.Key }).IsUnique();
        b.HasIndex(x => new { x.Status, x.NextAttemptAt });
        b.HasIndex(x => new { x.ConnectionId, x.CreatedAt });
        b.HasOne<ChatConnection>().WithMany().HasForeignKey(x => x.ConnectionId).OnDelete(DeleteBehavior.Cascade);
    }
}
