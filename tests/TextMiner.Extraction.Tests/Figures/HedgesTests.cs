using System.Text.RegularExpressions;
using TextMiner.Extraction.Figures;

namespace TextMiner.Extraction.Tests.Figures;

/// <summary>
/// The hedges before a number are found once (<see cref="Hedges"/>) instead of in every left pattern: each such pattern
/// must match exactly the texts its old form, <c>pattern{Mods}$</c>, matched.
/// </summary>
public sealed class HedgesTests
{
    private static readonly string[] HedgeRuns =
    [
        "", "some ", "nearly ", "just over ", "more than ", "No fewer than ", "in the region of ", "an estimated ", "a total of some ",
        "AN AVERAGE OF ", "c. ", "somewhere between ", "now just under ", "the ", "another ", "well over  \n", "an alarming ",
        "up  to\t", "about\n", "currently a staggering ", "x-over ", "a further ", "now an average of nearly ",
    ];

    private static IEnumerable<TestCaseData> HedgedLeftRules() =>
        FigureRules.All.Where(r => r.LeftBeforeHedges).Select(r => new TestCaseData(r.Id).SetName($"{r.Id}: left with hedges matches as {{Mods}}$ did"));

    [Test]
    public void Rules_WithHedgedLeft_AreMostPatternRules() =>
        Assert.That(FigureRules.All.Count(r => r.LeftBeforeHedges), Is.GreaterThanOrEqualTo(29));

    [TestCaseSource(nameof(HedgedLeftRules))]
    public void LeftBeforeHedges_MatchesTheSameTextsAsTheOldPattern(string ruleId)
    {
        var rule = FigureRules.All.Single(r => r.Id == ruleId);
        var before = rule.Left!;
        var old = new Regex(before.ToString().Replace(FigurePatterns.BeforeHedges, FigurePatterns.Mods + "$", StringComparison.Ordinal), before.Options);
        var lefts = Lefts().ToList();
        var matched = 0;

        foreach (var left in lefts)
        {
            var expected = old.IsMatch(left);
            Assert.That(Hedges.Match(before, left), Is.EqualTo(expected), $"{rule.Id} on «{left}»");
            matched += expected ? 1 : 0;
        }

        Assert.That(matched, Is.GreaterThan(0), $"{rule.Id}: no text before a number of the catalogue's examples matched");
    }

    [Test]
    public void Starts_ListEveryPlaceTheHedgesMayBegin()
    {
        const string Left = "The service is short of just over ";

        Assert.That(Hedges.Starts(Left).Order(), Is.EqualTo(new[] { Left.IndexOf("just", StringComparison.Ordinal), Left.IndexOf("over", StringComparison.Ordinal), Left.Length }));
    }

    [Test]
    public void Starts_ReachBackOverThreeOfTheLongestHedges()
    {
        const string Left = "Caseloads of somewhere between somewhere between somewhere between ";

        Assert.That(Hedges.Starts(Left), Does.Contain("Caseloads of ".Length));
    }

    [Test]
    public void Starts_LikeDollar_AlsoEndBeforeAFinalNewline()
    {
        const string Left = "short of (about\n";

        Assert.That(Hedges.Starts(Left).Order(), Is.EqualTo(new[] { Left.IndexOf("about", StringComparison.Ordinal), Left.Length - 1, Left.Length }));
    }

    [Test]
    public void Starts_OnTextWithoutHedges_IsOnlyTheEnd()
    {
        Assert.That(Hedges.Starts("Officers held"), Is.EqualTo(new[] { "Officers held".Length }));
    }

    /// <summary>The text before each number of every figure rule's examples and non-examples, with hedges put in its place.</summary>
    private static IEnumerable<string> Lefts()
    {
        var texts = FigureRules.All.SelectMany(r => r.Examples.Concat(r.NonExamples));
        foreach (var text in texts)
        {
            foreach (Match number in Regex.Matches(text, @"\d[\d,.]*|\b" + FigurePatterns.NumberWord + @"\b"))
            {
                var left = text[..number.Index];
                var bare = Regex.Replace(left, @"(?:about|around|some|nearly|just\s+over|more\s+than|an\s+average\s+of)\s+$", "");
                foreach (var hedges in HedgeRuns)
                {
                    yield return bare + hedges;
                }

                yield return left;
                yield return left + "\n";
            }
        }
    }
}
