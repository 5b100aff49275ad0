using BenchmarkDotNet.Attributes;
using TextMiner.Classification.Model;
using TextMiner.Classification.Training;
using TextMiner.Core.Records;
using TextMiner.Parsing;

namespace TextMiner.Microbench;

/// <summary>
/// Classify: one paragraph alone, and paragraphs in a batch of 256 (reported per paragraph). The model is read from
/// $TEXTMINER_MODELS when set (a DATA/models folder), else trained once from the embedded labels in setup.
/// </summary>
[MemoryDiagnoser]
public class ClassificationBenchmarks
{
    private const int Batch = 256;
    private ThemeClassifier _classifier = null!;
    private string[] _one = null!;
    private string[] _batch = null!;
    private string? _trained;

    [GlobalSetup]
    public void Setup()
    {
        var models = Environment.GetEnvironmentVariable("TEXTMINER_MODELS");
        if (string.IsNullOrEmpty(models))
        {
            _trained = Path.Combine(Path.GetTempPath(), "textminer-microbench-" + Guid.NewGuid().ToString("N"));
            new ThemeModelTrainer().TrainFromEmbedded(_trained);
            models = _trained;
        }

        _classifier = ThemeClassifier.Load(models);
        var paragraphs = new DocumentParser().Parse(Samples.HtmlPage()).Value!.Paragraphs.Select(p => p.Text).ToArray();
        _one = [paragraphs.MaxBy(p => p.Length)!];
        _batch = Enumerable.Range(0, Batch).Select(i => paragraphs[i % paragraphs.Length]).ToArray();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        if (_trained is not null && Directory.Exists(_trained))
        {
            Directory.Delete(_trained, recursive: true);
        }
    }

    [Benchmark]
    public IReadOnlyList<IReadOnlyList<ThemeScore>> OneParagraph() => _classifier.Classify(_one);

    [Benchmark(OperationsPerInvoke = Batch)]
    public IReadOnlyList<IReadOnlyList<ThemeScore>> ParagraphInBatch() => _classifier.Classify(_batch);
}
