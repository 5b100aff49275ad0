using System.CommandLine;
using TextMiner.Web;

namespace TextMiner.Cli.Commands;

internal static class ServeCommand
{
    public static Command Create(CliContext context)
    {
        var urls = new Option<string>("--urls")
        {
            Description = "Where to listen (loopback by default; several URLs separated by ';').",
            DefaultValueFactory = _ => WebOptions.DefaultUrls,
        };
        var command = new Command("serve", "Serve the journalists' web page and JSON API (read-only) until Ctrl+C.") { urls };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var data = context.ExistingData(parse.GetValue(CommonOptions.Data));
            if (data is null)
            {
                return ExitCodes.CannotRun;
            }

            context.Info($"serving {data.Root} on {parse.GetValue(urls)} (Ctrl+C to stop)");
            await WebApp.RunAsync(new WebOptions(data, parse.GetValue(urls)!) { Time = context.Time }, cancellationToken).ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return command;
    }
}
