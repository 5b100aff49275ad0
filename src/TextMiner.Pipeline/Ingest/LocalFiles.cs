namespace TextMiner.Pipeline.Ingest;

/// <summary>Expands the paths given to ingest/parse/extract into files, in a stable order.</summary>
public static class LocalFiles
{
    /// <summary>A folder holding this file is skipped when walking (fixture sites, bad-input fixtures).</summary>
    public const string SkipMarker = ".noingest";

    public static IReadOnlySet<string> SupportedExtensions { get; } =
        new HashSet<string>(StringComparer.OrdinalIgnoreCase) { ".txt", ".html", ".htm", ".pdf" };

    /// <summary>
    /// A file named explicitly is always returned (so an unsupported one gets its own error); files found by walking a
    /// folder are returned only when their extension is supported and they are not expected-output files of fixtures.
    /// A path that does not exist is returned as is, and fails when read. Each folder is walked once, by its real path:
    /// a symbolic link back to a folder already walked (a loop, or a second route) adds nothing.
    /// </summary>
    public static IReadOnlyList<string> Expand(IEnumerable<string> paths)
    {
        var files = new List<string>();
        var walked = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                files.AddRange(Walk(path, walked).Order(StringComparer.Ordinal));
            }
            else
            {
                files.Add(path);
            }
        }

        return files.Distinct(StringComparer.Ordinal).ToList();
    }

    private static IEnumerable<string> Walk(string folder, HashSet<string> walked)
    {
        if (RealPath.Of(folder) is not { } real || !walked.Add(real) || File.Exists(Path.Combine(folder, SkipMarker)))
        {
            yield break;
        }

        foreach (var file in Directory.EnumerateFiles(folder))
        {
            var name = Path.GetFileName(file);
            if (SupportedExtensions.Contains(Path.GetExtension(file)) && !name.Contains(".expected.", StringComparison.Ordinal))
            {
                yield return file;
            }
        }

        foreach (var sub in Directory.EnumerateDirectories(folder))
        {
            if (!Path.GetFileName(sub).StartsWith('.'))
            {
                foreach (var file in Walk(sub, walked))
                {
                    yield return file;
                }
            }
        }
    }
}
