using System.CommandLine;

namespace TextMiner.Cli.Tests;

/// <summary>Runs `textminer` verbs in-process against a data directory, capturing what they print.</summary>
internal sealed class CliRunner(string dataDirectory, bool withModel = true)
{
    public async Task<CliRun> RunAsync(params string[] args)
    {
        if (withModel)
        {
            SharedThemeModel.CopyInto(dataDirectory);
        }

        var output = new StringWriter();
        var error = new StringWriter();
        var context = new CliContext(output, error, TimeProvider.System, _ => null);
        var allArgs = args.Concat(["--data", dataDirectory]).ToArray();
        var exitCode = await CliApp.RunAsync(context, allArgs, new InvocationConfiguration { Output = output, Error = error });
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }
}

internal sealed record CliRun(int ExitCode, string Output, string Error)
{
    public string[] OutputLines => Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Output}\n--- stderr\n{Error}";
}
