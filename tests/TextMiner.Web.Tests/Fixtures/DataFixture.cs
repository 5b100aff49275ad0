using TextMiner.TestSupport;

namespace TextMiner.Web.Tests.Fixtures;

/// <summary>Base for HTTP tests: one data directory and one running server for the whole fixture.</summary>
internal abstract class DataFixture
{
    private TempDirectory? temp;

    protected WebServer Server { get; private set; } = null!;

    [OneTimeSetUp]
    public async Task StartServerAsync()
    {
        temp = new TempDirectory();
        var data = await TestCorpus.WriteAsync(temp.Combine("data"));
        Server = await WebServer.StartAsync(data);
    }

    [OneTimeTearDown]
    public async Task StopServerAsync()
    {
        await Server.DisposeAsync();
        temp?.Dispose();
    }
}
