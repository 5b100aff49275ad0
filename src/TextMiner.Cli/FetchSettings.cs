using System.CommandLine;
using TextMiner.Fetching.Http;

namespace TextMiner.Cli;

/// <summary>Politeness settings shared by `crawl` and `nightly`; defaults are polite (one request a second per host).</summary>
public sealed class FetchSettings
{
    public Option<string?> Pipelines { get; } = new("--pipelines") { Description = "Folder of source definitions (default ./pipelines).", HelpName = "DIR" };

    public Option<double> Interval { get; } = new("--interval") { Description = "Seconds between requests to one host (robots.txt Crawl-delay wins if larger).", DefaultValueFactory = _ => 1.0 };

    public const string DefaultContact = "https://github.com/textminer/textminer";

    public Option<string> Contact { get; } = new("--contact") { Description = "Contact URL sent in the User-Agent.", DefaultValueFactory = _ => DefaultContact };

    public IEnumerable<Option> All => [Pipelines, Interval, Contact];

    /// <summary>The settings as an options callback, or the one-line reason they are wrong.</summary>
    public (Action<FetchOptions>? Configure, string? Error) Read(ParseResult parse)
    {
        if (!UriArguments.TryParse(parse.GetValue(Contact), "--contact", out var contact, out var error))
        {
            return (null, error);
        }

        var interval = parse.GetValue(Interval);
        if (interval < 0 || double.IsNaN(interval))
        {
            return (null, "--interval must be zero or more seconds");
        }

        return (options =>
        {
            options.MinRequestInterval = TimeSpan.FromSeconds(interval);
            options.ContactUrl = contact;
        }, null);
    }
}
