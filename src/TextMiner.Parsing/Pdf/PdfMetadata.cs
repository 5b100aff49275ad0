using System.Globalization;
using System.Text.RegularExpressions;
using TextMiner.Core;
using TextMiner.Core.Records;
using TextMiner.Parsing.Html;
using TextMiner.Parsing.Text;

namespace TextMiner.Parsing.Pdf;

/// <summary>Title, date and kind signal for a PDF from its metadata and its first pages.</summary>
internal static partial class PdfMetadata
{
    private const int MaxTitleLines = 4;

    private const int MaxTitleWords = 16;

    private const double TitleSizeRatio = 1.15;

    [GeneratedRegex(@"^(?:untitled|document\d*|title|slide \d+|microsoft word.*|powerpoint presentation|\d+)$|\.(?:docx?|pdf|indd|pptx?)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex JunkTitle();

    [GeneratedRegex(@"\b(?:an? )?(?:inspection of|inspection report|inspection by hm inspectorate|inspected by|inspection of (?:probation|youth offending)|overall rating)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex InspectionCover();

    [GeneratedRegex(@"^D:(?<y>\d{4})(?<m>\d{2})?(?<d>\d{2})?", RegexOptions.CultureInvariant)]
    private static partial Regex PdfDate();

    /// <summary>
    /// The metadata title when it is a real one; else the first page's largest text when it stands out from the body
    /// (a short run of up to <see cref="MaxTitleLines"/> lines); else a short opening paragraph that reads like a title.
    /// Body-size lines are never taken: a long first line is the start of the text, not its title.
    /// </summary>
    public static string? Title(string? metadataTitle, IReadOnlyList<PdfTextLine> firstPageLines, double bodySize, IReadOnlyList<Paragraph> paragraphs)
    {
        var clean = TitleCleaner.Clean(metadataTitle);
        if (clean.Length >= 4 && !JunkTitle().IsMatch(clean))
        {
            return clean;
        }

        var candidates = firstPageLines.Where(l => l.Text.Any(char.IsLetter) && !l.IsTableRow).ToList();
        if (candidates.Count > 0)
        {
            var largest = candidates.Max(l => l.FontSize);
            var titleLines = candidates.SkipWhile(l => l.FontSize < largest - 0.5).TakeWhile(l => l.FontSize >= largest - 0.5).Take(MaxTitleLines + 1).ToList();
            var title = TextNormalizer.Normalize(string.Join(' ', titleLines.Select(l => l.Text)));
            if (largest >= bodySize * TitleSizeRatio && titleLines.Count <= MaxTitleLines && title.Length > 0)
            {
                return title;
            }
        }

        var opening = paragraphs.Count > 0 ? paragraphs[0].Text : "";
        return opening.Length > 0 && opening.Split(' ').Length <= MaxTitleWords && !opening.EndsWith('.') && opening.Any(char.IsLetter) ? opening : null;
    }

    /// <summary>The paragraphs without those at the start that only repeat the title (the cover's title lines).</summary>
    public static IReadOnlyList<Paragraph> WithoutTitle(IReadOnlyList<Paragraph> paragraphs, string? title)
    {
        if (title is null || paragraphs.Count < 2 || !SameText(paragraphs[0].Text, title))
        {
            return paragraphs;
        }

        return [.. paragraphs.Skip(1).Select((p, i) => p with { Index = i })];
    }

    private static bool SameText(string a, string b) =>
        string.Equals(Squash(a), Squash(b), StringComparison.OrdinalIgnoreCase);

    private static string Squash(string text) => new([.. text.Where(char.IsLetterOrDigit)]);

    public static DateOnly? Published(IReadOnlyList<PdfTextLine> openingLines, string? creationDate, out bool monthOnly)
    {
        monthOnly = false;
        var text = string.Join('\n', openingLines.Select(l => l.Text));
        if (HtmlMetadata.LabelledDate(text) is { } labelled)
        {
            return labelled;
        }

        var coverLines = openingLines.Where(l => l.Page == openingLines[0].Page).Select(l => l.Text).ToList();
        foreach (var line in coverLines)
        {
            if (DateFinder.FindDate(line) is { } date)
            {
                return date;
            }
        }

        foreach (var line in coverLines)
        {
            if (DateFinder.FindMonthYear(line) is { } month)
            {
                monthOnly = true;
                return month;
            }
        }

        var match = PdfDate().Match(creationDate ?? "");
        if (match.Success)
        {
            var year = int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture);
            var m = match.Groups["m"].Success ? int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture) : 1;
            var d = match.Groups["d"].Success ? int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture) : 1;
            if (year is > 1990 and < 2100 && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(year, m))
            {
                return new DateOnly(year, m, d);
            }
        }

        return null;
    }

    public static string? KindSignal(IReadOnlyList<PdfTextLine> openingLines) =>
        openingLines.Any(l => InspectionCover().IsMatch(l.Text)) ? DocumentKinds.InspectionReport : null;
}
