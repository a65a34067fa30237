namespace Thrive.Persistence.Configurations;

internal sealed class RelationshipCharterConfiguration : IEntityTypeConfiguration<RelationshipCharter>
{
    public void Configure(EntityTypeBuilder<RelationshipCharter> b)
    {
        b.Property(x => x.Id).ValueGeneratedNever();
        b.ComplexProperty(x => x.Answers, a =>
        {
            a.TextsAtMost(CharterAnswers.TextMax);
            a.Ignore(x => x.Answered);
        });
        b.IsOnePerPersonOn<RelationshipCharter, Pair>(x => x.PairId, x => x.AuthorId);
    }
}

internal sealed class MentoringPlanConfiguration : IEntityTypeConfiguration<MentoringPlan>
{
    public void Configure(EntityTypeBuilder<MentoringPlan> b)
    {
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Ignore(x => x.SignedByBoth);
        b.ComplexProperty(x => x.Terms, t =>
        {
            t.TextsAtMost(PlanTerms.TextMax);
            // Plans written before these terms existed read as the guide's defaults: the mentee, the day before.
            t.Property(x => x.AgendaOwner).HasConversion<string>().HasMaxLength(10).HasDefaultValue(AgendaOwner.Mentee);
            t.Property(x => x.AgendaShareHours).HasDefaultValue(PlanTerms.DefaultAgendaShareHours);
            t.Property(x => x.MeetingPlace).HasMaxLength(MeetingPlace.Max).HasDefaultValue("");
        });
        b.HasOne<Pair>().WithMany().HasForeignKey(x => x.PairId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<ThriveUser>().WithMany().HasForeignKey(x => x.WrittenById).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.PairId, x.Number }).IsUnique();
        b.HasIndex(x => x.WrittenById);
    }
}
