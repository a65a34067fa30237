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

    private sealed class Graph(int nodes, int edgeHint)
    {
        private readonly List<int> to = new(edgeHint * 2), next = new(edgeHint * 2);
        private readonly List<long> cost = new(edgeHint * 2);
        private readonly int[] head = Enumerable.Repeat(-1, nodes).ToArray();
        public List<int> Cap { get; } = new(edgeHint * 2);

        public int Add(int u, int v, int cap, long c)
        {
            var e = to.Count;
            to.Add(v); Cap.Add(cap); cost.Add(c); next.Add(head[u]); head[u] = e;
            to.Add(u); Cap.Add(0); cost.Add(-c); next.Add(head[v]); head[v] = e + 1;
            return e;
        }

        public void MinCostFlow(int s, int t, long[] pot)
        {
            var dist = new long[nodes];
            var level = new int[nodes];
            var iter = new int[nodes];
            while (true)
            {
                if (!Dijkstra(s, pot, dist)) return;
                for (var v = 0; v < nodes; v++) if (dist[v] != long.MaxValue) pot[v] += dist[v];
                if (pot[t] - pot[s] >= 0) return; // no path left that adds value
                while (Levels(s, t, pot, level))
                {
                    Array.Copy(head, iter, nodes);
                    while (Push(s, t, pot, level, iter)) { }
                }
            }
        }

        private bool Dijkstra(int s, long[] pot, long[] dist)
        {
            Array.Fill(dist, long.MaxValue);
            dist[s] = 0;
            var queue = new PriorityQueue<int, long>();
            queue.Enqueue(s, 0);
            var reachedSink = false;
            while (queue.TryDequeue(out var u, out var d))
            {
                if (d > dist[u]) continue;
                if (u == nodes - 1) reachedSink = true;
                for (var e = head[u]; e >= 0; e = next[e])
                {
                    if (Cap[e] == 0) continue;
                    var v = to[e];
                    var nd = d + cost[e] + pot[u] - pot[v];
                    if (nd < dist[v]) { dist[v] = nd; queue.Enqueue(v, nd); }
                }
            }
            return reachedSink;
        }

        /// <summary>Breadth-first levels over residual edges of zero reduced cost (the admissible graph).</summary>
        private bool Levels(int s, int t, long[] pot, int[] level)
        {
            Array.Fill(level, -1);
            level[s] = 0;
            var queue = new Queue<int>();
            queue.Enqueue(s);
            while (queue.TryDequeue(out var u))
                for (var e = head[u]; e >= 0; e = next[e])
                {
                    var v = to[e];
                    if (Cap[e] > 0 && level[v] < 0 && cost[e] + pot[u] - pot[v] == 0) { level[v] = level[u] + 1; queue.Enqueue(v); }
                }
            return level[t] >= 0;
        }

        /// <summary>One unit along an admissible path (every path here carries one unit: a mentee takes one mentor).</summary>
        private bool Push(int s, int t, long[] pot, int[] level, int[] iter)
        {
            var path = new Stack<int>();
            var u = s;
            while (u != t)
            {
                var advanced = false;
                for (; iter[u] >= 0; iter[u] = next[iter[u]])
                {
                    var e = iter[u];
                    var v = to[e];
                    if (Cap[e] > 0 && level[v] == level[u] + 1 && cost[e] + pot[u] - pot[v] == 0) { path.Push(e); u = v; advanced = true; break; }
                }
                if (advanced) continue;
                if (u == s) return false;
                level[u] = -1; // dead end
                var back = path.Pop();
                u = to[back ^ 1];
                iter[u] = next[iter[u]];
            }
            foreach (var e in path) { Cap[e]--; Cap[e ^ 1]++; }
            return true;
        }
    }
}
