using TextMiner.Search;
using TextMiner.Web.Api;

namespace TextMiner.Web.Services;

/// <summary>Turns the index's facets into the API's, adding organisation counts derived from the speakers.</summary>
internal static class FacetsMapping
{
    public static FacetsModel From(SearchFacets facets, IReadOnlyDictionary<string, string>? organisationOfSpeaker = null)
    {
        var organisations = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        if (organisationOfSpeaker is not null)
        {
            foreach (var (speaker, count) in facets.Speaker)
            {
                if (organisationOfSpeaker.TryGetValue(speaker, out var organisation))
                {
                    organisations[organisation] = organisations.GetValueOrDefault(organisation) + count;
                }
            }
        }

        return new FacetsModel(
            facets.Theme,
            facets.Speaker,
            facets.Source,
            facets.Year,
            facets.Rating,
            organisations.OrderByDescending(o => o.Value).ThenBy(o => o.Key, StringComparer.Ordinal).ToDictionary(o => o.Key, o => o.Value));
    }

    public static FacetsModel Empty { get; } = From(SearchFacets.Empty);
}
