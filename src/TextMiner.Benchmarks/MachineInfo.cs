using System.Runtime.InteropServices;

namespace TextMiner.Benchmarks;

/// <summary>The machine a benchmark ran on, printed with every figure.</summary>
public static class MachineInfo
{
    public static string Describe()
    {
        var cpu = ReadCpuModel();
        var memoryGiB = GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1024.0 * 1024 * 1024);
        return $"{RuntimeInformation.OSDescription.Trim()}, {RuntimeInformation.ProcessArchitecture}, {Environment.ProcessorCount} cores{cpu}, {memoryGiB:0.#} GiB, .NET {Environment.Version}";
    }

    private static string ReadCpuModel()
    {
        const string cpuInfo = "/proc/cpuinfo";
        if (!File.Exists(cpuInfo))
        {
            return "";
        }

        var line = File.ReadLines(cpuInfo).FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal));
        return line is null ? "" : " (" + line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim() + ")";
    }
}
