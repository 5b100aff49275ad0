using TextMiner.TestSupport.FixtureSites;

if (args.Length != 1 || !Directory.Exists(args[0]))
{
    Console.Error.WriteLine("usage: dotnet run --project tests/TextMiner.FixtureSiteHost -- corpus/sites/NAME");
    return 2;
}

await using var server = await FixtureSiteServer.StartAsync(Path.GetFullPath(args[0]));
Console.WriteLine(server.BaseUrl);
Console.Error.WriteLine("serving on loopback; Ctrl+C to stop");
var stop = new TaskCompletionSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stop.TrySetResult();
};
AppDomain.CurrentDomain.ProcessExit += (_, _) => stop.TrySetResult();
await stop.Task;
return 0;
