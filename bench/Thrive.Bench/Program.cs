using System.Diagnostics;
using System.Globalization;
using Thrive.Domain.Goals;
using Thrive.Bench;

// Benchmarks run in Release on one thread: dotnet run -c Release --project bench/Thrive.Bench -- smart
var command = args.Length > 0 ? args[0] : "";
switch (command)
{
    case "smart":
        SmartBench.Run();
        return 0;
    case "flow":
        FlowBench.Run();
        return 0;
    case "matching":
        MatchingBench.Run();
        return 0;
    case "board":
        await BoardBench.RunAsync();
        return 0;
    case "clicks":
        return await ClicksBench.RunAsync(args[1..]);
    case "peer-board":
        return await PeerBoardBench.RunAsync(args[1..]);
    case "generate":
        return await Thrive.Bench.Scale.GenerateCommand.RunAsync(args[1..]);
    case "load":
        return await Thrive.Bench.Scale.LoadCommand.RunAsync(args[1..]);
    case "smart-accuracy":
        SmartAccuracy.Run(write: args.Contains("--write-disagreements"));
        return 0;
    case "smart-explain":
        SmartBench.Explain(args.Length > 1 ? args[1..] : SmartCorpus.All);
        return 0;
    default:
        Console.Error.WriteLine("usage: Thrive.Bench smart | smart-accuracy | smart-explain [goal text ...] | flow | board | matching | clicks [repetitions] [--port N] [--db FILE] | peer-board KANBOARD-FOLDER [seconds] [rounds] | generate --participants N | load --url URL");
        return 2;
}

internal static class SmartBench
{
    private static readonly SmartContext Context = new(new DateOnly(2026, 3, 2), new DateOnly(2026, 5, 25), AvailableHoursPerWeek: 5);
    private static readonly TimeSpan Warmup = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Measure = TimeSpan.FromSeconds(3);

    public static void Run()
    {
        var corpus = SmartCorpus.All.Select(t => new SmartInput(t)).ToArray();
        Loop(corpus, Assess, Warmup);
        Loop(corpus, Length, Warmup);
        var (coach, coachSink) = Loop(corpus, Assess, Measure);
        var (baseline, baselineSink) = Loop(corpus, Length, Measure);
        var huge = SmartCorpus.Huge.Select(t => new SmartInput(t)).ToArray();
        Loop(huge, Assess, Warmup);
        var (hugeRate, _) = Loop(huge, Assess, Measure);
        var inv = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(inv, $"corpus: {corpus.Length} goals, {corpus.Sum(c => c.Text.Length)} characters; one thread, {Measure.TotalSeconds:0} s each"));
        Console.WriteLine(string.Create(inv, $"SmartCoach.Assess:          {coach,14:N0} assessments/s  (check {coachSink:0.#})"));
        Console.WriteLine(string.Create(inv, $"baseline (string.Length):   {baseline,14:N0} goals/s        (check {baselineSink})"));
        Console.WriteLine(string.Create(inv, $"ratio baseline / coach:     {baseline / coach,14:N0}x"));
        Console.WriteLine(string.Create(inv, $"time per assessment:        {1_000_000 / coach,14:N1} µs"));
        Console.WriteLine(string.Create(inv, $"100,000-character goals:    {hugeRate,14:N0} assessments/s  (only the first {5000:N0} characters are read)"));
    }

    /// <summary>Prints the coach's verdicts, reasons, suggestions and rewrites: for tuning rules and writing docs.</summary>
    public static void Explain(IEnumerable<string> texts)
    {
        foreach (var text in texts)
        {
            var a = SmartCoach.Assess(new SmartInput(text), Context);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"## {text}\nscore {a.Score}"));
            foreach (var (letter, c) in new[] { ("S", a.Specific), ("M", a.Measurable), ("A", a.Achievable), ("R", a.Relevant), ("T", a.TimeBound) })
            {
                Console.WriteLine($"  {letter} {c.Verdict}");
                foreach (var r in c.Reasons) Console.WriteLine($"      - {r}");
                foreach (var s in c.Suggestions) Console.WriteLine($"      > {s}");
                if (c.Rewrite is { } rewrite) Console.WriteLine($"      Try: '{rewrite}'");
            }
            if (a.Rewrite is { } all) Console.WriteLine($"  Try this version: '{all}'");
            Console.WriteLine();
        }
    }

    private static decimal Assess(SmartInput input) => SmartCoach.Assess(input, Context).Score;

    private static decimal Length(SmartInput input) => input.Text.Length;

    /// <summary>Runs whole passes over the corpus until the time is up; returns items per second and a sink so no work is skipped.</summary>
    private static (double PerSecond, decimal Sink) Loop(SmartInput[] corpus, Func<SmartInput, decimal> work, TimeSpan duration)
    {
        var sink = 0m;
        long items = 0;
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < duration)
        {
            foreach (var input in corpus) sink += work(input);
            items += corpus.Length;
        }
        return (items / clock.Elapsed.TotalSeconds, sink);
    }
}

/// <summary>The coach against the labelled corpus: per letter, agreement, precision and recall of "met", on both parts.</summary>
internal static class SmartAccuracy
{
    public static void Run(bool write)
    {
        var folder = Thrive.Domain.Tests.SmartCorpus.LabelledCorpus.Folder(AppContext.BaseDirectory);
        foreach (var (name, file) in new[] { ("development part", Thrive.Domain.Tests.SmartCorpus.LabelledCorpus.DevelopmentFile), ("held-out part", Thrive.Domain.Tests.SmartCorpus.LabelledCorpus.HeldOutFile) })
        {
            var sentences = Thrive.Domain.Tests.SmartCorpus.LabelledCorpus.Read(Path.Combine(folder, file));
            Console.WriteLine($"{name}: {sentences.Count} sentences, judged on 2 March 2026 in a programme ending 25 May 2026, 6 hours a week");
            Console.WriteLine(Thrive.Domain.Tests.SmartCorpus.LabelledCorpus.Table(Thrive.Domain.Tests.SmartCorpus.LabelledCorpus.Figures(sentences)));
        }
        if (write)
        {
            // After a rule improves: rewrite the development part's list of known disagreements (the table test checks it).
            var development = Thrive.Domain.Tests.SmartCorpus.LabelledCorpus.Read(Path.Combine(folder, Thrive.Domain.Tests.SmartCorpus.LabelledCorpus.DevelopmentFile));
            var rows = Thrive.Domain.Tests.SmartCorpus.LabelledCorpus.Disagreements(development);
            File.WriteAllText(Path.Combine(folder, Thrive.Domain.Tests.SmartCorpus.LabelledCorpus.DisagreementsFile), Thrive.Domain.Tests.SmartCorpus.LabelledCorpus.DisagreementsText(rows));
            Console.WriteLine($"wrote {rows.Count} disagreements of the development part");
        }
    }
}
