using System.Text.RegularExpressions;
using TextMiner.Core.Records;

namespace TextMiner.Extraction.Figures;

/// <summary>
/// The one kind a table's caption, question or introduction gives all its cells when its column headers are grades,
/// dates or units rather than kinds: "The table below shows the number of probation officers (FTE) in post by region",
/// "How many probation staff were employed in each region?", "Table 3: Probation Service headcount by grade".
/// </summary>
internal static partial class TableCaption
{
    private const int MaxWords = 80;

    /// <summary>A paragraph this short and not a sentence is a heading or caption; any other must point at a table to introduce it.</summary>
    private const int MaxHeadingWords = 20;

    [GeneratedRegex(@"\b(?:tables?|below|following|set\s+out|as\s+follows|breakdown|broken\s+down|how\s+many|by\s+(?:region|grade|area|division|band|role|probation\s+delivery\s+unit|PDU))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TableCue();

    /// <summary>Words that make a caption about something other than a staffing level: pay, flows of people, sickness days.</summary>
    [GeneratedRegex(@"£|\b(?:pay|paid|salar(?:y|ies)|costs?|spend(?:ing)?|budgets?|sick|sickness|absence|days?|leav(?:ers?|ing)|left|join(?:ers?|ed|ing)|starters?|recruit(?:s|ed|ment)?|train(?:ees?|ing|ed)|intakes?|appointed|resign(?:ed|ations?)|dismiss(?:ed|als?)|assaults?|disciplinary|grievances?|suspen(?:ded|sions?)|turnover|attrition|percentage|proportion|share|rate)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OtherMeasure();

    [GeneratedRegex(@"\b(?:probation\s+(?:services?\s+)?officers?|senior\s+probation\s+officers?|PSOs?|POs|SPOs|staff|staffing|practitioners?|employees|workforce|personnel|case\s?managers?|offender\s+managers?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StaffNoun();

    [GeneratedRegex(@"\b(?:number|numbers|how\s+many|table|FTE|full[\s-]time\s+equivalent|headcount|employed|working|staffing\s+levels?|by\s+(?:region|grade|area|division|band|role|probation\s+delivery\s+unit|PDU))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CountCue();

    [GeneratedRegex(@"%|\bper\s*cent|\bpercentage|\brates?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Percentage();

    /// <summary>The kind every cell of a table introduced by <paramref name="text"/> has, or null.</summary>
    public static string? KindOf(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        if (words > MaxWords || ((words > MaxHeadingWords || text.TrimEnd().EndsWith('.')) && !TableCue().IsMatch(text)))
        {
            return null;
        }

        if (FigureTable.KindOf(text) is { } named)
        {
            // Rates are figures only as percentages: "average sickness days lost" is not one.
            return named is FigureKinds.VacancyRate or FigureKinds.SicknessAbsence or FigureKinds.Workload && !Percentage().IsMatch(text) ? null : named;
        }

        return StaffNoun().IsMatch(text) && CountCue().IsMatch(text) && !OtherMeasure().IsMatch(text) ? FigureKinds.StaffInPost : null;
    }
}
