namespace Thrive.Persistence.Configurations;

/// <summary>A person's latest mentor-type quiz: one row per person, its key, gone with the account.</summary>
internal sealed class MentorTypeResultConfiguration : IEntityTypeConfiguration<MentorTypeResult>
{
    public void Configure(EntityTypeBuilder<MentorTypeResult> b)
    {
        b.HasKey(r => r.UserId);
        b.Property(r => r.UserId).ValueGeneratedNever();
        b.Property(r => r.Answers).HasMaxLength(64).IsRequired();
        b.Ignore(r => r.Scores);
        b.HasOne<ThriveUser>().WithMany().HasForeignKey(r => r.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
