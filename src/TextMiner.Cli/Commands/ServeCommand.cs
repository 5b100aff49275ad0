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

            var options = new WebOptions(data, parse.GetValue(urls)!) { Time = context.Time };
            context.Info($"serving {data.Root} on {options.Urls} (Ctrl+C to stop)");
            foreach (var url in options.UrlsBeyondLoopback)
            {
                context.Info(string.Format(System.Globalization.CultureInfo.InvariantCulture, WebErrors.BeyondLoopback, url));
            }

            await WebApp.RunAsync(options, cancellationToken).ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return command;
    }
}
