namespace Thrive.Web.Features.Matching;

/// <summary>What one pass did: requests found waiting past their programme's limit, passed on here, and of those, left with no mentor.</summary>
public sealed record MentorRequestPassResult(int Due, int PassedOn, int NoneLeft);

/// <summary>
/// Passes on requests that waited at their mentor for the programme's days without an answer: each ends like a decline
/// ("no answer in N days") and the mentee's next-ranked mentor gets it, or, with none left, the coordinators are told.
/// Once across instances: each mentee's change is saved on its own under the requests' concurrency tokens, so of two
/// passes (or a pass and the mentor answering) racing on the same request only one saves, and only a saved change
/// sends mail: the next mentor's request mail, the mentee's note that it passed on, the coordinators' note.
/// </summary>
public sealed class MentorRequestPass(ThriveDbContext db, MentorRequestFlow flow, Mailer mailer, LinkBuilder links, ILogger<MentorRequestPass> log)
{
    /// <summary>At most this many requests per pass, the longest waiting first; the next pass takes the rest.</summary>
    public const int Batch = 200;

    public async Task<MentorRequestPassResult> RunAsync(DateTimeOffset now, CancellationToken ct)
    {
        var soonest = now.AddDays(-MatchingSettings.PassOnDaysMin);
        var waiting = await db.MentorRequests.AsNoTracking()
            .Where(r => r.State == MentorRequestState.Pending && r.SentAt != null && r.SentAt <= soonest)
            .Select(r => new
            {
                r.Id, r.ProgrammeId, r.MenteeId, r.SentAt,
                Days = db.MatchingSettings.Where(s => s.ProgrammeId == r.ProgrammeId).Select(s => (int?)s.PassOnDays).FirstOrDefault() ?? MatchingSettings.PassOnDaysDefault,
            })
            .OrderBy(r => r.SentAt).ThenBy(r => r.Id).Take(Batch).ToListAsync(ct);
        var due = waiting.Where(r => now - r.SentAt!.Value >= TimeSpan.FromDays(r.Days)).ToList();
        if (due.Count == 0) return new(0, 0, 0);

        // Every request of these mentees in these programmes, in one query; each mentee's are then changed and saved alone.
        var mentees = due.Select(d => d.MenteeId).Distinct().ToList();
        var programmes = due.Select(d => d.ProgrammeId).Distinct().ToList();
        var all = await db.MentorRequests.Where(r => mentees.Contains(r.MenteeId) && programmes.Contains(r.ProgrammeId))
            .OrderBy(r => r.Rank).ThenBy(r => r.RequestedAt).ThenBy(r => r.Id).Take(due.Count * 50).ToListAsync(ct);
        var saved = new List<(MentorChoice.PassedOn Passed, List<MentorRequest> Mine, HashSet<Guid> Before, int Days)>();
        foreach (var d in due)
        {
            var mine = all.Where(r => r.ProgrammeId == d.ProgrammeId && r.MenteeId == d.MenteeId).ToList();
            var before = MentorRequestFlow.Pending(mine);
            var passed = MentorChoice.PassOnUnanswered(mine, d.Id, d.Days, now);
            if (!passed.Succeeded) continue;
            if (await SaveAloneAsync(mine, ct)) saved.Add((passed.Value!, mine, before, d.Days));
        }

        await flow.MailReachedAsync(saved.SelectMany(s => s.Mine), saved.SelectMany(s => s.Before).ToHashSet(), ct);
        await MailPassedOnAsync(saved.Select(s => (s.Passed, s.Days)).ToList(), ct);
        var noneLeft = saved.Count(s => s.Passed.Next is null);
        if (saved.Count > 0) log.LogInformation("Mentor request pass: {Due} due, {PassedOn} passed on, {NoneLeft} with no mentor left", due.Count, saved.Count, noneLeft);
        return new(due.Count, saved.Count, noneLeft);
    }

    /// <summary>Saves one mentee's changed requests; false (and forgotten) when another pass or an answer changed them first.</summary>
    private async Task<bool> SaveAloneAsync(List<MentorRequest> mine, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException e) when (e.IsConflict())
        {
            foreach (var r in mine) db.Entry(r).State = EntityState.Detached;
            return false;
        }
    }

    /// <summary>Tells each mentee their request passed on, and the coordinators of a mentee with no mentor left; names in one query.</summary>
    private async Task MailPassedOnAsync(List<(MentorChoice.PassedOn Passed, int Days)> passed, CancellationToken ct)
    {
        if (passed.Count == 0) return;
        var ids = passed.SelectMany(p => new[] { p.Passed.Lapsed.MenteeId, p.Passed.Lapsed.MentorId, p.Passed.Next?.MentorId ?? Guid.Empty }).Distinct().ToList();
        var people = await db.Users.Where(u => ids.Contains(u.Id)).Select(u => new { u.Id, u.Email, u.DisplayName }).ToDictionaryAsync(u => u.Id, ct);
        var programmeIds = passed.Select(p => p.Passed.Lapsed.ProgrammeId).Distinct().ToList();
        var names = await db.Programmes.Where(p => programmeIds.Contains(p.Id)).Select(p => new { p.Id, p.Name }).ToDictionaryAsync(p => p.Id, p => p.Name, ct);
        var strandedIn = passed.Where(p => p.Passed.Next is null).Select(p => p.Passed.Lapsed.ProgrammeId).Distinct().ToList();
        var coordinators = strandedIn.Count == 0 ? []
            : await db.Participants.Where(x => strandedIn.Contains(x.ProgrammeId) && x.Role == ParticipantRole.Coordinator && x.Status == ApplicationStatus.Accepted)
                .Join(db.Users, x => x.UserId, u => u.Id, (x, u) => new { x.ProgrammeId, u.Email, u.DisplayName })
                .OrderBy(x => x.ProgrammeId).ThenBy(x => x.Email).Take(20 * strandedIn.Count).ToListAsync(ct);
        var mails = new List<OutgoingMail>();
        foreach (var (p, days) in passed)
        {
            var r = p.Lapsed;
            var mentee = people[r.MenteeId];
            var mentor = people[r.MentorId];
            var programme = names[r.ProgrammeId];
            var wait = days == 1 ? "a day" : $"{days} days";
            var next = p.Next is { } n ? people[n.MentorId].DisplayName : null;
            mails.Add(new OutgoingMail(mentee.Email ?? "", next is null ? "Your mentor request needs your coordinator" : $"Your mentor request has gone to {next}",
                $"Hi {First(mentee.DisplayName)},\n\n{mentor.DisplayName} did not answer your request in {programme} within {wait}, so it passed on"
                + (next is null ? ". None of your choices is left: your coordinator has been told and will help you find a mentor. You can also request another mentor from the directory."
                    : $" to your next choice, {next}.")
                + "\n\nSee your requests here:\n" + links.Absolute($"/Programmes/{r.ProgrammeId}/MentorRequests") + "\n"));
            if (next is not null) continue;
            foreach (var c in coordinators.Where(c => c.ProgrammeId == r.ProgrammeId))
                mails.Add(new OutgoingMail(c.Email ?? "", $"{mentee.DisplayName} has no mentor left to ask",
                    $"Hi {First(c.DisplayName)},\n\n{mentee.DisplayName}'s request to {mentor.DisplayName} in {programme} had no answer within {wait}, and none of their choices is left."
                    + " Assign them a mentor or let them choose again:\n" + links.Absolute($"/Programmes/{r.ProgrammeId}/MentorRequests/All") + "\n"));
        }
        await mailer.SendManyAsync(mails.Where(m => m.To.Length > 0).ToList(), ct);
    }

    private static string First(string name) => name.Split(' ', StringSplitOptions.RemoveEmptyEntries) is [var f, ..] ? f : name;
}
