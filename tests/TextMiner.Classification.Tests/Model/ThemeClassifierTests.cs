using System.Text;
using TextMiner.Core.Records;

namespace TextMiner.Classification.Tests.Model;

public sealed class ThemeClassifierTests
{
    private static readonly object[] AwkwardTexts =
    [
        new object[] { "empty", "" },
        new object[] { "whitespace", "   \n\t " },
        new object[] { "one word", "staffing" },
        new object[] { "punctuation", "“”—…!!??" },
        new object[] { "German", "Die Bewährungshelfer klagen über zu viele Fälle und zu wenig Personal." },
        new object[] { "French", "Les agents de probation sont surchargés et les postes vacants se multiplient." },
        new object[] { "Chinese", "缓刑工作人员严重不足，案件量过大。" },
        new object[] { "Welsh", "Mae'r gwasanaeth prawf yn wynebu prinder staff difrifol." },
        new object[] { "emoji and controls", "🙂\u0000\u0001 probation 🙂" },
        new object[] { "one megabyte", OneMegabyte() },
    ];

    [TestCaseSource(nameof(AwkwardTexts))]
    public void Classify_AwkwardText_ReturnsValidAnswer(string name, string text)
    {
        var result = SharedThemeModel.Classifier.Classify([text]);

        Assert.That(result, Has.Count.EqualTo(1), name);
        AssertValid(result[0]);
    }

    [Test]
    public void Classify_EmptyOrBlankText_ReturnsNoThemes()
    {
        var result = SharedThemeModel.Classifier.Classify(["", "  "]);

        Assert.That(result.Select(r => r.Count), Is.EqualTo(new[] { 0, 0 }));
    }

    [Test]
    public void Classify_OneMegabyteOfStaffingProse_FindsStaffing()
    {
        var result = SharedThemeModel.Classifier.Classify([OneMegabyte()]);

        Assert.That(result[0].Select(t => t.Label), Does.Contain("staffing"));
    }

    [Test]
    public void Classify_EmptyList_ReturnsEmptyList() =>
        Assert.That(SharedThemeModel.Classifier.Classify([]), Is.Empty);

    [Test]
    public void Classify_MixedBatch_KeepsInputOrder()
    {
        var texts = FixtureParagraphs.All.Select(p => p.Text).Prepend("").Append("").ToList();

        var batch = SharedThemeModel.Classifier.Classify(texts);
        var oneByOne = texts.Select(t => SharedThemeModel.Classifier.Classify([t])[0]).ToList();

        Assert.That(batch, Is.EqualTo(oneByOne).Using<IReadOnlyList<ThemeScore>>((a, b) => a.SequenceEqual(b)));
    }

    [Test]
    public void Classify_FromSeveralThreads_SameAnswersAsOneThread()
    {
        var texts = FixtureParagraphs.All.Select(p => p.Text).ToList();
        var expected = SharedThemeModel.Classifier.Classify(texts);

        var results = new IReadOnlyList<IReadOnlyList<ThemeScore>>[8];
        Parallel.For(0, results.Length, i => results[i] = SharedThemeModel.Classifier.Classify(texts));

        foreach (var result in results)
        {
            Assert.That(result.SelectMany(r => r), Is.EqualTo(expected.SelectMany(r => r)));
        }
    }

    [Test]
    public void Classify_HandWrittenParagraphs_MostGoldLabelsFound()
    {
        // Paragraphs written for these tests, never trained on: a weak but real check of generalisation.
        var paragraphs = FixtureParagraphs.All.Where(p => p.Labels.Count > 0).ToList();
        var predicted = SharedThemeModel.Classifier.Classify([.. paragraphs.Select(p => p.Text)]);

        var gold = paragraphs.Sum(p => p.Labels.Count);
        var found = paragraphs.Select((p, i) => p.Labels.Count(l => predicted[i].Any(t => t.Label == l))).Sum();
        Assert.That((double)found / gold, Is.GreaterThanOrEqualTo(0.7), $"{found} of {gold} gold labels found");
    }

    [Test]
    public void ClassifyDocument_OneParagraph_SameAsClassifyingIt()
    {
        var text = FixtureParagraphs.All[0].Text;

        Assert.That(SharedThemeModel.Classifier.ClassifyDocument([text, ""]),
            Is.EqualTo(SharedThemeModel.Classifier.Classify([text])[0]));
    }

    [Test]
    public void ClassifyParagraphsAndDocument_FixtureParagraphs_SameAsSeparateCalls()
    {
        var texts = FixtureParagraphs.All.Select(p => p.Text).Take(12).Append("").ToList();

        var (paragraphs, document) = SharedThemeModel.Classifier.ClassifyParagraphsAndDocument(texts);

        Assert.Multiple(() =>
        {
            Assert.That(paragraphs, Is.EqualTo(SharedThemeModel.Classifier.Classify(texts)).AsCollection);
            Assert.That(document, Is.EqualTo(SharedThemeModel.Classifier.ClassifyDocument(texts)));
            Assert.That(document, Is.Not.Empty, "twelve labelled paragraphs carry at least one theme");
        });
    }

    [Test]
    public void ClassifyDocument_NoText_NoThemes() =>
        Assert.That(SharedThemeModel.Classifier.ClassifyDocument(["", " "]), Is.Empty);

    [Test]
    public void ClassifyDocument_LongReportWithOneStrayParagraph_KeepsItsMainThemeOnly()
    {
        var staffing = FixtureParagraphs.All.Where(p => p.Labels.Contains("staffing")).Select(p => p.Text).ToList();
        var paragraphs = Enumerable.Range(0, 60).Select(i => staffing[i % staffing.Count])
            .Append("Several approved premises beds had been out of use for months while repairs were awaited.").ToList();

        var themes = SharedThemeModel.Classifier.ClassifyDocument(paragraphs).Select(t => t.Label).ToList();

        Assert.That(themes, Does.Contain("staffing"));
        Assert.That(themes, Does.Not.Contain("estates"));
    }

    internal static void AssertValid(IReadOnlyList<ThemeScore> themes)
    {
        Assert.That(themes.Select(t => t.Label), Is.Unique);
        Assert.That(themes.Select(t => t.Label), Has.All.Matches<string>(Themes.IsKnown));
        Assert.That(themes.Select(t => t.Score), Has.All.InRange(0.0, 1.0));
        Assert.That(themes.Select(t => t.Score), Is.Ordered.Descending);
    }

    private static string OneMegabyte()
    {
        var text = new StringBuilder(1_048_576 + 200);
        while (text.Length < 1_048_576)
        {
            text.Append("The division had 40 vacancies for probation officers and relied on agency staff to cover them. ");
        }

        return text.ToString();
    }
}
