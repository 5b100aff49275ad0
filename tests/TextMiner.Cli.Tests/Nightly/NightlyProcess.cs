using System.Diagnostics;

namespace TextMiner.Cli.Tests.Nightly;

/// <summary>`textminer` started as a child process (dotnet textminer.dll ...), as cron or systemd would start it.</summary>
internal sealed class NightlyProcess : IDisposable
{
    private readonly Process process;
    private readonly Task<string> output;
    private readonly Task<string> error;

    private NightlyProcess(Process process)
    {
        this.process = process;
        output = process.StandardOutput.ReadToEndAsync();
        error = process.StandardError.ReadToEndAsync();
    }

    public static string Program => Path.Combine(AppContext.BaseDirectory, "textminer.dll");

    public int Id => process.Id;

    public bool HasExited => process.HasExited;

    public static NightlyProcess Start(string data, Uri baseUrl, string? failpoint = null, params string[] extra)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        string[] defaults = extra.Contains("--sources") ? [] : ["--sources", "hmip-legacy", "--base-url", $"hmip-legacy={baseUrl}"];
        string[] interval = extra.Contains("--interval") ? [] : ["--interval", "0.01"];
        foreach (var arg in new[] { Program, "nightly", "--data", data }.Concat(defaults).Concat(interval).Concat(extra))
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment["TEXTMINER_FAILPOINT"] = failpoint ?? string.Empty;
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        return new NightlyProcess(Process.Start(info)!);
    }

    public void Kill() => process.Kill(entireProcessTree: true);

    public async Task<CliRun> WaitAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        await process.WaitForExitAsync(cancel.Token);
        return new CliRun(process.ExitCode, await output, await error);
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }

        process.Dispose();
    }
}
