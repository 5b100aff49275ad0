using System.CommandLine;
using TextMiner.Search;

namespace TextMiner.Cli.Commands;

internal static class QuotesCommand
{
    public static Command Create(CliContext context)
    {
        var topic = new Argument<string?>("TOPIC")
        {
            Description = "Words the quote is about (Lucene syntax; every word must match unless joined by OR); leave out to list all quotes matching the filters.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var json = CommonOptions.Json();
        var options = new SearchOptions();
        var command = new Command("quotes", "Find direct quotes by topic, speaker, theme or date.") { topic, json };
        foreach (var option in options.All)
        {
            command.Options.Add(option);
        }

        command.SetAction((parse, _) => SearchRunner.RunAsync(context, parse, options, parse.GetValue(topic) ?? "", Unit.Quote, parse.GetValue(json)));
        return command;
    }
}
