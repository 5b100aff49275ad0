using System.Globalization;

namespace TextMiner.Search;

/// <summary>The one-line messages that go with <see cref="SearchErrorCodes"/>.</summary>
internal static class SearchErrorMessages
{
    public const string UnbalancedQuotes = "The query has an opening quote (\") without a closing one.";
    public const string UnbalancedBrackets = "The query's brackets do not match: {0}.";
    public const string LeadingWildcard = "'{0}' starts with a wildcard; put at least one letter before * or ?.";
    public const string QueryTooLong = "The query is {0:N0} characters long; the limit is {1:N0}.";
    public const string UnknownField = "There is no field '{0}'; known fields: {1}.";
    public const string MalformedDate = "'{0}' is not a date; use YYYY-MM-DD, YYYY-MM or YYYY.";
    public const string InvalidSyntax = "The query cannot be read: {0}.";
    public const string TooManyTerms = "The query expands to too many terms; make wildcards more specific.";
    public const string MalformedRegex = "The regular expression /{0}/ cannot be read: {1}.";
    public const string RegexTooComplex = "'{0}' is too complex to search: {1}; make the pattern simpler or more specific.";
    public const string RegexTooLong = "a regular expression may be at most {0} characters long";
    public const string AutomatonTooLarge = "its automaton would pass {0:N0} states";
    public const string InvalidPaging = "Limit must be 1 to {0} and offset 0 to {1}.";
    public const string IndexLocked = "The index at {0} is in use by another process (write lock held); try again when it finishes.";
    public const string IndexCorrupt = "The index at {0} cannot be read ({1}); rebuild it with `textminer reindex`.";
    public const string IndexOutdated = "The index at {0} was written in an older layout (format {1}, this version reads {2}); rebuild it with `textminer reindex`.";
    public const string IndexReadOnly = "The index was opened read-only; open it with SearchIndex.Open to change it.";

    public static string Format(string message, params object[] args) => string.Format(CultureInfo.InvariantCulture, message, args);
}
