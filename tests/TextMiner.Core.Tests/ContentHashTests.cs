using System.Text;

namespace TextMiner.Core.Tests;

public sealed class ContentHashTests
{
    // FIPS 180-2 test vectors.
    [TestCase("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")]
    [TestCase("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")]
    public void Sha256Hex_KnownVectors_LowerCaseHex(string text, string expected) =>
        Assert.That(ContentHash.Sha256Hex(Encoding.ASCII.GetBytes(text)), Is.EqualTo(expected));
}
