using System.CommandLine;

namespace TextMiner.Cli;

/// <summary>Options shared by several verbs.</summary>
public static class CommonOptions
{
    public static Option<string?> Data { get; } = new("--data")
    {
        Description = "The data directory (default: $TEXTMINER_DATA, else ./data).",
        HelpName = "DIR",
        Recursive = true,
    };

    public const string MinConfidenceRange = "--min-confidence takes a number from 0 to 1";

    /// <summary>`--min-confidence N`: drop extracted records below this confidence (0..1; 0, the default, keeps all).</summary>
    public static Option<double> MinConfidence(string description)
    {
        var option = new Option<double>("--min-confidence") { Description = description, HelpName = "0..1", DefaultValueFactory = _ => 0 };
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<double>() is < 0 or > 1)
            {
                result.AddError(MinConfidenceRange);
            }
        });
        return option;
    }

    public static Option<bool> Json() => new("--json") { Description = "Print JSON instead of a table." };

    public static Option<string> Format(string defaultValue, params string[] allowed) =>
        Choice("--format", $"Output format: {string.Join(", ", allowed)}.", defaultValue, allowed);

    /// <summary>
    /// An option taking one of a few lower-case words (shown as <c>&lt;a|b|c&gt;</c> in the help); any other value is a
    /// usage error that lists the valid ones. Upper-case input is accepted and read lower-case.
    /// </summary>
    public static Option<string> Choice(string name, string description, string? defaultValue, params string[] allowed)
    {
        var option = new Option<string>(name)
        {
            Description = description,
            HelpName = string.Join('|', allowed),
            CustomParser = result => result.Tokens.Count == 0 ? defaultValue : result.Tokens[0].Value.Trim().ToLowerInvariant(),
        };
        if (defaultValue is not null)
        {
            option.DefaultValueFactory = _ => defaultValue;
        }

        option.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<string>();
            if (value is not null && !allowed.Contains(value, StringComparer.Ordinal))
            {
                result.AddError(UnknownValue(name, result.Tokens.Count > 0 ? result.Tokens[0].Value : value, allowed));
            }
        });
        return option;
    }

    /// <summary>The one line for a value that is not among the valid ones: names the option and lists them.</summary>
    public static string UnknownValue(string option, string value, IEnumerable<string> valid) =>
        $"unknown value '{value}' for {option}: use one of {string.Join(", ", valid)}";

    public static Argument<string[]> Paths(string description) => new("PATH")
    {
        Description = description,
        Arity = ArgumentArity.OneOrMore,
    };
}
