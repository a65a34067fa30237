namespace Thrive.Persistence.Configurations;

internal sealed class EvidenceItemConfiguration : IEntityTypeConfiguration<EvidenceItem>
{
    public void Configure(EntityTypeBuilder<EvidenceItem> b)
    {
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Title).HasMaxLength(EvidenceDetails.TitleMax);
        b.Property(x => x.Link).HasMaxLength(EvidenceDetails.LinkMax);
        b.Property(x => x.Skills).HasMaxLength(EvidenceDetails.SkillsMax);
        b.Property(x => x.Note).HasMaxLength(EvidenceDetails.NoteMax);
        b.Ignore(x => x.SkillList);
        b.HasOne<Programme>().WithMany().HasForeignKey(x => x.ProgrammeId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<ThriveUser>().WithMany().HasForeignKey(x => x.OwnerId).OnDelete(DeleteBehavior.Cascade);
        // The list newest first, and the portfolio.
        b.HasIndex(x => new { x.OwnerId, x.ProgrammeId, x.On });
        b.HasIndex(x => x.ProgrammeId);
    }
}

internal sealed class EvidenceGoalConfiguration : IEntityTypeConfiguration<EvidenceGoal>
{
    public void Configure(EntityTypeBuilder<EvidenceGoal> b)
    {
        b.HasKey(x => new { x.EvidenceId, x.GoalId });
        b.HasOne<EvidenceItem>().WithMany().HasForeignKey(x => x.EvidenceId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Goal>().WithMany().HasForeignKey(x => x.GoalId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => x.GoalId);
    }
}

internal sealed class CareerAssetConfiguration : IEntityTypeConfiguration<CareerAsset>
{
    public void Configure(EntityTypeBuilder<CareerAsset> b)
    {
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasOne<Programme>().WithMany().HasForeignKey(x => x.ProgrammeId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<ThriveUser>().WithMany().HasForeignKey(x => x.OwnerId).OnDelete(DeleteBehavior.Cascade);
        // One CV, one LinkedIn profile, one portfolio site per person and programme; holds when two tabs add the first version.
        b.HasIndex(x => new { x.OwnerId, x.ProgrammeId, x.Kind }).IsUnique();
        b.HasIndex(x => x.ProgrammeId);
    }
}

internal sealed class AssetVersionConfiguration : IEntityTypeConfiguration<AssetVersion>
{
    public void Configure(EntityTypeBuilder<AssetVersion> b)
    {
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Link).HasMaxLength(AssetVersion.LinkMax);
        b.Property(x => x.Summary).HasMaxLength(AssetVersion.SummaryMax);
        b.Property(x => x.Changes).HasMaxLength(AssetVersion.ChangesMax);
        b.Property(x => x.Review).HasConversion<string>().HasMaxLength(20);
        b.HasOne<CareerAsset>().WithMany().HasForeignKey(x => x.AssetId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<ThriveUser>().WithMany().HasForeignKey(x => x.ReviewedById).OnDelete(DeleteBehavior.SetNull);
        b.HasIndex(x => new { x.AssetId, x.Number }).IsUnique();
        // The mentor's review list: versions waiting, oldest request first.
        b.HasIndex(x => new { x.Review, x.ReviewRequestedAt });
        b.HasIndex(x => x.ReviewedById);
    }
}

internal sealed class AssetVersionCommentConfiguration : IEntityTypeConfiguration<AssetVersionComment>
{
    public void Configure(EntityTypeBuilder<AssetVersionComment> b)
    {
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Body).HasMaxLength(CommentBody.Max);
        b.IsDatedEntryOn<AssetVersionComment, AssetVersion>(x => x.VersionId, x => x.AuthorId, x => x.CreatedAt);
    }
}

internal sealed class PortfolioShareConfiguration : IEntityTypeConfiguration<PortfolioShare>
{
    public void Configure(EntityTypeBuilder<PortfolioShare> b)
    {
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.TokenHash).HasMaxLength(64);
        b.IsOwnedInProgramme(x => x.ProgrammeId, x => x.OwnerId);
        // The public page finds the share by the hash of the token in its address.
        b.HasIndex(x => x.TokenHash).IsUnique();
    }
}
