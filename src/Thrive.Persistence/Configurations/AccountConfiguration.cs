namespace Thrive.Persistence.Configurations;

internal sealed class ThriveUserConfiguration : IEntityTypeConfiguration<ThriveUser>
{
    public void Configure(EntityTypeBuilder<ThriveUser> b)
    {
        b.Property(u => u.DisplayName).HasMaxLength(ThriveUser.DisplayNameMax);
        b.Property(u => u.Pronouns).HasMaxLength(ThriveUser.PronounsMax);
        b.Property(u => u.TimeZone).HasMaxLength(64);
        b.Property(u => u.Region).HasMaxLength(ThriveUser.RegionMax);
        b.Property(u => u.Bio).HasMaxLength(ThriveUser.BioMax);
        b.Property(u => u.Interests).HasMaxLength(ThriveUser.InterestsMax);
        b.Property(u => u.GoalHoursPerWeek).HasPrecision(6, 2);
        b.HasIndex(u => u.IsAdmin);
        b.Property(u => u.CalendarFeedTokenHash).HasMaxLength(64);
        b.HasIndex(u => u.CalendarFeedTokenHash).IsUnique();
    }
}

internal sealed class ActivityReadConfiguration : IEntityTypeConfiguration<ActivityRead>
{
    public void Configure(EntityTypeBuilder<ActivityRead> b)
    {
        b.HasKey(r => r.UserId);
        b.HasOne<ThriveUser>().WithOne().HasForeignKey<ActivityRead>(r => r.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AccessTokenConfiguration : IEntityTypeConfiguration<AccessToken>
{
    public void Configure(EntityTypeBuilder<AccessToken> b)
    {
        b.Property(t => t.Id).ValueGeneratedNever();
        b.Property(t => t.Name).HasMaxLength(AccessToken.NameMax);
        b.Property(t => t.Scope).HasConversion<string>().HasMaxLength(10);
        b.Property(t => t.TokenHash).HasMaxLength(64);
        b.Property(t => t.Hint).HasMaxLength(AccessToken.HintLength);
        // Each API call finds its token by the hash of the secret it sends.
        b.HasIndex(t => t.TokenHash).IsUnique();
        b.HasIndex(t => new { t.OwnerId, t.CreatedAt });
        b.HasOne<ThriveUser>().WithMany().HasForeignKey(t => t.OwnerId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class InvitationConfiguration : IEntityTypeConfiguration<Invitation>
{
    public void Configure(EntityTypeBuilder<Invitation> b)
    {
        b.Property(i => i.Id).ValueGeneratedNever();
        b.Property(i => i.Email).HasMaxLength(254);
        b.Property(i => i.NormalisedEmail).HasMaxLength(254);
        b.Property(i => i.TokenHash).HasMaxLength(64);
        b.Property(i => i.Role).HasConversion<string>().HasMaxLength(20);
        b.HasIndex(i => i.TokenHash).IsUnique();
        b.HasIndex(i => i.NormalisedEmail);
        b.HasIndex(i => i.ProgrammeId);
        b.HasOne<Programme>().WithMany().HasForeignKey(i => i.ProgrammeId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class SentMailConfiguration : IEntityTypeConfiguration<SentMail>
{
    public void Configure(EntityTypeBuilder<SentMail> b)
    {
        b.Property(m => m.To).HasMaxLength(254);
        b.Property(m => m.Subject).HasMaxLength(300);
        b.Property(m => m.Transport).HasMaxLength(20);
        b.HasIndex(m => m.SentAt);
    }
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> b)
    {
        b.ToTable("AuditLog");
        b.Property(e => e.Action).HasMaxLength(AuditEntry.ActionMax);
        b.Property(e => e.ActorName).HasMaxLength(AuditEntry.NameMax);
        b.Property(e => e.SubjectName).HasMaxLength(AuditEntry.NameMax);
        b.Property(e => e.Detail).HasMaxLength(AuditEntry.DetailMax);
        b.HasIndex(e => e.At);
        b.HasIndex(e => new { e.Action, e.At });
        b.HasIndex(e => e.ActorId);
        b.HasIndex(e => e.SubjectId);
        b.HasIndex(e => e.ProgrammeId);
    }
}
