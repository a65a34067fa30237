namespace Thrive.Bench.Scale;

/// <summary>How many programmes and pairs: the first programme has 500 pairs (the coordinator-page target), the rest 30 to 300.</summary>
internal sealed record ScalePlan(IReadOnlyList<ScalePlan.ProgrammeSize> Programmes)
{
    public const int Largest = 500;
    public const int Smallest = 30;
    public const int OpenApplicationsPerProgramme = 3;

    /// <param name="Number">1-based; the programme's coordinator is coordinator{Number}.</param>
    /// <param name="FirstPair">1-based number of its first pair: mentee{n} and mentor{n} form pair n.</param>
    /// <param name="Week">The programme week it is in today (2 to 11 of 12).</param>
    public sealed record ProgrammeSize(int Number, int Pairs, int FirstPair, int Week);

    public int TotalPairs => Programmes.Sum(p => p.Pairs);

    /// <summary>Participants are mentors and mentees in pairs: N/2 pairs, split into programmes.</summary>
    public static ScalePlan Make(int participants, int seed)
    {
        var rng = new Random(seed);
        var left = participants / 2;
        var sizes = new List<int>();
        while (left > 0)
        {
            var n = sizes.Count == 0 ? Math.Min(Largest, left) : Math.Min(rng.Next(Smallest, 301), left);
            if (left - n is > 0 and < Smallest && left <= Largest) n = left; // no programme smaller than 30 at the end
            sizes.Add(n);
            left -= n;
        }
        var list = new List<ProgrammeSize>();
        var first = 1;
        for (var i = 0; i < sizes.Count; i++)
        {
            list.Add(new ProgrammeSize(i + 1, sizes[i], first, i == 0 ? 6 : rng.Next(2, 12)));
            first += sizes[i];
        }
        return new ScalePlan(list);
    }
}
