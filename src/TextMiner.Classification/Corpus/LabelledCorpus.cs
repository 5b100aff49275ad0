using System.Reflection;
using System.Text.Json;
using TextMiner.Core.Records;

namespace TextMiner.Classification.Corpus;

/// <summary>Reads the labelled splits: from the copies embedded in this assembly, or from a <c>corpus/labels</c> folder.</summary>
public static class LabelledCorpus
{
    public const string ResourcePrefix = "TextMiner.Classification.Labels.";
    public const string UnknownLabelMessage = "unknown theme label";
    public const string MalformedLineMessage = "malformed labelled line";

    /// <summary>True when the split was embedded at build time.</summary>
    public static bool HasEmbedded(string split) =>
        typeof(LabelledCorpus).Assembly.GetManifestResourceInfo(ResourceName(split)) is not null;

    public static IReadOnlyList<LabelledParagraph> LoadEmbedded(string split)
    {
        using var stream = typeof(LabelledCorpus).Assembly.GetManifestResourceStream(ResourceName(split))
            ?? throw new FileNotFoundException($"The '{split}' split is not embedded in {typeof(LabelledCorpus).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return Read(reader);
    }

    /// <summary>Loads <paramref name="split"/> from <paramref name="labelsDirectory"/> when given, else from the embedded copy.</summary>
    public static IReadOnlyList<LabelledParagraph> Load(string split, string? labelsDirectory = null)
    {
        if (string.IsNullOrEmpty(labelsDirectory))
        {
            return LoadEmbedded(split);
        }

        using var reader = new StreamReader(Path.Combine(labelsDirectory, split + ".jsonl"));
        return Read(reader);
    }

    /// <summary>Reads JSON lines <c>{"id","text","labels"}</c>; blank lines are skipped, unknown labels are an error.</summary>
    public static IReadOnlyList<LabelledParagraph> Read(TextReader reader)
    {
        var result = new List<LabelledParagraph>();
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (!string.IsNullOrWhiteSpace(line))
            {
                result.Add(Parse(line, lineNumber));
            }
        }

        return result;
    }

    private static LabelledParagraph Parse(string line, int lineNumber)
    {
        LabelledLine? parsed;
        try
        {
            parsed = JsonSerializer.Deserialize(line, ClassificationJsonContext.Default.LabelledLine);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{MalformedLineMessage} {lineNumber}: {e.Message}", e);
        }

        if (parsed?.Text is null)
        {
            throw new InvalidDataException($"{MalformedLineMessage} {lineNumber}: no \"text\"");
        }

        var labels = (parsed.Labels ?? []).Distinct(StringComparer.Ordinal).ToArray();
        var unknown = labels.FirstOrDefault(l => !Themes.IsKnown(l));
        if (unknown is not null)
        {
            throw new InvalidDataException($"{UnknownLabelMessage} '{unknown}' on line {lineNumber}");
        }

        return new LabelledParagraph(parsed.Id ?? lineNumber.ToString(System.Globalization.CultureInfo.InvariantCulture), parsed.Text, labels);
    }

    private static string ResourceName(string split) => ResourcePrefix + split + ".jsonl";
}
