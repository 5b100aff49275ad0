using TextMiner.Extraction.Text;

namespace TextMiner.Extraction.Tests.Text;

public sealed class NumberScannerTests
{
    [TestCase("1,268 staff", 1268, false)]
    [TestCase("38.5 officers", 38.5, false)]
    [TestCase("six officers", 6, false)]
    [TestCase("twenty-five posts", 25, false)]
    [TestCase("a hundred posts", 100, false)]
    [TestCase("10 per cent", 10, true)]
    [TestCase("20%", 20, true)]
    [TestCase("a fifth of posts", 20, true)]
    [TestCase("one in five officers", 20, true)]
    [TestCase("six out of 10 officers", 60, true)]
    [TestCase("two-thirds of staff", 67, true)]
    [TestCase("one in three officers", 33, true)]
    [TestCase("no vacancies", 0, false)]
    public void Scan_Number_ReadsValue(string text, double value, bool percent)
    {
        var mention = NumberScanner.Scan(text)[0];

        Assert.Multiple(() =>
        {
            Assert.That(mention.Value, Is.EqualTo(value).Within(0.01));
            Assert.That(mention.IsPercent, Is.EqualTo(percent));
        });
    }
}
