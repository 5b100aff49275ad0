using TextMiner.Web.Charts;

namespace TextMiner.Web.Tests.Rendering;

internal sealed class AxisTests
{
    [TestCase(0, 1, 1)]
    [TestCase(3, 3, 1)]
    [TestCase(7, 8, 2)]
    [TestCase(615, 800, 200)]
    [TestCase(106000, 125000, 25000)]
    [TestCase(22.5, 25, 5)]
    public void For_Largest_RoundsUpToTicks(double largest, double max, double step)
    {
        Assert.That(Axis.For(largest), Is.EqualTo(new Axis(max, step)));
    }
}
