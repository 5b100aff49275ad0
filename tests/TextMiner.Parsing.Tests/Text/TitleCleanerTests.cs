using TextMiner.Parsing.Text;

namespace TextMiner.Parsing.Tests.Text;

public sealed class TitleCleanerTests
{
    [TestCase("Union concerns after London NPS | Napo", "Union concerns after London NPS")]
    [TestCase("London NPS – HM Inspectorate of Probation", "London NPS")]
    [TestCase("Report on Kent - HM Inspectorate of Probation", "Report on Kent")]
    [TestCase("Workloads – Probation services in Wales", "Workloads – Probation services in Wales")]
    [TestCase("Napo Chair speaks – Napo Magazine", "Napo Chair speaks")]
    [TestCase("Microsoft Word - London NPS report.docx", "London NPS report")]
    [TestCase("Probation: a review | Justice Inspectorates", "Probation: a review")]
    [TestCase("  Caseloads  and workloads ", "Caseloads and workloads")]
    [TestCase("Transforming Rehabilitation - a progress report", "Transforming Rehabilitation - a progress report")]
    public void Clean_Title_SuffixStripped(string title, string expected) =>
        Assert.That(TitleCleaner.Clean(title), Is.EqualTo(expected));
}
