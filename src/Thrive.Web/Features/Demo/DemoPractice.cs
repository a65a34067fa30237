namespace Thrive.Web.Features.Demo;

/// <summary>
/// The DSA mentee's practice log: five weeks of problems with varied topics, difficulties and notes, second attempts
/// replayed on their days, so that some are due today or overdue and one topic set is still untouched.
/// </summary>
internal sealed class DemoPractice(ThriveDbContext db, Guid programmeId, DateOnly today, DateTimeOffset now)
{
    private sealed record Entry(int DaysAgo, string Title, PracticeSource Source, string? Slug, Difficulty Difficulty, PracticeTopic Topics, int Minutes,
        SolvedHow How, string? Notes, (int DaysAgo, SolvedHow How)[] Attempts, bool Revisit = false);

    private const PracticeTopic Recursion = PracticeTopic.RecursionAndBacktracking;

    private static readonly Entry[] Log =
    [
        new(33, "Two Sum", PracticeSource.LeetCode, "two-sum", Difficulty.Easy, PracticeTopic.Arrays | PracticeTopic.HashMaps, 25, SolvedHow.Alone,
            "Brute force first (O(n²)), then one pass with a map from value to index.", []),
        new(32, "Valid Anagram", PracticeSource.LeetCode, "valid-anagram", Difficulty.Easy, PracticeTopic.Strings | PracticeTopic.HashMaps | PracticeTopic.Sorting, 15, SolvedHow.Alone,
            "A count array of 26 beats sorting both strings.", []),
        new(30, "Contains Duplicate", PracticeSource.LeetCode, "contains-duplicate", Difficulty.Easy, PracticeTopic.Arrays | PracticeTopic.HashMaps, 8, SolvedHow.Alone, null, []),
        new(29, "Best Time to Buy and Sell Stock", PracticeSource.LeetCode, "best-time-to-buy-and-sell-stock", Difficulty.Easy, PracticeTopic.Arrays | PracticeTopic.SlidingWindow, 35, SolvedHow.WithHint,
            "Hint from the discussion tab: keep the lowest price so far, not every pair.", [(28, SolvedHow.Alone), (21, SolvedHow.Alone)]),
        new(27, "Valid Parentheses", PracticeSource.LeetCode, "valid-parentheses", Difficulty.Easy, PracticeTopic.StacksAndQueues | PracticeTopic.Strings, 20, SolvedHow.Alone,
            "Map each closing bracket to its opening one; the stack must be empty at the end.", []),
        new(26, "Reverse Linked List", PracticeSource.LeetCode, "reverse-linked-list", Difficulty.Easy, PracticeTopic.LinkedLists | Recursion, 30, SolvedHow.WithHint,
            "Iterative was fine. The recursive version needed the hint: head.next.next = head, then cut head.next.", [(25, SolvedHow.Alone), (18, SolvedHow.Alone)]),
        new(24, "Merge Two Sorted Lists", PracticeSource.LeetCode, "merge-two-sorted-lists", Difficulty.Easy, PracticeTopic.LinkedLists, 22, SolvedHow.Alone,
            "A dummy head node saves all the special cases.", []),
        new(23, "Binary Search", PracticeSource.LeetCode, "binary-search", Difficulty.Easy, PracticeTopic.BinarySearch, 12, SolvedHow.Alone,
            "lo <= hi, and mid = lo + (hi - lo) / 2 so that it cannot overflow in Java.", []),
        new(22, "Longest Substring Without Repeating Characters", PracticeSource.LeetCode, "longest-substring-without-repeating-characters", Difficulty.Medium,
            PracticeTopic.Strings | PracticeTopic.SlidingWindow | PracticeTopic.HashMaps, 55, SolvedHow.LookedAtSolution,
            "Gave up after 40 minutes. The trick: jump the left edge past the last index where the character was seen.",
            [(21, SolvedHow.WithHint), (20, SolvedHow.Alone), (12, SolvedHow.Alone)]),
        new(20, "Maximum Depth of Binary Tree", PracticeSource.LeetCode, "maximum-depth-of-binary-tree", Difficulty.Easy, PracticeTopic.Trees | Recursion, 10, SolvedHow.Alone, null, []),
        new(19, "Invert Binary Tree", PracticeSource.LeetCode, "invert-binary-tree", Difficulty.Easy, PracticeTopic.Trees | Recursion, 9, SolvedHow.Alone,
            "The famous one. Four lines once I stopped overthinking it.", []),
        new(18, "Number of Islands", PracticeSource.LeetCode, "number-of-islands", Difficulty.Medium, PracticeTopic.Graphs | Recursion, 48, SolvedHow.WithHint,
            "Hint from Pieter: sink each island with a DFS as you count it, no visited set needed.", [(17, SolvedHow.Alone), (9, SolvedHow.Alone)]),
        new(16, "Kth Largest Element in an Array", PracticeSource.LeetCode, "kth-largest-element-in-an-array", Difficulty.Medium, PracticeTopic.Heaps | PracticeTopic.Sorting, 40, SolvedHow.WithHint,
            "A min-heap of size k (PriorityQueue in Java). Quickselect is for another day.", [(15, SolvedHow.Alone), (8, SolvedHow.WithHint), (7, SolvedHow.Alone)]),
        new(15, "Climbing Stairs", PracticeSource.LeetCode, "climbing-stairs", Difficulty.Easy, PracticeTopic.DynamicProgramming | Recursion, 20, SolvedHow.WithHint,
            "It's Fibonacci in disguise. Memoise, or keep just two variables.", [(14, SolvedHow.Alone), (7, SolvedHow.Alone)]),
        new(13, "Coin Change", PracticeSource.LeetCode, "coin-change", Difficulty.Medium, PracticeTopic.DynamicProgramming, 65, SolvedHow.LookedAtSolution,
            "Bottom-up table of the fewest coins per amount. Start with amount + 1, not Integer.MAX_VALUE (it overflows when you add 1).",
            [(12, SolvedHow.WithHint), (11, SolvedHow.Alone)]),
        new(12, "Merge Intervals", PracticeSource.LeetCode, "merge-intervals", Difficulty.Medium, PracticeTopic.Arrays | PracticeTopic.Sorting, 38, SolvedHow.Alone,
            "Sort by start, then either extend the last interval or add a new one.", []),
        new(11, "Product of Array Except Self", PracticeSource.LeetCode, "product-of-array-except-self", Difficulty.Medium, PracticeTopic.Arrays, 45, SolvedHow.WithHint,
            "Prefix products left to right, suffix products right to left, no division.", [(10, SolvedHow.Alone)]),
        new(10, "Sherlock and Anagrams", PracticeSource.HackerRank, null, Difficulty.Medium, PracticeTopic.Strings | PracticeTopic.HashMaps, 50, SolvedHow.WithHint,
            "Count every substring's sorted signature; pairs are n(n-1)/2 per signature.", [(9, SolvedHow.Alone), (2, SolvedHow.Alone)]),
        new(9, "Course Schedule", PracticeSource.LeetCode, "course-schedule", Difficulty.Medium, PracticeTopic.Graphs, 60, SolvedHow.LookedAtSolution,
            "Topological sort with in-degrees (Kahn). I had the edges the wrong way round.", [(8, SolvedHow.Alone)]),
        new(8, "Find Minimum in Rotated Sorted Array", PracticeSource.LeetCode, "find-minimum-in-rotated-sorted-array", Difficulty.Medium, PracticeTopic.BinarySearch, 35, SolvedHow.Alone,
            "Compare mid with hi, not lo.", []),
        new(6, "Daily Temperatures", PracticeSource.LeetCode, "daily-temperatures", Difficulty.Medium, PracticeTopic.StacksAndQueues, 40, SolvedHow.WithHint,
            "A monotonic stack of indexes. New pattern for me: worth a second look.", [(5, SolvedHow.Alone)]),
        new(5, "Trebuchet?! (2023, day 1)", PracticeSource.AdventOfCode, null, Difficulty.Easy, PracticeTopic.Strings, 30, SolvedHow.Alone,
            "Part two: \"eightwo\" holds both digits, so replacing words naively fails.", []),
        new(4, "Permutations", PracticeSource.LeetCode, "permutations", Difficulty.Medium, Recursion, 35, SolvedHow.WithHint,
            "Backtracking with a used[] array; add a copy of the path, not the path itself.", [(2, SolvedHow.Alone)]),
        new(2, "3Sum", PracticeSource.LeetCode, "3sum", Difficulty.Medium, PracticeTopic.Arrays | PracticeTopic.TwoPointers | PracticeTopic.Sorting, 50, SolvedHow.WithHint,
            "Sort, fix one number, two pointers for the rest, skip duplicates on all three.", []),
        new(1, "Container With Most Water", PracticeSource.LeetCode, "container-with-most-water", Difficulty.Medium, PracticeTopic.Arrays | PracticeTopic.TwoPointers, 25, SolvedHow.Alone,
            "Move the shorter side inward. Solved alone but I want to be sure I can explain why it works.", [], Revisit: true),
        new(1, "Sum of Intervals (4 kyu)", PracticeSource.Codewars, null, Difficulty.Medium, PracticeTopic.Arrays | PracticeTopic.Sorting, 42, SolvedHow.Alone,
            "Same idea as Merge Intervals: that one stuck!", []),
        new(0, "Word Search", PracticeSource.LeetCode, "word-search", Difficulty.Hard, Recursion | PracticeTopic.Arrays, 70, SolvedHow.LookedAtSolution,
            "Mark the cell before recursing and unmark it after. Timed out twice before that.", []),
    ];

    public void Add(IReadOnlyDictionary<string, ThriveUser> people)
    {
        var owner = people["dsa.mentee@thrive.test"].Id;
        foreach (var e in Log)
        {
            var solved = today.AddDays(-e.DaysAgo);
            var link = e.Slug is null ? null : $"https://leetcode.com/problems/{e.Slug}/";
            var p = PracticeProblem.Log(programmeId, owner, new PracticeDetails(e.Title, e.Source, link, e.Difficulty, e.Topics, e.Minutes, e.How, e.Notes, solved, e.Revisit),
                today, now.AddDays(-e.DaysAgo)).Value!;
            foreach (var (daysAgo, how) in e.Attempts) p.RecordSecondAttempt(how, today.AddDays(-daysAgo), now.AddDays(-daysAgo));
            db.PracticeProblems.Add(p);
        }
        var log = PracticeLog.Start(programmeId, owner, now);
        log.SetTarget(4, null, now);
        db.PracticeLogs.Add(log);
    }
}
