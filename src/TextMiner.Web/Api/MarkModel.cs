namespace TextMiner.Web.Api;

/// <summary>
/// A finding's evidence in a paragraph: <paramref name="Kind"/> is rating, figure or quote; <paramref name="Number"/>
/// its position in the document's list of that kind; offsets are characters in the paragraph.
/// </summary>
internal sealed record MarkModel(string Kind, int Number, int Start, int End, string Label);
