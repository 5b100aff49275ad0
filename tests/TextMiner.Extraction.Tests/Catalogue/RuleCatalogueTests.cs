using TextMiner.Core.Records;
using TextMiner.Extraction.Catalogue;

namespace TextMiner.Extraction.Tests.Catalogue;

/// <summary>Walks the whole catalogue: every rule fires on each of its examples and on none of its non-examples.</summary>
public sealed class RuleCatalogueTests
{
    private static readonly FindingsExtractor Extractor = new();

    private static IEnumerable<TestCaseData> Examples() =>
        RuleCatalogue.All.SelectMany(rule => rule.Examples.Select(text => new TestCaseData(rule.Id, text).SetName($"{rule.Id} fires on: {Short(text)}")));

    private static IEnumerable<TestCaseData> NonExamples() =>
        RuleCatalogue.All.SelectMany(rule => rule.NonExamples.Select(text => new TestCaseData(rule.Id, text).SetName($"{rule.Id} stays quiet on: {Short(text)}")));

    [Test]
    public void Catalogue_Ids_AreUniqueAndTyped()
    {
        Assert.That(RuleCatalogue.All.Select(r => r.Id), Is.Unique);
        Assert.That(RuleCatalogue.All.Select(r => r.RecordType), Is.All.AnyOf("ratings", "figures", "quotes"));
        Assert.That(RuleCatalogue.All.Select(r => r.Confidence), Is.All.InRange(0.0, 1.0));
    }

    [TestCaseSource(nameof(Examples))]
    public void Rule_Example_Fires(string ruleId, string text) =>
        Assert.That(RulesFired(text), Does.Contain(ruleId), text);

    [TestCaseSource(nameof(NonExamples))]
    public void Rule_NonExample_StaysQuiet(string ruleId, string text) =>
        Assert.That(RulesFired(text), Does.Not.Contain(ruleId), text);

    private static IEnumerable<string> RulesFired(string text)
    {
        var findings = Extractor.Extract(TestDocuments.FromText("Example\n\n" + text));
        return findings.Ratings.Select(r => r.Rule).Concat(findings.Figures.Select(f => f.Rule)).Concat(findings.Quotes.Select(q => q.Rule));
    }

    private static string Short(string text) => text.Length <= 60 ? text : text[..60] + "…";
}
