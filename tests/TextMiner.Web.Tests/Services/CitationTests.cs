using TextMiner.Web.Services;

namespace TextMiner.Web.Tests.Services;

internal sealed class CitationTests
{
    private static readonly object?[][] Cases =
    [
        [
            "We have found work with victims to be good", "Glenys Stacey", "Chief Inspector of Probation", "HM Inspectorate of Probation",
            new DateOnly(2019, 5, 22), "London probation service", null, "https://example.org/a",
            "“We have found work with victims to be good” — Glenys Stacey, Chief Inspector of Probation, HM Inspectorate of Probation, 22 May 2019. London probation service. https://example.org/a",
        ],
        [
            "Staff are  exhausted\nand leaving.", null, null, "Napo", null, "Pay talks.", 7, "https://example.org/b.pdf#page=7",
            "“Staff are exhausted and leaving.” — Napo. Pay talks, p. 7. https://example.org/b.pdf#page=7",
        ],
        [
            "“Already in marks”", "one NPS manager", null, null, new DateOnly(2020, 1, 2), "Report", null, "",
            "“Already in marks” — one NPS manager, 2 January 2020. Report.",
        ],
    ];

    [TestCaseSource(nameof(Cases))]
    public void For_Parts_FormatsReadyToPasteCitation(
        string quote, string? speaker, string? role, string? organisation, DateOnly? published, string title, int? page, string location, string expected)
    {
        Assert.That(Citation.For(quote, speaker, role, organisation, published, title, page, location), Is.EqualTo(expected));
    }
}
