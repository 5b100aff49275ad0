using System.Text.RegularExpressions;

namespace TextMiner.Extraction.Quotes;

/// <summary>The organisation a role belongs to, where the role names or implies it.</summary>
internal static partial class Organisations
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    private static readonly (Regex Pattern, string Name)[] Known =
    [
        (new Regex(@"\bnapo\b|national\s+association\s+of\s+probation\s+officers|general\s+secretary", Options), "Napo"),
        (new Regex(@"inspector(?:ate)?\s+of\s+probation|\bHMIP\b|HMI\s+Probation|chief\s+inspector|\binspectorate\b", Options), "HM Inspectorate of Probation"),
        (new Regex(@"justice\s+secretary|secretary\s+of\s+state\s+for\s+justice|ministry\s+of\s+justice|\bMoJ\b|lord\s+chancellor|(?:prisons|probation|justice)\s+minister", Options), "Ministry of Justice"),
        (new Regex(@"\bHMPPS\b|prison\s+and\s+probation\s+service", Options), "HM Prison and Probation Service"),
        (new Regex(@"\bNPS\b|national\s+probation\s+service", Options), "National Probation Service"),
        (new Regex(@"\bunison\b", Options), "Unison"),
        (new Regex(@"\bGMB\b", Options), "GMB"),
        (new Regex(@"howard\s+league", Options), "Howard League for Penal Reform"),
    ];

    [GeneratedRegex(@"\bshadow\b", Options)]
    private static partial Regex Shadow();

    public static string? From(string? role)
    {
        if (string.IsNullOrEmpty(role))
        {
            return null;
        }

        if (Shadow().IsMatch(role))
        {
            // "Labour’s shadow justice secretary" speaks for the opposition, not the ministry.
            return null;
        }

        foreach (var (pattern, name) in Known)
        {
            if (pattern.IsMatch(role))
            {
                return name;
            }
        }

        return null;
    }
}
