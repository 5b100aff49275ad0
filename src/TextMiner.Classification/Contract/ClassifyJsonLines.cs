using System.Text.Json;
using TextMiner.Core.Stages;

namespace TextMiner.Classification.Contract;

/// <summary>
/// The <c>classify</c> contract: JSON lines <c>{"id","text"}</c> in, <c>{"id","themes"}</c> out, same order, answered
/// in small batches and flushed, so a stream is answered as it arrives. Blank lines are skipped. The first malformed
/// line stops the run: every line before it has been answered, and the result names the line (the CLI exits non-zero).
/// </summary>
public sealed class ClassifyJsonLines(IThemeClassifier classifier, int batchSize = 32)
{
    public async Task<ClassifyJsonLinesResult> RunAsync(TextReader input, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        var batch = new List<(string Id, string Text)>(batchSize);
        var answered = 0;
        var lineNumber = 0;
        while (await input.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var problem = TryParse(line, out var id, out var text);
            if (problem is not null)
            {
                answered += await AnswerAsync(batch, output, cancellationToken).ConfigureAwait(false);
                return new ClassifyJsonLinesResult(answered, lineNumber, ClassifyErrors.MalformedLine(lineNumber, problem));
            }

            batch.Add((id, text));
            if (batch.Count >= batchSize)
            {
                answered += await AnswerAsync(batch, output, cancellationToken).ConfigureAwait(false);
            }
        }

        answered += await AnswerAsync(batch, output, cancellationToken).ConfigureAwait(false);
        return new ClassifyJsonLinesResult(answered, null, null);
    }

    private async Task<int> AnswerAsync(List<(string Id, string Text)> batch, TextWriter output, CancellationToken ct)
    {
        if (batch.Count == 0)
        {
            return 0;
        }

        var themes = classifier.Classify([.. batch.Select(b => b.Text)]);
        for (var i = 0; i < batch.Count; i++)
        {
            var json = JsonSerializer.Serialize(new ClassifyOutputLine(batch[i].Id, themes[i]),
                ClassificationJsonContext.Default.ClassifyOutputLine);
            await output.WriteLineAsync(json.AsMemory(), ct).ConfigureAwait(false);
        }

        await output.FlushAsync(ct).ConfigureAwait(false);
        var count = batch.Count;
        batch.Clear();
        return count;
    }

    private static string? TryParse(string line, out string id, out string text)
    {
        (id, text) = ("", "");
        try
        {
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return ClassifyErrors.NotObject;
            }

            if (!root.TryGetProperty("id", out var idElement)
                || idElement.ValueKind is not (JsonValueKind.String or JsonValueKind.Number))
            {
                return ClassifyErrors.MissingId;
            }

            if (!root.TryGetProperty("text", out var textElement) || textElement.ValueKind != JsonValueKind.String)
            {
                return ClassifyErrors.MissingText;
            }

            id = idElement.ValueKind == JsonValueKind.String
                ? idElement.GetString()!
                : idElement.GetRawText();
            text = textElement.GetString()!;
            return null;
        }
        catch (JsonException)
        {
            return ClassifyErrors.NotJson;
        }
    }
}
