namespace TextMiner.Extraction.Quotes;

/// <summary>Who said a quote (null when nobody could be found), the catalogue rule that decided it and how sure it is.</summary>
internal sealed record Attribution(Speaker? Speaker, string Rule, double Confidence);
