namespace Thrive.Domain.Matching;

/// <summary>A candidate edge: mentee <see cref="Mentee"/> with mentor <see cref="Mentor"/> is worth <see cref="Value"/>.</summary>
public readonly record struct Candidate(int Mentee, int Mentor, long Value);

/// <summary>
/// An exact assignment of mentees to mentors with capacities, as a min-cost flow (source → mentee → mentor → sink)
/// solved by successive shortest paths with potentials (Dijkstra), pushing every equally short path of a phase
/// at once (a blocking flow on the zero reduced-cost edges). A pair costs -(value + bonus): a bonus larger than
/// any total makes it "most pairs, then highest total"; a bonus of -floor makes it "highest total of value − floor".
/// </summary>
public static class AssignmentSolver
{
    /// <summary>Which mentor each mentee gets (-1 for none), maximising the sum of (value + bonus) over the pairs chosen.</summary>
    public static int[] Solve(int mentees, IReadOnlyList<int> capacities, IReadOnlyList<Candidate> candidates, long bonus)
    {
        ArgumentNullException.ThrowIfNull(capacities);
        ArgumentNullException.ThrowIfNull(candidates);
        var g = new Graph(mentees + capacities.Count + 2, candidates.Count + mentees + capacities.Count);
        int source = mentees + capacities.Count, sink = source + 1;
        for (var i = 0; i < mentees; i++) g.Add(source, i, 1, 0);
        var pairEdges = new int[candidates.Count];
        for (var k = 0; k < candidates.Count; k++)
        {
            var c = candidates[k];
            pairEdges[k] = g.Add(c.Mentee, mentees + c.Mentor, 1, -(c.Value + bonus));
        }
        for (var j = 0; j < capacities.Count; j++) g.Add(mentees + j, sink, Math.Max(0, capacities[j]), 0);
        g.MinCostFlow(source, sink, InitialPotentials(mentees, capacities.Count, candidates, bonus));

        var result = new int[mentees];
        Array.Fill(result, -1);
        for (var k = 0; k < candidates.Count; k++)
            if (g.Cap[pairEdges[k]] == 0) result[candidates[k].Mentee] = candidates[k].Mentor;
        return result;
    }

    /// <summary>Shortest distances in the initial graph, a DAG, so that every reduced cost starts non-negative.</summary>
    private static long[] InitialPotentials(int mentees, int mentors, IReadOnlyList<Candidate> candidates, long bonus)
    {
        var pot = new long[mentees + mentors + 2];
        var reached = new bool[mentors];
        foreach (var c in candidates)
        {
            var cost = -(c.Value + bonus);
            if (!reached[c.Mentor] || cost < pot[mentees + c.Mentor]) pot[mentees + c.Mentor] = cost;
            reached[c.Mentor] = true;
        }
        var sink = long.MaxValue;
        for (var j = 0; j < mentors; j++) if (reached[j]) sink = Math.Min(sink, pot[mentees + j]);
        for (var j = 0; j < mentors; j++) if (!reached[j]) pot[mentees + j] = sink == long.MaxValue ? 0 : sink;
        pot[^1] = sink == long.MaxValue ? 0 : sink;
        return pot;
    }

    private sealed class Graph(int nodes, int edges)
    {
        private readonly int[] to = new int[edges * 2], next = new int[edges * 2];
        private readonly long[] cost = new long[edges * 2];
        private readonly int[] head = Enumerable.Repeat(-1, nodes).ToArray();
        private int count;
        public int[] Cap { get; } = new int[edges * 2];

        public int Add(int u, int v, int cap, long c)
        {
            var e = count;
            (to[e], Cap[e], cost[e], next[e], head[u]) = (v, cap, c, head[u], e);
            (to[e + 1], Cap[e + 1], cost[e + 1], next[e + 1], head[v]) = (u, 0, -c, head[v], e + 1);
            count += 2;
            return e;
        }

        public void MinCostFlow(int s, int t, long[] pot)
        {
            var dist = new long[nodes];
            var level = new int[nodes];
            var iter = new int[nodes];
            var admissibleHead = new int[nodes];
            var admissibleNext = new List<int>();
            var admissibleEdge = new List<int>();
            while (true)
            {
                if (!Dijkstra(s, pot, dist)) return;
                for (var v = 0; v < nodes; v++) if (dist[v] != long.MaxValue) pot[v] += dist[v];
                if (pot[t] - pot[s] >= 0) return; // no path left that adds value

                // The edges of zero reduced cost stay so for the whole phase: list them once, then push along them only.
                Array.Fill(admissibleHead, -1);
                admissibleNext.Clear();
                admissibleEdge.Clear();
                for (var u = 0; u < nodes; u++)
                {
                    if (dist[u] == long.MaxValue) continue;
                    for (var e = head[u]; e >= 0; e = next[e])
                        if (cost[e] + pot[u] - pot[to[e]] == 0)
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

        /// <summary>Shortest reduced distances from the source; dense (a linear scan for the nearest node), as the graph is.</summary>
        private bool Dijkstra(int s, long[] pot, long[] dist)
        {
            Array.Fill(dist, long.MaxValue);
            var done = new bool[nodes];
            dist[s] = 0;
            while (true)
            {
                var u = -1;
                var best = long.MaxValue;
                for (var v = 0; v < nodes; v++)
                    if (!done[v] && dist[v] < best) { best = dist[v]; u = v; }
                if (u < 0) break;
                done[u] = true;
                for (var e = head[u]; e >= 0; e = next[e])
                {
                    if (Cap[e] == 0) continue;
                    var v = to[e];
                    var nd = best + cost[e] + pot[u] - pot[v];
                    if (nd < dist[v]) dist[v] = nd;
                }
            }
            return dist[nodes - 1] != long.MaxValue;
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
