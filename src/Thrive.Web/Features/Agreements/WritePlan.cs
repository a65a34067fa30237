namespace Thrive.Web.Features.Agreements;

/// <summary>Either member writes the next version of the mentoring plan; both sign it again.</summary>
public static class WritePlan
{
    /// <summary>The plan's terms in the guide's order (a missing answer is empty; the numbers default to the guide's day before).</summary>
    public sealed record Request
    {
        public string? MeetWhen { get; init; }
        public string? MeetHow { get; init; }

        /// <summary>Where you meet: a video link (http or https) or a place, up to 200 characters; sessions use it unless they name their own.</summary>
        public string? MeetingPlace { get; init; }
        public int NoticeHours { get; init; } = PlanTerms.Default.NoticeHours;
        public string? CancellationRule { get; init; }
        public string? Channel { get; init; }
        public string? PrepNotesWhen { get; init; }
        public AgendaOwner AgendaOwner { get; init; } = AgendaOwner.Mentee;
        public int AgendaShareHours { get; init; } = PlanTerms.DefaultAgendaShareHours;
        public string? NotesOwner { get; init; }
        public string? MenteeFocus { get; init; }
        public string? MentorFocus { get; init; }
        public string? MenteeExpects { get; init; }
        public string? MentorExpects { get; init; }
        public string? ProgressMeasure { get; init; }
        public string? WillNotDo { get; init; }
        public string? Confidentiality { get; init; }

        /// <summary>A form filled with <paramref name="t"/>: the current version, or <see cref="PlanTerms.Default"/> for a first plan.</summary>
        public static Request From(PlanTerms t)
        {
            ArgumentNullException.ThrowIfNull(t);
            return new()
            {
                MeetWhen = t.MeetWhen, MeetHow = t.MeetHow, NoticeHours = t.NoticeHours, CancellationRule = t.CancellationRule, Channel = t.Channel,
                PrepNotesWhen = t.PrepNotesWhen, AgendaOwner = t.AgendaOwner, AgendaShareHours = t.AgendaShareHours, NotesOwner = t.NotesOwner,
                MenteeFocus = t.MenteeFocus, MentorFocus = t.MentorFocus, MenteeExpects = t.MenteeExpects, MentorExpects = t.MentorExpects,
                ProgressMeasure = t.ProgressMeasure, WillNotDo = t.WillNotDo, Confidentiality = t.Confidentiality, MeetingPlace = t.MeetingPlace,
            };
        }

        public PlanTerms ToTerms() => new(MeetWhen ?? "", MeetHow ?? "", NoticeHours, CancellationRule ?? "", Channel ?? "", PrepNotesWhen ?? "",
            NotesOwner ?? "", MenteeFocus ?? "", MentorFocus ?? "", MenteeExpects ?? "", MentorExpects ?? "", ProgressMeasure ?? "", WillNotDo ?? "",
            Confidentiality ?? "", AgendaOwner, AgendaShareHours, MeetingPlace ?? "");
    }

    public sealed class Handler(ThriveDbContext db, Access access, ReaderClock reader)
    {
        /// <summary>The new version's number.</summary>
        public async Task<Result<int>> HandleAsync(Actor actor, Guid pairId, Request r, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(r);
            if ((await access.CheckAsync(actor, Policy.Agreement.Write, pairId, ct)).Denied is { } denied) return denied;
            var last = await db.Plans.Where(p => p.PairId == pairId).MaxAsync(p => (int?)p.Number, ct) ?? 0;
            var plan = MentoringPlan.Write(pairId, last, r.ToTerms(), actor.UserId, reader.UtcNow);
            if (!plan.Succeeded) return Result<int>.Fail(plan.Errors);
            db.Plans.Add(plan.Value!);
            try { await db.SaveChangesAsync(ct); }
            catch (DbUpdateException e) when (e.IsConflict()) { return Error.Conflict("Your partner saved a new version at the same moment. Reload and look at theirs first.", code: "stale"); }
            return plan.Value!.Number;
        }
    }
}
