using TextMiner.Core.Records;
using TextMiner.Evaluation.Extraction;
using TextMiner.Extraction.Catalogue;

namespace TextMiner.Extraction.Tests.Evaluation;

/// <summary>The per-rule report: hits, false hits and wrong speakers for every rule, fired or not, after the totals.</summary>
public sealed class RuleReportTests
{
    private static readonly ExtractionRule[] Rules =
    [
        new("ratings.overall.rated-as", "rated as", 0.9, [], []),
        new("quotes.said.after-quote", "after", 0.95, [], []),
        new("quotes.colon-lead-in", "colon", 0.85, [], []),
    ];

    private static readonly GoldDocument Gold = new(
        "docs/a.txt",
        "A",
        [new GoldRating("Good", "overall", "X PDU")],
        [],
        [
            new GoldQuote("Our members are covering three caseloads at once", "Orla Penhallow", null, null),
            new GoldQuote("The division lost a third of its officers in two years", "Ferdinand Aske", null, null),
        ]);

    private static readonly Findings Actual = new(
        [
            new Rating("Good", "overall", null, "", new Evidence(0, 0, 0)) { Rule = "ratings.overall.rated-as" },
            new Rating("Inadequate", "overall", null, "", new Evidence(0, 0, 0)) { Rule = "ratings.overall.rated-as" },
        ],
        [],
        [
            new Quote("Orla Penhallow", null, null, "Our members are covering three caseloads at once", new Evidence(1, 0, 0), []) { Rule = "quotes.said.after-quote" },
            new Quote("Despite", null, null, "The division lost a third of its officers in two years", new Evidence(2, 0, 0), []) { Rule = "quotes.said.after-quote" },
            new Quote(null, null, null, "Nobody can carry caseloads of this size for long", new Evidence(3, 0, 0), []) { Rule = "quotes.unattributed" },
        ]);

    [Test]
    public void Evaluate_Records_CreditsHitsFalseHitsAndWrongSpeakersToTheirRules()
    {
        var rules = ExtractionEvaluator.Evaluate([(Gold, Actual)], Rules).Rules;

        Assert.That(rules, Is.EqualTo(new[]
        {
            new RuleScore("ratings.overall.rated-as", RecordTypes.Ratings, 1, 1, 0),
            new RuleScore("quotes.said.after-quote", RecordTypes.Quotes, 2, 0, 1),
            new RuleScore("quotes.colon-lead-in", RecordTypes.Quotes, 0, 0, 0),
            new RuleScore("quotes.unattributed", RecordTypes.Quotes, 0, 1, 0),
        }));
    }

    [Test]
    public void Evaluate_RecordWithoutRule_ListedUnderNoRule()
    {
        var findings = new Findings([], [new Figure("vacancies", 150, null, "", new Evidence(0, 0, 0))], []);

        var report = ExtractionEvaluator.Evaluate([(Gold, findings)], Rules);

        Assert.Multiple(() =>
        {
            Assert.That(report.Rules[^1], Is.EqualTo(new RuleScore("", RecordTypes.Figures, 0, 1, 0)));
            Assert.That(report.ToText(), Does.Contain(ExtractionReport.NoRule));
        });
    }

    [Test]
    public void Evaluate_DefaultRules_ListEveryCatalogueRule()
    {
        var report = ExtractionEvaluator.Evaluate([(Gold, new Findings([], [], []))]);

        Assert.That(report.Rules.Select(r => r.Rule), Is.EqualTo(RuleCatalogue.All.Select(r => r.Id)));
    }

    [Test]
    public void ToText_PerRuleReport_FollowsTheUnchangedTotals()
    {
        var lines = ExtractionEvaluator.Evaluate([(Gold, Actual)], Rules).ToText().Split('\n').Select(l => l.TrimEnd('\r')).ToArray();

        Assert.Multiple(() =>
        {
            Assert.That(lines[1], Is.EqualTo("type       gold  found  tp   fp   fn   precision  recall  f1"));
            Assert.That(lines[5], Does.StartWith("attribution accuracy on matched quotes: 0.500 (1/2)"));
            Assert.That(lines[6], Does.StartWith("Per rule (4; misses have no rule: ratings 0, figures 0, quotes 0)"));
            Assert.That(lines.Single(l => l.Contains("quotes.colon-lead-in", StringComparison.Ordinal)), Does.Match(@"quotes\s+0\s+0\s+0$"));
            Assert.That(lines.Single(l => l.Contains("quotes.said.after-quote", StringComparison.Ordinal)), Does.Match(@"quotes\s+2\s+0\s+1$"));
            Assert.That(Array.IndexOf(lines, "Misses (0):"), Is.GreaterThan(6));
        });
    }
}
