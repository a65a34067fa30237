namespace Thrive.Domain.Practice;

/// <summary>Where a problem comes from.</summary>
public enum PracticeSource { LeetCode, HackerRank, Codewars, AdventOfCode, Other }

public enum Difficulty { Easy, Medium, Hard }

/// <summary>How the problem was solved: alone, after a hint, or after looking at the solution.</summary>
public enum SolvedHow { Alone, WithHint, LookedAtSolution }

/// <summary>The standard topics of data-structures-and-algorithms practice; a problem has one or more (stored as flags).</summary>
[Flags]
public enum PracticeTopic
{
    None = 0,
    Arrays = 1 << 0,
    Strings = 1 << 1,
    HashMaps = 1 << 2,
    TwoPointers = 1 << 3,
    SlidingWindow = 1 << 4,
    StacksAndQueues = 1 << 5,
    LinkedLists = 1 << 6,
    Trees = 1 << 7,
    Graphs = 1 << 8,
    Heaps = 1 << 9,
    BinarySearch = 1 << 10,
    Sorting = 1 << 11,
    RecursionAndBacktracking = 1 << 12,
    DynamicProgramming = 1 << 13,
    Greedy = 1 << 14,
    BitManipulation = 1 << 15,
    Math = 1 << 16,
    Sql = 1 << 17,
    Other = 1 << 18,
}

/// <summary>The topics in their standard order, with the words people use for them.</summary>
public static class PracticeTopics
{
    public static readonly IReadOnlyList<PracticeTopic> All = Enum.GetValues<PracticeTopic>().Where(t => t != PracticeTopic.None).ToList();

    public static PracticeTopic Combine(IEnumerable<PracticeTopic>? topics) =>
        (topics ?? []).Aggregate(PracticeTopic.None, (all, t) => all | t);

    public static IReadOnlyList<PracticeTopic> Split(PracticeTopic topics) => All.Where(t => (topics & t) == t).ToList();

    public static string Name(PracticeTopic t) => t switch
    {
        PracticeTopic.HashMaps => "hash maps",
        PracticeTopic.TwoPointers => "two pointers",
        PracticeTopic.SlidingWindow => "sliding window",
        PracticeTopic.StacksAndQueues => "stacks and queues",
        PracticeTopic.LinkedLists => "linked lists",
        PracticeTopic.BinarySearch => "binary search",
        PracticeTopic.RecursionAndBacktracking => "recursion and backtracking",
        PracticeTopic.DynamicProgramming => "dynamic programming",
        PracticeTopic.BitManipulation => "bit manipulation",
        PracticeTopic.Sql => "SQL",
        _ => t.ToString().ToLowerInvariant(),
    };

    public static string SourceName(PracticeSource s) => s == PracticeSource.AdventOfCode ? "Advent of Code" : s.ToString();

    public static string HowName(SolvedHow h) => h switch
    {
        SolvedHow.WithHint => "with a hint",
        SolvedHow.LookedAtSolution => "looked at the solution",
        _ => "alone",
    };
}
