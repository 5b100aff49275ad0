using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.XPath;
using TextMiner.Core.Records;

namespace TextMiner.Fetching.Sources;

/// <summary>Checks a deserialized definition field by field; the first error throws, naming the file and the field.</summary>
internal static partial class SourceValidator
{
    public static bool IsValidName(string name) => NamePattern().IsMatch(name);

    public static void Validate(SourceDefinition d, string file, string? expectedName)
    {
        void Fail(string field, string code, string detail) => throw new SourceDefinitionException(file, field, code, detail);

        if (string.IsNullOrWhiteSpace(d.Name))
        {
            Fail("$.name", SourceDefinitionErrors.Required, "a source needs a name");
        }

        if (!IsValidName(d.Name))
        {
            Fail("$.name", SourceDefinitionErrors.InvalidName, $"'{d.Name}' must be lower-case letters, digits and '-'");
        }

        if (expectedName is not null && !string.Equals(d.Name, expectedName, StringComparison.Ordinal))
        {
            Fail("$.name", SourceDefinitionErrors.NameMismatch, $"'{d.Name}' is in a file named '{expectedName}'");
        }

        if (d.Origin is null || !d.Origin.IsAbsoluteUri || (d.Origin.Scheme != Uri.UriSchemeHttp && d.Origin.Scheme != Uri.UriSchemeHttps)
            || d.Origin.AbsolutePath != "/" || d.Origin.Query.Length > 0)
        {
            Fail("$.origin", SourceDefinitionErrors.InvalidUrl, "the origin must be an absolute http(s) URL with no path, like https://www.napo.org.uk");
        }

        if (d.Discovery is null)
        {
            Fail("$.discovery", SourceDefinitionErrors.Required, "say how documents are found");
        }

        var discovery = d.Discovery!;
        if ((discovery.Sitemaps?.Count ?? 0) == 0 && !discovery.RobotsSitemaps && (discovery.Feeds?.Count ?? 0) == 0
            && (discovery.Listings?.Count ?? 0) == 0)
        {
            Fail("$.discovery", SourceDefinitionErrors.NoDiscovery, "give at least one of sitemaps, robotsSitemaps, feeds, listings");
        }

        for (var i = 0; i < (discovery.Sitemaps?.Count ?? 0); i++)
        {
            CheckUrl(discovery.Sitemaps![i], $"$.discovery.sitemaps[{i}]", Fail);
        }

        if (discovery.SitemapFollow is not null)
        {
            CheckRegex(discovery.SitemapFollow, "$.discovery.sitemapFollow", Fail);
        }

        for (var i = 0; i < (discovery.Feeds?.Count ?? 0); i++)
        {
            var feed = discovery.Feeds![i];
            CheckUrl(feed.Url, $"$.discovery.feeds[{i}].url", Fail);
            CheckPagination(feed.Pagination, $"$.discovery.feeds[{i}].pagination", Fail);
            CheckKind(feed.Kind, $"$.discovery.feeds[{i}].kind", Fail);
        }

        for (var i = 0; i < (discovery.Listings?.Count ?? 0); i++)
        {
            CheckListing(discovery.Listings![i], $"$.discovery.listings[{i}]", Fail);
        }

        if ((d.Documents?.Count ?? 0) == 0)
        {
            Fail("$.documents", SourceDefinitionErrors.Required, "give at least one document link rule");
        }

        CheckRules(d.Documents!, "$.documents", requireKind: true, Fail);
        CheckRules(d.Attachments ?? [], "$.attachments", requireKind: false, Fail);
        for (var i = 0; i < (d.Exclude?.Count ?? 0); i++)
        {
            CheckRegex(d.Exclude![i], $"$.exclude[{i}]", Fail);
        }

        CheckPage(d.Page, Fail);
        CheckRules(d.Page?.KindsByTitle ?? [], "$.page.kindsByTitle", requireKind: true, Fail);
    }

    private static void CheckListing(ListingDefinition listing, string at, Action<string, string, string> fail)
    {
        CheckUrl(listing.Url, at + ".url", fail);
        CheckPagination(listing.Pagination, at + ".pagination", fail);
        CheckXPath(listing.ItemXPath, at + ".itemXPath", fail);
        CheckXPath(listing.LinkXPath, at + ".linkXPath", fail);
        CheckXPath(listing.TitleXPath, at + ".titleXPath", fail);
        CheckXPath(listing.DateXPath, at + ".dateXPath", fail);
        CheckKind(listing.Kind, at + ".kind", fail);
        if (listing.ItemXPath is null && (listing.LinkXPath ?? listing.TitleXPath ?? listing.DateXPath) is not null)
        {
            fail(at + ".itemXPath", SourceDefinitionErrors.Required, "linkXPath, titleXPath and dateXPath are relative to itemXPath");
        }

        if (listing.Url.Contains("{year}", StringComparison.Ordinal) != listing.FirstYear.HasValue)
        {
            fail(at + ".firstYear", SourceDefinitionErrors.Conflict, "a url with {year} needs firstYear, and firstYear needs {year} in the url");
        }

        if (listing.FirstYear is < 1990 or > 2100)
        {
            fail(at + ".firstYear", SourceDefinitionErrors.InvalidNumber, "firstYear must be a year");
        }

        for (var i = 0; i < (listing.Facets?.Count ?? 0); i++)
        {
            var facet = listing.Facets![i];
            if (string.IsNullOrWhiteSpace(facet.ValuesXPath))
            {
                fail($"{at}.facets[{i}].valuesXPath", SourceDefinitionErrors.Required, "a facet needs valuesXPath");
            }

            CheckXPath(facet.ValuesXPath, $"{at}.facets[{i}].valuesXPath", fail);
            if (facet.Parameter is not null && !ParameterPattern().IsMatch(facet.Parameter))
            {
                fail($"{at}.facets[{i}].parameter", SourceDefinitionErrors.InvalidName, $"'{facet.Parameter}' is not a query parameter name");
            }
        }
    }

    private static void CheckPagination(PaginationDefinition? pagination, string at, Action<string, string, string> fail)
    {
        if (pagination is null)
        {
            return;
        }

        if (new[] { pagination.Parameter, pagination.PathSegment, pagination.NextXPath }.Count(v => v is not null) != 1)
        {
            fail(at, SourceDefinitionErrors.Conflict, "give exactly one of parameter, pathSegment and nextXPath");
        }

        if (pagination.PathSegment is not null && !ParameterPattern().IsMatch(pagination.PathSegment))
        {
            fail(at + ".pathSegment", SourceDefinitionErrors.InvalidName, $"'{pagination.PathSegment}' is not a path segment");
        }

        if (pagination.Parameter is not null && !ParameterPattern().IsMatch(pagination.Parameter))
        {
            fail(at + ".parameter", SourceDefinitionErrors.InvalidName, $"'{pagination.Parameter}' is not a query parameter name");
        }

        if (pagination.First is < 0 or > 1)
        {
            fail(at + ".first", SourceDefinitionErrors.InvalidNumber, "first is 0 or 1");
        }

        if (pagination.MaxPages is < 1 or > 10_000)
        {
            fail(at + ".maxPages", SourceDefinitionErrors.InvalidNumber, "maxPages is 1 to 10000");
        }

        CheckXPath(pagination.NextXPath, at + ".nextXPath", fail);
    }

    private static void CheckPage(PageRules? page, Action<string, string, string> fail)
    {
        for (var i = 0; i < (page?.TitleXPaths?.Count ?? 0); i++)
        {
            CheckXPath(page!.TitleXPaths![i], $"$.page.titleXPaths[{i}]", fail);
        }

        for (var i = 0; i < (page?.DateXPaths?.Count ?? 0); i++)
        {
            CheckXPath(page!.DateXPaths![i], $"$.page.dateXPaths[{i}]", fail);
        }

        for (var i = 0; i < (page?.DateFormats?.Count ?? 0); i++)
        {
            var format = page!.DateFormats![i];
            try
            {
                _ = new DateTime(2019, 5, 22, 0, 0, 0, DateTimeKind.Unspecified).ToString(format, CultureInfo.InvariantCulture);
            }
            catch (FormatException)
            {
                fail($"$.page.dateFormats[{i}]", SourceDefinitionErrors.InvalidDateFormat, $"'{format}' is not a .NET date format");
            }
        }
    }

    private static void CheckRules(IReadOnlyList<LinkRule> rules, string at, bool requireKind, Action<string, string, string> fail)
    {
        for (var i = 0; i < rules.Count; i++)
        {
            CheckRegex(rules[i].Pattern, $"{at}[{i}].pattern", fail);
            if (requireKind && rules[i].Kind is null)
            {
                fail($"{at}[{i}].kind", SourceDefinitionErrors.Required, "a document rule names the kind of document");
            }

            CheckKind(rules[i].Kind, $"{at}[{i}].kind", fail);
        }
    }

    private static void CheckKind(string? kind, string at, Action<string, string, string> fail)
    {
        if (kind is not null && !DocumentKinds.All.Contains(kind))
        {
            fail(at, SourceDefinitionErrors.InvalidKind, $"'{kind}' is not one of {string.Join(", ", DocumentKinds.All)}");
        }
    }

    private static void CheckUrl(string? url, string at, Action<string, string, string> fail)
    {
        if (string.IsNullOrWhiteSpace(url) || !url.StartsWith('/') || !Uri.TryCreate(new Uri("https://example.org"), url, out _))
        {
            fail(at, SourceDefinitionErrors.InvalidUrl, $"'{url}' must be a path on the origin, starting with '/'");
        }
    }

    private static void CheckRegex(string? pattern, string at, Action<string, string, string> fail)
    {
        if (string.IsNullOrEmpty(pattern))
        {
            fail(at, SourceDefinitionErrors.Required, "a pattern is required");
        }

        try
        {
            _ = new Regex(pattern!, RegexOptions.None, TimeSpan.FromSeconds(1));
        }
        catch (ArgumentException e)
        {
            fail(at, SourceDefinitionErrors.InvalidRegex, e.Message);
        }
    }

    private static void CheckXPath(string? xpath, string at, Action<string, string, string> fail)
    {
        if (xpath is null)
        {
            return;
        }

        try
        {
            _ = XPathExpression.Compile(xpath);
        }
        catch (XPathException e)
        {
            fail(at, SourceDefinitionErrors.InvalidXPath, e.Message);
        }
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex NamePattern();

    [GeneratedRegex("^[A-Za-z0-9_.-]+$")]
    private static partial Regex ParameterPattern();
}
