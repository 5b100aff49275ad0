using TextMiner.Core.Records;
using TextMiner.Web.Api;
using TextMiner.Web.Html;
using TextMiner.Web.Services;

namespace TextMiner.Web.Tests.Rendering;

internal sealed class EvidenceMarkupTests
{
    [Test]
    public void Render_OverlappingFindings_EachSegmentKeepsEveryClass()
    {
        const string text = "He said: “we have 150 vacancies now” today.";
        MarkModel[] marks = [new("quote", 0, 10, 35, "Quote: A"), new("figure", 0, 18, 31, "Figure: vacancies 150")];

        var html = EvidenceMarkup.Render(text, marks);

        Assert.That(html, Is.EqualTo(
            "He said: “<mark class=\"ev ev-quote\" title=\"Quote: A\">we have </mark>"
            + "<mark class=\"ev ev-quote ev-figure\" title=\"Quote: A; Figure: vacancies 150\">150 vacancies</mark>"
            + "<mark class=\"ev ev-quote\" title=\"Quote: A\"> now</mark>” today."));
    }

    [Test]
    public void Render_MarkupInText_IsEncoded()
    {
        Assert.That(EvidenceMarkup.Render("<b>x</b>", [new MarkModel("rating", 0, 3, 4, "<i>")]),
            Is.EqualTo("&lt;b&gt;<mark class=\"ev ev-rating\" title=\"&lt;i&gt;\">x</mark>&lt;/b&gt;"));
    }

    [TestCase(5, 9, "abc", 5, 9)]
    [TestCase(0, 0, "rated Good", 10, 20)]
    [TestCase(4, 4, "missing", null, null)]
    [TestCase(50, 60, "rated Good", 10, 20)]
    public void Locate_StoredOffsetsOrEvidence_FindsTheSpan(int start, int end, string evidence, int? expectedStart, int? expectedEnd)
    {
        var span = EvidenceSpans.Locate("The unit, rated Good, was praised.", new Evidence(0, start, end), evidence);

        Assert.That(span, Is.EqualTo(expectedStart is null ? null : (expectedStart.Value, expectedEnd!.Value)));
    }
}
