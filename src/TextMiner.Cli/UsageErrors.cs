using System.CommandLine;
using System.CommandLine.Parsing;

namespace TextMiner.Cli;

/// <summary>
/// How a command line that cannot be parsed is answered: one line naming the problem, one line saying where help is,
/// exit code 2. (System.CommandLine's default prints the whole help and exits 1.)
/// </summary>
public static partial class UsageErrors
{
    public const string TryHelp = "Try '{0} --help'";

    /// <summary>The verb whose first stdout line always says what happened, even when it could not start.</summary>
    public const string Nightly = "nightly";

    public static int Report(ParseResult parse, CliContext context)
    {
        var message = Describe(parse.Errors[0], parse);
        if (parse.CommandResult.Command.Name == Nightly)
        {
            context.Output.WriteLine(string.Format(System.Globalization.CultureInfo.InvariantCulture, NightlyMessages.BadSettings, message));
        }

        var error = context.Error;
        error.WriteLine($"error: {message}");
        error.WriteLine(string.Format(System.Globalization.CultureInfo.InvariantCulture, TryHelp, CommandPath(parse.CommandResult)));
        return ExitCodes.CannotRun;
    }

    /// <summary>The parser's message on one line, prefixed by the option it is about when it does not already say.</summary>
    private static string Describe(ParseError error, ParseResult parse)
    {
        var lines = error.Message.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var message = lines.Length == 0 ? "the command line cannot be parsed" : lines[0] + (lines.Length > 1 ? " " + string.Join(", ", lines[1..]) : string.Empty);
        if (parse.CommandResult.Command is RootCommand && parse.UnmatchedTokens.Count > 0)
        {
            return $"unknown verb '{parse.UnmatchedTokens[0]}'";
        }

        var typed = WrongType().Match(message);
        if (typed.Success)
        {
            var kind = typed.Groups["type"].Value.Contains("Int", StringComparison.Ordinal) ? "a whole number" : "a number";
            return $"{typed.Groups["option"].Value} takes {kind}, not '{typed.Groups["value"].Value}'";
        }

        var option = error.SymbolResult switch
        {
            OptionResult o => o.Option.Name,
            ArgumentResult { Parent: OptionResult o } => o.Option.Name,
            _ => null,
        };
        return option is null || message.Contains(option, StringComparison.Ordinal) ? message : $"{option}: {message}";
    }

    /// <summary>The parser's message for a value of the wrong type, which would show a .NET type name.</summary>
    [System.Text.RegularExpressions.GeneratedRegex("^Cannot parse argument '(?<value>.*)' for option '(?<option>[^']+)' as expected type '(?<type>[^']+)'")]
    private static partial System.Text.RegularExpressions.Regex WrongType();

    /// <summary>"textminer search" for the verb that was being parsed, "textminer" for the root.</summary>
    private static string CommandPath(CommandResult result)
    {
        var names = new List<string>();
        for (SymbolResult? current = result; current is not null; current = current.Parent)
        {
            if (current is CommandResult command)
            {
                names.Add(command.Command is RootCommand ? "textminer" : command.Command.Name);
            }
        }

        names.Reverse();
        return string.Join(' ', names);
    }
}
