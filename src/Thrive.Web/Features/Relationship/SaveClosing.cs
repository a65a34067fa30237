using Thrive.Web.Features.Pairs;

namespace Thrive.Web.Features.Relationship;

/// <summary>A member saves their closing words and whether they will stay in touch, while the pair is active; the roadmap is the mentor's.</summary>
public static class SaveClosing
{
    /// <summary>The goal and relationship reflections, the ten reflective questions, the mentor's roadmap, and staying in touch.</summary>
    public sealed record Request
    {
        public string? Progress { get; init; }
        public string? Challenges { get; init; }
        public string? Methods { get; init; }
        public string? WhatWasGood { get; init; }
        public string? WhatMadeItWork { get; init; }
        public string? Obstacles { get; init; }
        public string? Tactics { get; init; }
        public string? DoDifferently { get; init; }
        public string? Decisions { get; init; }
        public string? WentWell { get; init; }
        public string? DidNotGoWell { get; init; }
        public string? Surprises { get; init; }
        public string? ChallengesOvercome { get; init; }
        public string? LearnedAboutSelf { get; init; }
        public string? FeedbackReceived { get; init; }
        public string? Insights { get; init; }
        public string? ChangedPerceptions { get; init; }
        public string? AgainDifferently { get; init; }
        public string? NextSteps { get; init; }
        public string? Resources { get; init; }
        public string? Milestones { get; init; }
        public StayInTouch StayInTouch { get; init; } = StayInTouch.Undecided;
        public string? StayInTouchHow { get; init; }

        public static Request From(GetClosing.Side s)
        {
            ArgumentNullException.ThrowIfNull(s);
            var a = s.Answers;
            return new()
            {
                Progress = a.Progress, Challenges = a.Challenges, Methods = a.Methods, WhatWasGood = a.WhatWasGood,
                WhatMadeItWork = a.WhatMadeItWork, Obstacles = a.Obstacles, Tactics = a.Tactics, DoDifferently = a.DoDifferently,
                Decisions = a.Decisions, WentWell = a.WentWell, DidNotGoWell = a.DidNotGoWell, Surprises = a.Surprises,
                ChallengesOvercome = a.ChallengesOvercome, LearnedAboutSelf = a.LearnedAboutSelf, FeedbackReceived = a.FeedbackReceived,
                Insights = a.Insights, ChangedPerceptions = a.ChangedPerceptions, AgainDifferently = a.AgainDifferently, NextSteps = a.NextSteps,
                Resources = a.Resources, Milestones = a.Milestones,
                StayInTouch = s.StayInTouch, StayInTouchHow = s.How,
            };
        }

        public ClosingAnswers ToAnswers() => new(
            Progress ?? "", Challenges ?? "", Methods ?? "", WhatWasGood ?? "", WhatMadeItWork ?? "", Obstacles ?? "", Tactics ?? "",
            DoDifferently ?? "", Decisions ?? "", WentWell ?? "", DidNotGoWell ?? "", Surprises ?? "", ChallengesOvercome ?? "",
            LearnedAboutSelf ?? "", FeedbackReceived ?? "", Insights ?? "", ChangedPerceptions ?? "", AgainDifferently ?? "", NextSteps ?? "",
            Resources ?? "", Milestones ?? "");
    }

    public sealed class Handler(ThriveDbContext db, Access access, ReaderClock reader)
    {
        public async Task<Result<Unit>> HandleAsync(Actor actor, Guid pairId, Request r, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(r);
            var grant = await access.CheckAsync(actor, Policy.Closing.Write, pairId, ct);
            if (grant.Denied is { } denied) return denied;
            var pair = await PairFacts.LoadAsync(db, pairId, ct);
            if (pair.RefuseUnlessActive() is { } ended) return ended;
            var answers = r.ToAnswers();
            if (grant.Side == PairSide.Mentee) answers = answers with { NextSteps = "", Resources = "", Milestones = "" }; // the roadmap is the mentor's
            var mine = await OwnRow.FindOrStartAsync(db.ClosingReflections, c => c.PairId == pairId && c.AuthorId == actor.UserId,
                () => ClosingReflection.Start(pairId, actor.UserId), ct);
            var saved = mine.Save(answers, r.StayInTouch, r.StayInTouchHow, reader.UtcNow);
            if (!saved.Succeeded) return saved;
            try { await db.SaveChangesAsync(ct); }
            catch (DbUpdateException e) when (e.IsConflict()) { return Error.Conflict("You saved this from another window at the same moment. Reload and try again.", code: "stale"); }
            return saved;
        }
    }
}
