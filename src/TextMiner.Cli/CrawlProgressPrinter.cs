using TextMiner.Fetching.Crawling;

namespace TextMiner.Cli;

/// <summary>Crawl progress on standard error: a live line on a terminal, a line per 10 documents otherwise.</summary>
internal sealed class CrawlProgressPrinter(CliContext context) : IProgress<CrawlProgress>
{
    public void Report(CrawlProgress value)
    {
        var line = value.Phase switch
        {
            CrawlPhase.Discovering => $"{value.Source}: discovering… {value.Url}",
            CrawlPhase.Fetching => $"{value.Source}: {value.Processed + 1}/{value.Discovered} {value.Url}",
            _ => $"{value.Source}: done",
        };
        if (context.Interactive)
        {
            context.Error.Write("\r" + (line.Length > 110 ? line[..110] : line.PadRight(110)));
            if (value.Phase == CrawlPhase.Done)
            {
                context.Error.Write("\r" + new string(' ', 110) + "\r");
            }
        }
        else if (value.Phase != CrawlPhase.Fetching || value.Processed % 10 == 0)
        {
            context.Error.WriteLine(line);
        }
    }
}
