using System.Runtime.InteropServices;

namespace Qingmeng.Benchmarks.Messaging.Reporting;

/// <summary>What the figures depend on: cores, CPU, memory, OS, runtime, and how busy the machine already was.</summary>
public sealed record MachineInfo(int Cores, string Cpu, double MemoryGiB, string Os, string Runtime, string LoadAverage)
{
    public static MachineInfo Capture() => new(
        Environment.ProcessorCount,
        CpuModel(),
        GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1024.0 * 1024 * 1024),
        RuntimeInformation.OSDescription,
        RuntimeInformation.FrameworkDescription,
        ReadFirstLine("/proc/loadavg") ?? "n/a");

    private static string CpuModel()
    {
        const string cpuInfo = "/proc/cpuinfo";
        var model = File.Exists(cpuInfo)
            ? File.ReadLines(cpuInfo).FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))
            : null;
        return model?.Split(':', 2)[1].Trim() ?? RuntimeInformation.ProcessArchitecture.ToString();
    }

    private static string? ReadFirstLine(string path) => File.Exists(path) ? File.ReadLines(path).FirstOrDefault() : null;
}
