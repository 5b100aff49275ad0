using System.CommandLine;
using TextMiner.Parsing;
using TextMiner.Pipeline.Output;

namespace TextMiner.Cli.Commands;

internal static class ParseCommand
{
    public static Command Create(CliContext context)
    {
        var parser = new DocumentParser();
        return FileStageCommand.Create(context, "parse", "Run the Parse stage alone: one JSON object per file.", (_, _) => (raw, path) =>
        {
            var result = parser.Parse(raw);
            return () =>
            {
                if (!result.IsOk)
                {
                    context.Fail(path, result.Reason!.ToString());
                    return false;
                }

                ParseJsonWriter.Write(context.Output, path, result.Value!);
                return true;
            };
        });
    }
}
