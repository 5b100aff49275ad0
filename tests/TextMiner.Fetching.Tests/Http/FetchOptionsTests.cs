using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TextMiner.Fetching.Http;

namespace TextMiner.Fetching.Tests.Http;

[TestFixture]
public sealed class FetchOptionsTests
{
    public static IEnumerable<TestCaseData> InvalidOptions()
    {
        yield return new TestCaseData((Action<FetchOptions>)(o => o.ContactUrl = null), FetchErrors.OptionContactUrl).SetName("Validate_NoContactUrl_Fails");
        yield return new TestCaseData((Action<FetchOptions>)(o => o.UserAgentProduct = "Text Miner"), FetchErrors.OptionUserAgent).SetName("Validate_SpaceInProduct_Fails");
        yield return new TestCaseData((Action<FetchOptions>)(o => o.TotalTimeout = o.AttemptTimeout), FetchErrors.OptionTotalTimeout).SetName("Validate_TotalNotAboveAttempt_Fails");
        yield return new TestCaseData((Action<FetchOptions>)(o => o.MaxRetries = -1), FetchErrors.OptionRetries).SetName("Validate_NegativeRetries_Fails");
        yield return new TestCaseData((Action<FetchOptions>)(o => o.MinRequestInterval = TimeSpan.FromSeconds(-1)), FetchErrors.OptionInterval).SetName("Validate_NegativeInterval_Fails");
        yield return new TestCaseData((Action<FetchOptions>)(o => o.CircuitBreakerFailureRatio = 0), FetchErrors.OptionBreaker).SetName("Validate_ZeroFailureRatio_Fails");
        yield return new TestCaseData((Action<FetchOptions>)(o => o.MaxBodyBytes = 10), FetchErrors.OptionMaxBody).SetName("Validate_TinyBodyLimit_Fails");
    }

    [TestCaseSource(nameof(InvalidOptions))]
    public void Validate_InvalidOptions_FailWithNamedMessage(Action<FetchOptions> configure, string message)
    {
        var services = new ServiceCollection().AddTextMinerFetching(o =>
        {
            o.ContactUrl = new Uri("https://example.org/contact");
            configure(o);
        }).BuildServiceProvider();

        var e = Assert.Throws<OptionsValidationException>(() => _ = services.GetRequiredService<IOptions<FetchOptions>>().Value);

        Assert.That(e!.Failures, Does.Contain(message));
    }

    [Test]
    public void Defaults_ArePolite()
    {
        var options = new FetchOptions { ContactUrl = new Uri("https://example.org/contact") };

        Assert.Multiple(() =>
        {
            Assert.That(options.MinRequestInterval, Is.EqualTo(TimeSpan.FromSeconds(1)));
            Assert.That(options.ObeyRobotsTxt, Is.True);
            Assert.That(options.UserAgent, Is.EqualTo("TextMiner/1.0 (+https://example.org/contact)"));
            Assert.That(new FetchOptionsValidator().Validate(null, options).Succeeded, Is.True);
        });
    }
}
