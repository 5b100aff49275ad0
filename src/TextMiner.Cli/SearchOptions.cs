using System.CommandLine;
using System.Globalization;
using TextMiner.Core.Records;
using TextMiner.Pipeline.Crawling;
using TextMiner.Pipeline.Ingest;
using TextMiner.Search;

namespace TextMiner.Cli;

/// <summary>
/// The filter, sort and paging options shared by `search`, `quotes` and `export`. Each checks its value while the
/// command line is parsed, so a wrong one is a usage error (exit 2) naming the option and the values it takes.
/// </summary>
public sealed class SearchOptions
{
    public const string MalformedDate = "malformed date '{0}' for {1}: use YYYY-MM-DD, YYYY-MM or YYYY";

    public SearchOptions()
    {
        OneOf(Source, KnownSources());
        OneOf(Kind, DocumentKinds.All);
        OneOf(Theme, Themes.All);
        OneOf(Rating, RatingValues.All);
        IsDate(From, endOfPeriod: false);
        IsDate(To, endOfPeriod: true);
    }

    public Option<string?> Source { get; } = new("--source") { Description = "Only this source (hmip, hmip-legacy, napo, napo-magazine, local, synthetic)." };

    public Option<string?> Kind { get; } = new("--kind") { Description = $"Only this kind ({string.Join(", ", DocumentKinds.All)})." };

    public Option<string?> Theme { get; } = new("--theme") { Description = $"Only units with this theme ({string.Join(", ", Themes.All)})." };

    public Option<string?> Speaker { get; } = new("--speaker") { Description = "Only quotes by this speaker (a name or part of one)." };

    public Option<string?> Organisation { get; } = new("--organisation") { Description = "Only quotes from this organisation." };

    public Option<string?> Rating { get; } = new("--rating") { Description = "Only documents given this grade (Outstanding, Good, \"Requires improvement\", Inadequate)." };

    public Option<string?> From { get; } = new("--from") { Description = "Published on or after this date (YYYY-MM-DD, YYYY-MM or YYYY).", HelpName = "DATE" };

    public Option<string?> To { get; } = new("--to") { Description = "Published on or before this date (YYYY-MM-DD, YYYY-MM or YYYY).", HelpName = "DATE" };

    public Option<double> MinConfidence { get; } = CommonOptions.MinConfidence("Only quotes extracted with at least this confidence (0 to 1).");

    public Option<string> Sort { get; } = CommonOptions.Choice("--sort", "Order: relevance or date (newest first).", "relevance", "relevance", "date");

    public Option<int> Limit { get; } = new("--limit") { Description = "Hits per page.", DefaultValueFactory = _ => 10 };

    public Option<int> Offset { get; } = new("--offset") { Description = "Hits to skip (for paging).", DefaultValueFactory = _ => 0 };

    public IEnumerable<Option> All => [Source, Kind, Theme, Speaker, Organisation, Rating, From, To, MinConfidence, Sort, Limit, Offset];

    /// <summary>The crawled sources (one file each in pipelines/), local files and the synthetic demo documents.</summary>
    public static IReadOnlyList<string> KnownSources()
    {
        var pipelines = SourceLocator.PipelinesDirectory(null);
        var crawled = Directory.Exists(pipelines)
            ? Directory.EnumerateFiles(pipelines, "*.json").Select(Path.GetFileNameWithoutExtension).OfType<string>()
            : [];
        return [.. crawled.Order(StringComparer.Ordinal), LocalFileReader.LocalSource, LocalFileReader.SyntheticSource];
    }

    /// <summary>Builds the request from options the parser has already checked.</summary>
    public SearchRequest ToRequest(ParseResult parse, string query, Unit unit) => new(
        query,
        unit,
        parse.GetValue(Source),
        parse.GetValue(Kind),
        parse.GetValue(Theme),
        parse.GetValue(Speaker),
        parse.GetValue(Organisation),
        parse.GetValue(Rating),
        Date(parse.GetValue(From), endOfPeriod: false),
        Date(parse.GetValue(To), endOfPeriod: true),
        parse.GetValue(Sort) == "date" ? SearchSort.Date : SearchSort.Relevance,
        parse.GetValue(Limit),
        parse.GetValue(Offset),
        parse.GetValue(MinConfidence));

    /// <summary>A filter value must be one the index can hold (compared ignoring case); otherwise the error lists them.</summary>
    private static void OneOf(Option<string?> option, IReadOnlyList<string> valid) => option.Validators.Add(result =>
    {
        var value = result.GetValueOrDefault<string?>();
        if (!string.IsNullOrWhiteSpace(value) && !valid.Contains(value.Trim(), StringComparer.OrdinalIgnoreCase))
        {
            result.AddError(CommonOptions.UnknownValue(option.Name, value, valid));
        }
    });

    private static void IsDate(Option<string?> option, bool endOfPeriod) => option.Validators.Add(result =>
    {
        var value = result.GetValueOrDefault<string?>();
        try
        {
            Date(value, endOfPeriod);
        }
        catch (SearchQueryException)
        {
            result.AddError(string.Format(CultureInfo.InvariantCulture, MalformedDate, value, option.Name));
        }
    });

    /// <summary>YYYY-MM-DD, YYYY-MM or YYYY; a period's start for --from and its end for --to.</summary>
    private static DateOnly? Date(string? text, bool endOfPeriod) =>
        string.IsNullOrWhiteSpace(text) ? null : SearchDates.Parse(text, endOfPeriod);
}
