using System.Diagnostics;
using BenchmarkDotNet.Running;
using Qingmeng.Approval.Model;
using Qingmeng.Benchmarks.Approval;
using Qingmeng.ServiceDefaults.Calendar;

// `--quick`: one stopwatch pass (cold and warm) for a fast check; otherwise BenchmarkDotNet's full measurement.
if (args.Contains("--quick"))
{
    var (portfolio, now) = Portfolio.Build(PredictionBenchmarks.Projects);
    for (var round = 1; round <= 5; round++)
    {
        var clock = Stopwatch.StartNew();
        var steps = 0;
        foreach (var tasks in portfolio)
        {
            steps += ProjectPlanner.Predict(tasks, WorkingDayCalendar.ChinaMainland, now).CriticalPath.Count;
        }
        Console.WriteLine($"round {round}: {portfolio.Count} projects × {portfolio[0].Count} sub-items in {clock.Elapsed.TotalMilliseconds:0.0} ms ({steps} critical-path steps)");
    }
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(PredictionBenchmarks).Assembly).Run(args);
