using System.CommandLine;
using System.Text;
using TextMiner.Cli;

Console.OutputEncoding = Encoding.UTF8;
var context = new CliContext(Console.Out, Console.Error, TimeProvider.System, Environment.GetEnvironmentVariable)
{
    Input = Console.In,
    Interactive = !Console.IsErrorRedirected,
};
var configuration = new InvocationConfiguration
{
    Output = Console.Out,
    Error = Console.Error,
    EnableDefaultExceptionHandler = false,
    ProcessTerminationTimeout = TimeSpan.FromMinutes(2),
};
try
{
    return await CliApp.RunAsync(context, args, configuration).ConfigureAwait(false);
}
catch (OperationCanceledException)
{
    Console.Error.WriteLine("interrupted: work that was complete has been saved");
    return ExitCodes.Interrupted;
}
catch (Exception e) when (e is TextMiner.Storage.StorageException or TextMiner.Search.SearchIndexException)
{
    // The store or index failed mid-command (locked, unreadable, disk full): its message names the file and the reason.
    Console.Error.WriteLine($"error: {e.Message}");
    return ExitCodes.CannotRun;
}
catch (Exception e)
{
    // Bugs still get one clear line (the details only on request), never a bare stack trace.
    Console.Error.WriteLine($"error: unexpected failure: {e.GetType().Name}: {e.Message}");
    if (Environment.GetEnvironmentVariable("TEXTMINER_DEBUG") == "1")
    {
        Console.Error.WriteLine(e);
    }
    else
    {
        Console.Error.WriteLine("(set TEXTMINER_DEBUG=1 for the details)");
    }

    return ExitCodes.CannotRun;
}
