namespace Thrive.Domain.Matching;

/// <summary>A candidate edge: mentee <see cref="Mentee"/> with mentor <see cref="Mentor"/> is worth <see cref="Value"/>.</summary>
public readonly record struct Candidate(int Mentee, int Mentor, long Value);

/// <summary>
/// An exact assignment of mentees to mentors with capacities, as a min-cost flow: source → mentee → mentor → sink,
/// plus an "unmatched" arc from every mentee straight to the sink at no cost, so that every mentee carries one unit
/// and the optimum is a flow of fixed size. A pair costs -(value + bonus): a bonus larger than any total makes it
/// "most pairs, then highest total"; a bonus of -floor makes it "highest total of value − floor".
/// <para>
/// The flow is found by successive shortest paths with potentials (Dijkstra on a heap), pushing every equally short
/// path of a phase at once. It first solves over each mentee's few best mentors only; the final potentials then
/// price every pair left out, and any pair that could still lower the cost (a negative reduced cost) joins before
/// solving again. When none can, no negative cycle exists in the whole residual graph, so the answer is the exact
/// optimum over all the candidates, found on a graph a small fraction of their size.
/// </para>
/// </summary>
public static class AssignmentSolver
{
    /// <summary>How many of each mentee's best mentors the first solve looks at.</summary>
    public const int StartingMentorsPerMentee = 8;

    /// <summary>Which mentor each mentee gets (-1 for none), maximising the sum of (value + bonus) over the pairs chosen.</summary>
    public static int[] Solve(int mentees, IReadOnlyList<int> capacities, IReadOnlyList<Candidate> candidates, long bonus) =>
        Solve(mentees, capacities, candidates, bonus, StartingMentorsPerMentee, out _);

    /// <summary>The same, starting from <paramref name="perMentee"/> mentors each; <paramref name="rounds"/> counts the solves.</summary>
    public static int[] Solve(int mentees, IReadOnlyList<int> capacities, IReadOnlyList<Candidate> candidates, long bonus, int perMentee, out int rounds)
    {
        ArgumentNullException.ThrowIfNull(capacities);
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentOutOfRangeException.ThrowIfLessThan(perMentee, 1);

        // Only pairs worth more than leaving the mentee unmatched can be in an optimum; grouped by mentee, best first.
        var start = new int[mentees + 1];
        foreach (var c in candidates)
            if (IsUseful(c)) start[c.Mentee + 1]++;
        for (var i = 0; i < mentees; i++) start[i + 1] += start[i];
        var useful = new Candidate[start[mentees]];
        var order = new long[useful.Length];
        var fill = start[..mentees];
        foreach (var c in candidates)
            if (IsUseful(c)) { order[fill[c.Mentee]] = -c.Value; useful[fill[c.Mentee]++] = c; }
        var inGraph = new bool[useful.Length];
        for (var i = 0; i < mentees; i++)
        {
            Array.Sort(order, useful, start[i], start[i + 1] - start[i]);
            for (var k = start[i]; k < start[i] + Math.Min(start[i + 1] - start[i], perMentee); k++) inGraph[k] = true;
        }

        rounds = 0;
        while (true)
        {
            rounds++;
            var (assignment, potentials) = SolveOver(mentees, capacities, useful, inGraph, bonus);
            // Each mentee's few most promising left-out pairs join (those of most negative reduced cost): enough to
            // move the optimum on, while the graph stays small. The loop ends only when no pair at all could join.
            var joined = false;
            var most = Math.Min(perMentee, StartingMentorsPerMentee);
            var bestK = new int[most];
            var bestCost = new long[most];
            for (var i = 0; i < mentees; i++)
            {
                var held = 0;
                for (var k = start[i]; k < start[i + 1]; k++)
                {
                    if (inGraph[k]) continue;
                    var c = useful[k];
                    var reduced = -(c.Value + bonus) + potentials[c.Mentee] - potentials[mentees + c.Mentor];
                    if (reduced >= 0 || (held == most && reduced >= bestCost[held - 1])) continue;
                    var at = held == most ? held - 1 : held++;
                    while (at > 0 && bestCost[at - 1] > reduced) { bestCost[at] = bestCost[at - 1]; bestK[at] = bestK[at - 1]; at--; }
                    (bestCost[at], bestK[at]) = (reduced, k);
                }
                for (var h = 0; h < held; h++) inGraph[bestK[h]] = true;
                joined |= held > 0;
            }
            if (!joined) return assignment;
        }

        bool IsUseful(Candidate c) => c.Value + bonus > 0 && capacities[c.Mentor] > 0;
    }

    /// <summary>The optimum over the pairs marked in <paramref name="inGraph"/>, with the final node potentials.</summary>
    private static (int[] Assignment, long[] Potentials) SolveOver(int mentees, IReadOnlyList<int> capacities, Candidate[] useful, bool[] inGraph, long bonus)
    {
        var mentors = capacities.Count;
        int source = mentees + mentors, sink = source + 1;
        var pairs = 0;
        foreach (var chosen in inGraph) if (chosen) pairs++;
        var g = new Graph(mentees + mentors + 2, pairs + 2 * mentees + mentors);
        for (var i = 0; i < mentees; i++)
        {
            g.Add(source, i, 1, 0);
            g.Add(i, sink, 1, 0); // unmatched
        }
        var pairEdges = new List<(int Edge, int Mentee, int Mentor)>(pairs);
        for (var k = 0; k < useful.Length; k++)
            if (inGraph[k])
            {
                var c = useful[k];
                pairEdges.Add((g.Add(c.Mentee, mentees + c.Mentor, 1, -(c.Value + bonus)), c.Mentee, c.Mentor));
            }
        for (var j = 0; j < mentors; j++) g.Add(mentees + j, sink, Math.Max(0, capacities[j]), 0);

        // The starting graph has no cycle: distances in it make every reduced cost non-negative.
        var pot = new long[mentees + mentors + 2];
        foreach (var (edge, _, mentor) in pairEdges) pot[mentees + mentor] = Math.Min(pot[mentees + mentor], g.Cost(edge));
        for (var j = 0; j < mentors; j++) pot[sink] = Math.Min(pot[sink], pot[mentees + j]);

        g.MinCostFlow(source, sink, pot);

        var result = new int[mentees];
        Array.Fill(result, -1);
        foreach (var (edge, mentee, mentor) in pairEdges)
            if (g.Cap[edge] == 0) result[mentee] = mentor;
        return (result, pot);
    }

    private sealed class Graph(int nodes, int edges)
    {
        private readonly int[] to = new int[edges * 2], next = new int[edges * 2];
        private readonly long[] cost = new long[edges * 2];
        private readonly int[] head = Enumerable.Repeat(-1, nodes).ToArray();
        private int count;
        public int[] Cap { get; } = new int[edges * 2];

        public long Cost(int edge) => cost[edge];

        public int Add(int u, int v, int cap, long c)
        {
            var e = count;
            (to[e], Cap[e], cost[e], next[e], head[u]) = (v, cap, c, head[u], e);
            (to[e + 1], Cap[e + 1], cost[e + 1], next[e + 1], head[v]) = (u, 0, -c, head[v], e + 1);
            count += 2;
            return e;
        }

        /// <summary>Pushes flow until no path from <paramref name="s"/> to <paramref name="t"/> is left; <paramref name="pot"/> ends as potentials under which every arc with room has a non-negative reduced cost.</summary>
        public void MinCostFlow(int s, int t, long[] pot)
        {
            var dist = new long[nodes];
            var level = new int[nodes];
            var iter = new int[nodes];
            var admissibleHead = new int[nodes];
            var admissibleNext = new List<int>();
            var admissibleEdge = new List<int>();
            var heap = new PriorityQueue<int, long>(nodes);
            while (true)
            {
                var farthest = Dijkstra(s, pot, dist, heap);
                // Nodes out of reach move by the farthest distance, which keeps every reduced cost non-negative.
                for (var v = 0; v < nodes; v++) pot[v] += dist[v] == long.MaxValue ? farthest : dist[v];
                if (dist[t] == long.MaxValue) return;

                // The edges of zero reduced cost stay so for the whole phase: list them once, then push along them only.
                Array.Fill(admissibleHead, -1);
                admissibleNext.Clear();
                admissibleEdge.Clear();
                for (var u = 0; u < nodes; u++)
                {
                    if (dist[u] == long.MaxValue) continue;
                    for (var e = head[u]; e >= 0; e = next[e])
                        if (Cap[e] > 0 && cost[e] + pot[u] - pot[to[e]] == 0)
                        {
                            admissibleEdge.Add(e);
                            admissibleNext.Add(admissibleHead[u]);
                            admissibleHead[u] = admissibleEdge.Count - 1;
                        }
                }
                var adm = new Admissible(admissibleHead, admissibleNext, admissibleEdge);
                while (Levels(s, t, adm, level))
                {
                    Array.Copy(admissibleHead, iter, nodes);
                    while (Push(s, t, adm, level, iter)) { }
                }
            }
        }

        private readonly record struct Admissible(int[] Head, List<int> Next, List<int> Edge);

        /// <summary>Shortest reduced distances from the source over the arcs with room; returns the largest one reached.</summary>
        private long Dijkstra(int s, long[] pot, long[] dist, PriorityQueue<int, long> heap)
        {
            Array.Fill(dist, long.MaxValue);
            heap.Clear();
            dist[s] = 0;
            heap.Enqueue(s, 0);
            var farthest = 0L;
            while (heap.TryDequeue(out var u, out var d))
            {
                if (d != dist[u]) continue; // an older, longer entry
                farthest = d;
                for (var e = head[u]; e >= 0; e = next[e])
                {
                    if (Cap[e] == 0) continue;
                    var v = to[e];
                    var nd = d + cost[e] + pot[u] - pot[v];
                    if (nd < dist[v]) { dist[v] = nd; heap.Enqueue(v, nd); }
                }
            }
            return farthest;
        }

        /// <summary>Breadth-first levels over the admissible edges that still have room.</summary>
        private bool Levels(int s, int t, Admissible adm, int[] level)
        {
            Array.Fill(level, -1);
            level[s] = 0;
            var queue = new Queue<int>();
            queue.Enqueue(s);
            while (queue.TryDequeue(out var u))
                for (var a = adm.Head[u]; a >= 0; a = adm.Next[a])
                {
                    var e = adm.Edge[a];
                    var v = to[e];
                    if (Cap[e] > 0 && level[v] < 0) { level[v] = level[u] + 1; queue.Enqueue(v); }
                }
            return level[t] >= 0;
        }

        /// <summary>One unit along an admissible path (every path here carries one unit: a mentee takes one mentor).</summary>
        private bool Push(int s, int t, Admissible adm, int[] level, int[] iter)
        {
            var path = new Stack<int>();
            var u = s;
            while (u != t)
            {
                var advanced = false;
                for (; iter[u] >= 0; iter[u] = adm.Next[iter[u]])
                {
                    var e = adm.Edge[iter[u]];
                    var v = to[e];
                    if (Cap[e] > 0 && level[v] == level[u] + 1) { path.Push(e); u = v; advanced = true; break; }
                }
                if (advanced) continue;
                if (u == s) return false;
                level[u] = -1; // dead end
                var back = path.Pop();
                u = to[back ^ 1];
                iter[u] = adm.Next[iter[u]];
            }
            foreach (var e in path) { Cap[e]--; Cap[e ^ 1]++; }
            return true;
        }
    }
}
