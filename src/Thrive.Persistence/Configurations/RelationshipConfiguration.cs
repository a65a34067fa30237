namespace Thrive.Persistence.Configurations;

internal sealed class FeedbackConfiguration : IEntityTypeConfiguration<Feedback>
{
    public void Configure(EntityTypeBuilder<Feedback> b)
    {
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Situation).HasMaxLength(Feedback.TextMax);
        b.Property(x => x.Impact).HasMaxLength(Feedback.TextMax);
        b.Property(x => x.Action).HasMaxLength(Feedback.TextMax);
        b.Property(x => x.Reply).HasMaxLength(Feedback.ReplyMax);
        b.HasOne<Pair>().WithMany().HasForeignKey(x => x.PairId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<ThriveUser>().WithMany().HasForeignKey(x => x.GiverId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<ThriveUser>().WithMany().HasForeignKey(x => x.ReceiverId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.PairId, x.GivenAt });
        b.HasIndex(x => x.GiverId);
        b.HasIndex(x => x.ReceiverId);
        b.HasIndex(x => x.GivenAt); // the reminder pass looks for feedback given in the last two days
    }
}

internal sealed class MidpointCheckConfiguration : IEntityTypeConfiguration<MidpointCheck>
{
    public void Configure(EntityTypeBuilder<MidpointCheck> b)
    {
        b.Property(x => x.Id).ValueGeneratedNever();
        b.ComplexProperty(x => x.Answers, a => a.TextsAtMost(CheckAnswers.TextMax));
        b.IsOnePerPersonOn<MidpointCheck, Pair>(x => x.PairId, x => x.AuthorId);
    }
}

internal sealed class ClosingReflectionConfiguration : IEntityTypeConfiguration<ClosingReflection>
{
    public void Configure(EntityTypeBuilder<ClosingReflection> b)
    {
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.StayInTouch).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.StayInTouchHow).HasMaxLength(ClosingReflection.HowMax);
        b.ComplexProperty(x => x.Answers, a => a.TextsAtMost(ClosingAnswers.TextMax));
        b.IsOnePerPersonOn<ClosingReflection, Pair>(x => x.PairId, x => x.AuthorId);
    }
}
