namespace TextMiner.TestSupport;

/// <summary>Finds corpus files copied beside the test assembly (see tests/Directory.Build.props).</summary>
public static class Corpus
{
    public static string Root { get; } = System.IO.Path.Combine(AppContext.BaseDirectory, "corpus");

    public static string Path(params string[] parts)
    {
        var path = System.IO.Path.Combine([Root, .. parts]);
        if (!File.Exists(path) && !Directory.Exists(path))
        {
            throw new FileNotFoundException($"Corpus file not copied to the test output: {path}");
        }

        return path;
    }
}
