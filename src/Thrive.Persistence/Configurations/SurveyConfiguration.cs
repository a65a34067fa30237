namespace Thrive.Persistence.Configurations;

internal sealed class SessionRatingConfiguration : IEntityTypeConfiguration<SessionRating>
{
    public void Configure(EntityTypeBuilder<SessionRating> b)
    {
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Side).HasConversion<string>().HasMaxLength(10);
        b.Property(x => x.Comment).HasMaxLength(SessionRating.CommentMax);
        b.HasOne<MentoringSession>().WithMany().HasForeignKey(x => x.SessionId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Pair>().WithMany().HasForeignKey(x => x.PairId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<ThriveUser>().WithMany().HasForeignKey(x => x.RaterId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.SessionId, x.RaterId }).IsUnique(); // one answer per person per session
        b.HasIndex(x => new { x.PairId, x.AnsweredAt }); // the health signal reads each pair's latest ratings
        b.HasIndex(x => x.RaterId);
    }
}

internal sealed class PairSurveyAnswerConfiguration : IEntityTypeConfiguration<PairSurveyAnswer>
{
    public void Configure(EntityTypeBuilder<PairSurveyAnswer> b)
    {
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Side).HasConversion<string>().HasMaxLength(10);
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(10);
        b.Property(x => x.Meeting).HasConversion<string>().HasMaxLength(10);
        b.Property(x => x.GoalsMet).HasConversion<string>().HasMaxLength(10);
        b.Property(x => x.Comment).HasMaxLength(PairSurveyAnswer.CommentMax);
        b.HasOne<Pair>().WithMany().HasForeignKey(x => x.PairId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<ThriveUser>().WithMany().HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.PairId, x.PersonId, x.Kind, x.Round }).IsUnique(); // one answer per person per pulse round, one end survey
        b.HasIndex(x => x.PersonId);
    }
}

internal sealed class SurveyQuestionConfiguration : IEntityTypeConfiguration<SurveyQuestion>
{
    public void Configure(EntityTypeBuilder<SurveyQuestion> b)
    {
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(10);
        b.Property(x => x.AnswerType).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Text).HasMaxLength(SurveyQuestion.TextMax);
        b.Ignore(x => x.Retired);
        b.HasOne<Programme>().WithMany().HasForeignKey(x => x.ProgrammeId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.ProgrammeId, x.Kind, x.Position }); // a survey's questions in their order
    }
}

internal sealed class SurveyQuestionAnswerConfiguration : IEntityTypeConfiguration<SurveyQuestionAnswer>
{
    public void Configure(EntityTypeBuilder<SurveyQuestionAnswer> b)
    {
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Text).HasMaxLength(SurveyQuestion.FreeTextMax);
        b.HasOne<PairSurveyAnswer>().WithMany().HasForeignKey(x => x.SurveyAnswerId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<SurveyQuestion>().WithMany().HasForeignKey(x => x.QuestionId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.SurveyAnswerId, x.QuestionId }).IsUnique(); // one answer per question in each survey answer
        b.HasIndex(x => x.QuestionId);
    }
}
