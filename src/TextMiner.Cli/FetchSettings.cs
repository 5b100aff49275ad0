using System.CommandLine;
using TextMiner.Fetching.Http;

namespace TextMiner.Cli;

/// <summary>Politeness settings shared by `crawl` and `nightly`; defaults are polite (one request a second per host).</summary>
public sealed class FetchSettings
{
    public Option<string?> Pipelines { get; } = new("--pipelines") { Description = "Folder of source definitions (default ./pipelines).", HelpName = "DIR" };

    public Option<double> Interval { get; } = new("--interval") { Description = "Seconds between requests to one host (robots.txt Crawl-delay wins if larger).", DefaultValueFactory = _ => 1.0 };

    public Option<Uri?> Contact { get; } = new("--contact") { Description = "Contact URL sent in the User-Agent.", DefaultValueFactory = _ => new Uri("https://github.com/textminer/textminer") };

    public IEnumerable<Option> All => [Pipelines, Interval, Contact];

    public Action<FetchOptions> Configure(ParseResult parse) => options =>
    {
        options.MinRequestInterval = TimeSpan.FromSeconds(parse.GetValue(Interval));
        options.ContactUrl = parse.GetValue(Contact);
    };
}
