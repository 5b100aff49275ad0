using System.CommandLine;
using System.Globalization;
using TextMiner.Search;

namespace TextMiner.Cli;

/// <summary>The filter, sort and paging options shared by `search`, `quotes` and `export`.</summary>
public sealed class SearchOptions
{
    public const string MalformedDate = "malformed date '{0}' for {1}: use YYYY-MM-DD";

    public Option<string?> Source { get; } = new("--source") { Description = "Only this source (hmip, hmip-legacy, napo, napo-magazine, local)." };

    public Option<string?> Kind { get; } = new("--kind") { Description = "Only this kind (press-release, inspection-report, news, blog, ...)." };

    public Option<string?> Theme { get; } = new("--theme") { Description = "Only units with this theme (victim-contact, staffing, workload, ...)." };

    public Option<string?> Speaker { get; } = new("--speaker") { Description = "Only quotes by this speaker (a name or part of one)." };

    public Option<string?> Organisation { get; } = new("--organisation") { Description = "Only quotes from this organisation." };

    public Option<string?> Rating { get; } = new("--rating") { Description = "Only documents given this grade (Outstanding, Good, \"Requires improvement\", Inadequate)." };

    public Option<string?> From { get; } = new("--from") { Description = "Published on or after this date (YYYY-MM-DD).", HelpName = "DATE" };

    public Option<string?> To { get; } = new("--to") { Description = "Published on or before this date (YYYY-MM-DD).", HelpName = "DATE" };

    public Option<SearchSort> Sort { get; } = new("--sort") { Description = "Order: relevance or date (newest first).", DefaultValueFactory = _ => SearchSort.Relevance };

    public Option<int> Limit { get; } = new("--limit") { Description = "Hits per page.", DefaultValueFactory = _ => 10 };

    public Option<int> Offset { get; } = new("--offset") { Description = "Hits to skip (for paging).", DefaultValueFactory = _ => 0 };

    public IEnumerable<Option> All => [Source, Kind, Theme, Speaker, Organisation, Rating, From, To, Sort, Limit, Offset];

    /// <summary>Builds the request, or returns the one-line reason the options are wrong.</summary>
    public (SearchRequest? Request, string? Error) ToRequest(ParseResult parse, string query, Unit unit)
    {
        if (!TryDate(parse.GetValue(From), "--from", out var from, out var error)
            || !TryDate(parse.GetValue(To), "--to", out var to, out error))
        {
            return (null, error);
        }

        return (new SearchRequest(
            query,
            unit,
            parse.GetValue(Source),
            parse.GetValue(Kind),
            parse.GetValue(Theme),
            parse.GetValue(Speaker),
            parse.GetValue(Organisation),
            parse.GetValue(Rating),
            from,
            to,
            parse.GetValue(Sort),
            parse.GetValue(Limit),
            parse.GetValue(Offset)), null);
    }

    private static bool TryDate(string? text, string option, out DateOnly? date, out string? error)
    {
        date = null;
        error = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            date = parsed;
            return true;
        }

        error = string.Format(CultureInfo.InvariantCulture, MalformedDate, text, option);
        return false;
    }
}
