namespace TextMiner.Pipeline.Research.Export;

/// <summary>
/// The OWASP CSV-injection rule (also OWASP ASVS 1.2.10): a text cell that starts with = + - @, a tab, a carriage
/// return or a NUL would be run as a formula by Excel, LibreOffice or Google Sheets, so it gets a leading apostrophe,
/// which spreadsheets read as "this is text". Numbers, dates and timestamps are never touched.
/// </summary>
public static class CsvInjection
{
    public const char Guard = '\'';

    public static string Neutralise(string field) =>
        field.Length > 0 && field[0] is '=' or '+' or '-' or '@' or '\t' or '\r' or '\0' ? Guard + field : field;
}
