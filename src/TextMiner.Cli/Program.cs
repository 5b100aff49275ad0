using System.CommandLine;
using System.Text;
using TextMiner.Cli;

Console.OutputEncoding = Encoding.UTF8;
var context = new CliContext(Console.Out, Console.Error, TimeProvider.System, Environment.GetEnvironmentVariable)
{
    Input = Console.In,
    Interactive = !Console.IsErrorRedirected,
};
return await CliApp.Build(context).Parse(args)
    .InvokeAsync(new InvocationConfiguration { Output = Console.Out, Error = Console.Error, ProcessTerminationTimeout = TimeSpan.FromMinutes(2) })
    .ConfigureAwait(false);
