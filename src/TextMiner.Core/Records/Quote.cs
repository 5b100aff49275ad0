namespace TextMiner.Core.Records;

/// <summary>
/// A direct quotation. <paramref name="Text"/> is the words inside the marks; <paramref name="Speaker"/> is "First Last",
/// or a role in lower case where only a role is given. <paramref name="Paragraph"/> is where the quote opens; the offsets
/// are in that paragraph.
/// </summary>
public sealed record Quote(
    string? Speaker,
    string? Role,
    string? Organisation,
    string Text,
    int Paragraph,
    int Start,
    int End,
    IReadOnlyList<ThemeScore> Themes)
{
    public Quote WithThemes(IReadOnlyList<ThemeScore> themes) => this with { Themes = themes };
}
