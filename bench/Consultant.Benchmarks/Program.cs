using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Qingmeng.Benchmarks.Consultant;

// One invocation per iteration, 300 iterations: P50 and P95 are per-question latencies.
var job = Job.Default
    .WithToolchain(InProcessEmitToolchain.Instance)
    .WithStrategy(RunStrategy.Monitoring)
    .WithWarmupCount(20)
    .WithIterationCount(300)
    .WithInvocationCount(1)
    .WithUnrollFactor(1);
var config = ManualConfig.CreateMinimumViable()
    .AddJob(job)
    .AddColumn(StatisticColumn.P50, StatisticColumn.P95, StatisticColumn.Max)
    .WithOptions(ConfigOptions.DisableOptimizationsValidator);
BenchmarkRunner.Run<ConsultantLatency>(config, args);
