using System.Text.RegularExpressions;
using TextMiner.Classification.Features;
using TextMiner.Core.Records;
using TextMiner.Core.Stages;

namespace TextMiner.Evaluation.Classification;

/// <summary>The baseline the model must beat: a theme is assigned (score 1) when any of its keywords occurs.</summary>
public sealed class KeywordBaseline : IThemeClassifier
{
    private readonly IReadOnlyList<(string Label, Regex Pattern)> _patterns = [.. Themes.All.Select(label =>
        (label, new Regex(ToPattern(KeywordLists.ByTheme[label]),
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled, TimeSpan.FromSeconds(1))))];

    public IReadOnlyList<IReadOnlyList<ThemeScore>> Classify(IReadOnlyList<string> texts) =>
    [
        .. texts.Select(text => (IReadOnlyList<ThemeScore>)
        [
            .. _patterns.Where(p => p.Pattern.IsMatch(text ?? "")).Select(p => new ThemeScore(p.Label, 1.0)),
        ]),
    ];

    private static string ToPattern(IReadOnlyList<string> keywords) => string.Join('|', keywords.Select(k =>
        k.EndsWith('*')
            ? @"\b" + Regex.Escape(k[..^1]).Replace(@"\ ", @"\s+", StringComparison.Ordinal)
            : @"\b" + Regex.Escape(k).Replace(@"\ ", @"\s+", StringComparison.Ordinal) + @"\b"));
}
