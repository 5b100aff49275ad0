using System.Text;

namespace TextMiner.Core.Tests;

public sealed class FormatSnifferTests
{
    [TestCase(0, true)]
    [TestCase(16, true)]
    [TestCase(1000, true)]
    [TestCase(1100, false)]
    public void LooksLikePdf_HeaderAfterJunk_OnlyWithinTheFirstKilobyte(int junk, bool expected) =>
        Assert.That(FormatSniffer.LooksLikePdf(Encoding.ASCII.GetBytes(new string('x', junk) + "%PDF-1.7\n1 0 obj")), Is.EqualTo(expected));

    [TestCase("<!DOCTYPE html><html><body>Hi</body></html>", DocumentFormat.Html)]
    [TestCase("%PDF-1.4\n", DocumentFormat.Pdf)]
    [TestCase("Plain words on a line.", DocumentFormat.Unknown)]
    public void FromBytes_Start_Format(string text, DocumentFormat expected) =>
        Assert.That(FormatSniffer.FromBytes(Encoding.UTF8.GetBytes(text)), Is.EqualTo(expected));
}
