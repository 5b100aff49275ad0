namespace TextMiner.Classification.Contract;

/// <summary>The errors of the classify contract, as named constants the CLI prints and tests assert.</summary>
public static class ClassifyErrors
{
    public const string MalformedLineCode = "classify.malformed-line";

    /// <summary>{0}: the 1-based line number; {1}: what is wrong with it.</summary>
    public const string MalformedLineFormat = "line {0}: {1}; expected {{\"id\":\"...\",\"text\":\"...\"}}";

    public const string NotJson = "not valid JSON";
    public const string NotObject = "not a JSON object";
    public const string MissingId = "\"id\" is missing or not a string or number";
    public const string MissingText = "\"text\" is missing or not a string";

    public static string MalformedLine(int lineNumber, string problem) =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, MalformedLineFormat, lineNumber, problem);
}
