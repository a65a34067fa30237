namespace Thrive.Persistence.Configurations;

internal sealed class SwotAnalysisConfiguration : IEntityTypeConfiguration<SwotAnalysis>
{
    public void Configure(EntityTypeBuilder<SwotAnalysis> b)
    {
        b.Property(a => a.Id).ValueGeneratedNever();
        b.IsOwnedInProgramme(a => a.ProgrammeId, a => a.OwnerId);
    }
}

internal sealed class SwotRevisionConfiguration : IEntityTypeConfiguration<SwotRevision>
{
    public void Configure(EntityTypeBuilder<SwotRevision> b)
    {
        b.Property(r => r.Id).ValueGeneratedNever();
        b.Property(r => r.Version).IsConcurrencyToken();
        b.HasOne<SwotAnalysis>().WithMany().HasForeignKey(r => r.AnalysisId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(r => new { r.AnalysisId, r.Number }).IsUnique();
    }
}

internal sealed class SwotItemConfiguration : IEntityTypeConfiguration<SwotItem>
{
    public void Configure(EntityTypeBuilder<SwotItem> b)
    {
        b.Property(i => i.Id).ValueGeneratedNever();
        b.Property(i => i.Text).HasMaxLength(SwotItem.TextMax);
        b.Property(i => i.Quadrant).HasConversion<string>().HasMaxLength(20);
        b.HasOne<SwotRevision>().WithMany().HasForeignKey(i => i.RevisionId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(i => new { i.RevisionId, i.Quadrant, i.Position });
    }
}

internal sealed class SwotLinkConfiguration : IEntityTypeConfiguration<SwotLink>
{
    public void Configure(EntityTypeBuilder<SwotLink> b)
    {
        b.Property(l => l.Id).ValueGeneratedNever();
        b.Property(l => l.Kind).HasConversion<string>().HasMaxLength(20);
        b.HasOne<SwotRevision>().WithMany().HasForeignKey(l => l.RevisionId).OnDelete(DeleteBehavior.Cascade);
        // Items cascade through the revision; these keys only point.
        b.HasOne<SwotItem>().WithMany().HasForeignKey(l => l.FromItemId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<SwotItem>().WithMany().HasForeignKey(l => l.ToItemId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(l => l.RevisionId);
        b.HasIndex(l => l.FromItemId);
        b.HasIndex(l => l.ToItemId);
    }
}

internal sealed class SwotCommentConfiguration : IEntityTypeConfiguration<SwotComment>
{
    public void Configure(EntityTypeBuilder<SwotComment> b)
    {
        b.Property(c => c.Id).ValueGeneratedNever();
        b.Property(c => c.Body).HasMaxLength(CommentBody.Max);
        b.IsDatedEntryOn<SwotComment, SwotAnalysis>(c => c.AnalysisId, c => c.AuthorId, c => c.CreatedAt);
    }
}
