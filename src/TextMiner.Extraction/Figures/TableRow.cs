using System.Globalization;
using System.Text.RegularExpressions;

namespace TextMiner.Extraction.Figures;

/// <summary>
/// One table row that has a paragraph to itself: a label of words (which may hold a grade number, "Band 4 Probation
/// Officer", and may be bulleted or end in a colon) or a date ("2021", "As at 31 March 2021"), then number cells to the end ("412 398", "1,679 –", "12.5%"). A cell that is a dash, "..", "*" or "[c]"
/// keeps its column but holds no figure.
/// </summary>
internal sealed partial record TableRow(string Label, IReadOnlyList<TableRow.Cell> Cells)
{
    private const int MaxLabelWords = 10;
    private const int MaxCells = 8;

    public sealed record Cell(string Text, int Start, double? Value, bool IsPercent);

    /// <summary>Row labels of other services: prison staff counts are not probation figures.</summary>
    [GeneratedRegex(@"\b(?:prisons?|YCS|youth\s+custody|young\s+offender\s+institutions?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OtherService();

    /// <summary>Whether a row labelled <paramref name="label"/> counts prison rather than probation staff.</summary>
    public static bool IsOtherService(string label) => OtherService().IsMatch(label);

    [GeneratedRegex(@"^(?:[-•*]\s*)?(?<label>[^\d\s•*-][^.!?;:|]{0,90}?(?<=[\p{L})\]])|(?:(?:as\s+)?at\s+|year\s+(?:to|ending)\s+|end\s+of\s+)?" + DatePattern + @"):?(?:\s+(?<cell>(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?%?|[-–—*]|\.\.|\[[a-z]\]|n/?a)){1,8}\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Shape();

    /// <summary>A label's last word that a following small number belongs to: "Band 4", "Pay grade 3".</summary>
    [GeneratedRegex(@"\b(?:band|grade|group|tier|level|region|area|division|phase|table|figure)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NumberedWord();

    public const string DatePattern = @"\b(?:(?:\d{1,2}\s+)?(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)[\s-]+(?:19|20)?\d\d|Q[1-4]\s+(?:19|20)\d\d|(?:19|20)\d\d(?:\s*[/-]\s*(?:19|20)?\d\d)?)\b";

    /// <summary>A column header of dates: "31 March 2022", "March 2023", "2021/22", "2022-23", "Q1 2024", "2021".</summary>
    [GeneratedRegex(DatePattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DateColumn();

    [GeneratedRegex(@"\d", RegexOptions.CultureInvariant)]
    private static partial Regex Digit();

    /// <summary>A number in a label that is not a grade's or a region's own ("Band 4", "Area 2", "Tier 3").</summary>
    [GeneratedRegex(@"(?<!\b(?:band|grade|group|tier|level|region|area|division|phase|table|figure|unit|team|no\.?)\s+)(?<![\w.,])\d[\d,.]*(?![\w])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LooseNumber();

    public static TableRow? Read(string text)
    {
        var match = Shape().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var label = match.Groups["label"].Value.Trim();
        if (LooseNumber().IsMatch(DateColumn().Replace(label, " ")))
        {
            // "Eastmarch 322 Greater Halton 401 North Fell": rows joined into one paragraph, not one row's label.
            return null;
        }

        var cells = match.Groups["cell"].Captures.Select(ToCell).ToList();
        if (NumberedWord().IsMatch(label) && cells.Count > 1 && cells[0].Value is { } grade && grade < 100 && !cells[0].IsPercent)
        {
            label = $"{label} {cells[0].Text}";
            cells.RemoveAt(0);
        }

        return label.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxLabelWords && cells.Count <= MaxCells ? new TableRow(label, cells) : null;
    }

    /// <summary>How many date columns a header paragraph names ("Region 31 March 2022 31 March 2023" is 2), or 0.</summary>
    public static int DateColumns(string text)
    {
        if (text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 24)
        {
            return 0;
        }

        var dates = DateColumn().Matches(text);
        return dates.Count > 0 && !Digit().IsMatch(DateColumn().Replace(text, " ")) ? dates.Count : 0;
    }

    private static Cell ToCell(Capture capture)
    {
        var text = capture.Value;
        var isPercent = text.EndsWith('%');
        var number = text.TrimEnd('%').Replace(",", string.Empty, StringComparison.Ordinal);
        double? value = double.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var parsed) ? parsed : null;
        return new Cell(text.TrimEnd('%'), capture.Index, value, isPercent);
    }
}
