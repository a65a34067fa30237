using Thrive.Domain.Wellbeing;

namespace Thrive.Web.Tests.Infrastructure;

/// <summary>A person's wellbeing: weekly check-ins, stressors with strategies, wins, sharing settings.</summary>
public sealed partial class Given
{
    /// <summary>
    /// A check-in <paramref name="weeksAgo"/> weeks back (on that week's Monday, UTC days), with the cards in progress it
    /// records, private unless <paramref name="shared"/>.
    /// </summary>
    public async Task<Guid> WellbeingCheckInAsync(GivenPerson owner, int weeksAgo = 0, int stress = 3, int energy = 3, int sleep = 3, int rest = 3, int workload = 3,
        int workInProgress = 0, string? note = "A steady week.", bool shared = false)
    {
        var day = WellbeingCheckIn.WeekOf(Today).AddDays(-7 * weeksAgo);
        var c = Ok(WellbeingCheckIn.Record(ProgrammeOf(owner).Id, owner.Id, new CheckInAnswers(stress, energy, sleep, rest, workload, note, day), workInProgress, Today, Noon(day)));
        c.Share(shared, Noon(day));
        await WriteAsync(db => db.WellbeingCheckIns.Add(c));
        return c.Id;
    }

    /// <summary>A stressor with one strategy per text given; returns the stressor's and the first strategy's ids.</summary>
    public async Task<(Guid Stressor, Guid? Strategy)> StressorAsync(GivenPerson owner, string what = "Sprint demos", bool shared = false, params string[] strategies)
    {
        var s = Ok(Stressor.Name(ProgrammeOf(owner).Id, owner.Id, new StressorDetails(what, "Every second Friday", "Presenting to the whole department"), Now));
        s.Share(shared, Now);
        var planned = strategies.Select((t, i) => Ok(CopingStrategy.Plan(s.Id, t, i, Now.AddMinutes(i)))).ToList();
        await WriteAsync(db => { db.Stressors.Add(s); db.CopingStrategies.AddRange(planned); });
        return (s.Id, planned.Count == 0 ? null : planned[0].Id);
    }

    /// <summary>One more coping strategy planned for a stressor.</summary>
    public async Task<CopingStrategy> StrategyAsync(Guid stressor, string text)
    {
        var planned = Ok(CopingStrategy.Plan(stressor, text, 1, Now.AddMinutes(5)));
        await WriteAsync(db => db.CopingStrategies.Add(planned));
        return planned;
    }

    public async Task<Guid> WinAsync(GivenPerson owner, string text = "Shipped the login page", string? doubt = "I'm not a real developer", bool shared = false)
    {
        var w = Ok(Win.Note(ProgrammeOf(owner).Id, owner.Id, new WinDetails(text, doubt, Today), Today, Now));
        w.Share(shared, Now);
        await WriteAsync(db => db.Wins.Add(w));
        return w.Id;
    }
}
