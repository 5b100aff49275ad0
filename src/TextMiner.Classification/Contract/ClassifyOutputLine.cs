using TextMiner.Core.Records;

namespace TextMiner.Classification.Contract;

/// <summary>One answer line of <c>textminer classify</c>: <c>{"id":"...","themes":[{"label":"...","score":0.0}]}</c>.</summary>
internal sealed record ClassifyOutputLine(string Id, IReadOnlyList<ThemeScore> Themes);
