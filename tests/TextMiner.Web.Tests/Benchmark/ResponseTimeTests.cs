using System.Diagnostics;
using System.Globalization;
using System.Net;
using TextMiner.Web.Tests.Fixtures;

namespace TextMiner.Web.Tests.Benchmark;

/// <summary>
/// Response time of a quote search on the bundled corpus over real HTTP (after warm-up): p50/p95 written to the test
/// output. No timing is asserted (the machine is shared); the answers are checked.
/// </summary>
[Category("Benchmark")]
internal sealed class ResponseTimeTests : DataFixture
{
    private const int Warmup = 10;
    private const int Requests = 50;

    [TestCase("/?q=victims")]
    [TestCase("/?q=staff&theme=staffing")]
    [TestCase("/api/quotes?q=workload*")]
    [TestCase("/search?q=vacancies%20OR%20caseload*")]
    public async Task QuoteSearch_FiftyRequests_ReportsP50AndP95(string path)
    {
        var uri = new Uri(path, UriKind.Relative);
        for (var i = 0; i < Warmup; i++)
        {
            using var warm = await Server.Client.GetAsync(uri);
        }

        var times = new List<double>(Requests);
        for (var i = 0; i < Requests; i++)
        {
            var watch = Stopwatch.StartNew();
            using var response = await Server.Client.GetAsync(uri);
            var body = await response.Content.ReadAsStringAsync();
            watch.Stop();
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(body, Is.Not.Empty);
            times.Add(watch.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        var line = string.Format(
            CultureInfo.InvariantCulture, "{0}: n={1} p50={2:0.0} ms p95={3:0.0} ms max={4:0.0} ms", path, Requests, times[(Requests / 2) - 1], times[(int)Math.Ceiling(Requests * 0.95) - 1], times[^1]);
        await TestContext.Out.WriteLineAsync(line);
    }
}
