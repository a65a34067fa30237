using Microsoft.EntityFrameworkCore;
using Thrive.Domain.Matching;

namespace Thrive.Web.Tests.Infrastructure;

/// <summary>Mentee-choice mode: the programme setting and mentees' requests to mentors.</summary>
public sealed partial class Given
{
    /// <summary>Lets (or stops) the programme's mentees choose their mentors.</summary>
    public Task<int> MenteesChooseAsync(GivenProgramme programme, bool on = true) => WriteAsync(async db =>
    {
        var settings = await db.MatchingSettings.FirstOrDefaultAsync(s => s.ProgrammeId == programme.Id);
        if (settings is null) db.MatchingSettings.Add(settings = MatchingSettings.For(programme.Id));
        settings.LetMenteesChoose(on);
        return 0;
    });

    /// <summary>
    /// <paramref name="mentee"/>'s request to <paramref name="mentor"/>, ranked after their open ones (the first goes to its
    /// mentor); written through the domain's rules, except that a paired mentee may be given one (the authorization world).
    /// </summary>
    public async Task<Guid> MentorRequestAsync(GivenProgramme programme, GivenPerson mentee, GivenPerson mentor, string? note = null)
    {
        return await WriteAsync(async db =>
        {
            var mine = await db.MentorRequests.Where(r => r.ProgrammeId == programme.Id && r.MenteeId == mentee.Id).ToListAsync();
            var request = Ok(MentorChoice.Request(programme.Id, mentee.Id, mine, new MentorChoice.Target(mentor.Id, 1, false), note, Now));
            db.MentorRequests.Add(request);
            return request.Id;
        });
    }
}
