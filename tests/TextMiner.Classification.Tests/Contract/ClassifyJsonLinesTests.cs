using System.Text.Json;
using TextMiner.Classification.Contract;
using TextMiner.Classification.Tests.Model;
using TextMiner.Core.Records;

namespace TextMiner.Classification.Tests.Contract;

public sealed class ClassifyJsonLinesTests
{
    private const string Good1 = """{"id":"a","text":"Victims were not contacted before the offender's release."}""";
    private const string Good2 = """{"id":"b","text":"There were 45 vacancies for probation officers."}""";
    private const string Good3 = """{"id":"c","text":""}""";

    private static readonly object[] MalformedLines =
    [
        new object[] { "{\"id\":\"x\",\"text\":", ClassifyErrors.NotJson },
        new object[] { "not json at all", ClassifyErrors.NotJson },
        new object[] { "[\"id\",\"text\"]", ClassifyErrors.NotObject },
        new object[] { "{\"text\":\"no id here\"}", ClassifyErrors.MissingId },
        new object[] { "{\"id\":\"x\"}", ClassifyErrors.MissingText },
        new object[] { "{\"id\":\"x\",\"text\":42}", ClassifyErrors.MissingText },
    ];

    [Test]
    public async Task RunAsync_ValidLines_AnswersEachInOrder()
    {
        var (result, lines) = await RunAsync(string.Join('\n', Good1, Good2, Good3, """{"id":7,"text":"unpaid work"}"""));

        Assert.That(result.Succeeded, Is.True);
        Assert.That(result.Answered, Is.EqualTo(4));
        Assert.That(lines.Select(l => l.GetProperty("id").GetString()), Is.EqualTo(new[] { "a", "b", "c", "7" }));
        Assert.That(lines[0].GetProperty("themes").EnumerateArray().Select(t => t.GetProperty("label").GetString()),
            Does.Contain("victim-contact"));
        Assert.That(lines[2].GetProperty("themes").GetArrayLength(), Is.Zero);
        foreach (var line in lines)
        {
            ThemeClassifierTests.AssertValid([.. line.GetProperty("themes").EnumerateArray()
                .Select(t => new ThemeScore(t.GetProperty("label").GetString()!, t.GetProperty("score").GetDouble()))]);
        }
    }

    [TestCaseSource(nameof(MalformedLines))]
    public async Task RunAsync_MalformedLine_NamesLineNumberAndAnswersEarlierLines(string malformed, string problem)
    {
        // Batch size 2: the bad line arrives with one answered batch and one pending line before it.
        var (result, lines) = await RunAsync(string.Join('\n', Good1, Good2, "", Good3, malformed, Good1), batchSize: 2);

        Assert.That(result.Succeeded, Is.False);
        Assert.That(result.ErrorLine, Is.EqualTo(5));
        Assert.That(result.Error, Is.EqualTo(ClassifyErrors.MalformedLine(5, problem)));
        Assert.That(result.Error, Does.StartWith("line 5: "));
        Assert.That(result.Answered, Is.EqualTo(3));
        Assert.That(lines.Select(l => l.GetProperty("id").GetString()), Is.EqualTo(new[] { "a", "b", "c" }));
    }

    [Test]
    public async Task RunAsync_EmptyInput_AnswersNothing()
    {
        var (result, lines) = await RunAsync("");

        Assert.That(result, Is.EqualTo(new ClassifyJsonLinesResult(0, null, null)));
        Assert.That(lines, Is.Empty);
    }

    private static async Task<(ClassifyJsonLinesResult Result, IReadOnlyList<JsonElement> Lines)> RunAsync(
        string input, int batchSize = 32)
    {
        using var reader = new StringReader(input);
        await using var writer = new StringWriter();
        var result = await new ClassifyJsonLines(SharedThemeModel.Classifier, batchSize)
            .RunAsync(reader, writer, CancellationToken.None);
        var lines = writer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToList();
        return (result, lines);
    }
}
