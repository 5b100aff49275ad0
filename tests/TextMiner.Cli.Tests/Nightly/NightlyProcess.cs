using System.Diagnostics;

namespace TextMiner.Cli.Tests.Nightly;

/// <summary>`textminer` started as a child process (dotnet textminer.dll ...), as cron or systemd would start it.</summary>
internal sealed class NightlyProcess : IDisposable
{
    private readonly Process process;
    private readonly Task<string> output;
    private readonly Task<string> error;
    private string? models;

    private NightlyProcess(Process process)
    {
        this.process = process;
        output = process.StandardOutput.ReadToEndAsync();
        error = process.StandardError.ReadToEndAsync();
    }

    public static string Program => Path.Combine(AppContext.BaseDirectory, "textminer.dll");

    public int Id => process.Id;

    public bool HasExited => process.HasExited;

    /// <summary>The theme model trained by the first run, copied into later data directories so they do not train again.</summary>
    private static string ModelCache => Path.Combine(AppContext.BaseDirectory, "nightly-model-cache");

    public static NightlyProcess Start(string data, Uri baseUrl, string? failpoint = null, params string[] extra)
    {
        var models = Path.Combine(data, "models");
        if (Directory.Exists(ModelCache) && !Directory.Exists(models))
        {
            Directory.CreateDirectory(models);
            foreach (var file in Directory.GetFiles(ModelCache))
            {
                File.Copy(file, Path.Combine(models, Path.GetFileName(file)));
            }
        }

        var process = Launch(data, baseUrl, failpoint, extra);
        process.models = models;
        return process;
    }

    private static NightlyProcess Launch(string data, Uri baseUrl, string? failpoint, string[] extra)
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
        if (process.ExitCode == 0 && models is not null && !Directory.Exists(ModelCache) && Directory.Exists(models))
        {
            Directory.CreateDirectory(ModelCache + ".tmp");
            foreach (var file in Directory.GetFiles(models))
            {
                File.Copy(file, Path.Combine(ModelCache + ".tmp", Path.GetFileName(file)), overwrite: true);
            }

            Directory.Move(ModelCache + ".tmp", ModelCache);
        }

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
