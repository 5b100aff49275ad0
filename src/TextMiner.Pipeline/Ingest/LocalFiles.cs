namespace TextMiner.Pipeline.Ingest;

/// <summary>Expands the paths given to ingest/parse/extract into files, in a stable order.</summary>
public static class LocalFiles
{
    /// <summary>
    /// A folder holding this file, and everything below it, is skipped when walking: training sources, gold sets,
    /// fixtures and fixture sites (see corpus/README.md).
    /// </summary>
    public const string SkipMarker = ".noingest";

    /// <summary>Files below a folder holding this file are demo documents written for the project (source <c>synthetic</c>).</summary>
    public const string SyntheticMarker = ".synthetic";

    public static IReadOnlySet<string> SupportedExtensions { get; } =
        new HashSet<string>(StringComparer.OrdinalIgnoreCase) { ".txt", ".html", ".htm", ".pdf" };

    /// <summary>
    /// A file named explicitly is always returned (so an unsupported one gets its own error); files found by walking a
    /// folder are returned only when their extension is supported and they are not expected-output files of fixtures,
    /// and (with <paramref name="skipMarked"/>) not in or below a folder marked <see cref="SkipMarker"/>. A path that
    /// does not exist is returned as is, and fails when read. Each folder is walked once, by its real path: a symbolic
    /// link back to a folder already walked (a loop, or a second route) adds nothing.
    /// </summary>
    public static IReadOnlyList<string> Expand(IEnumerable<string> paths, bool skipMarked = true)
    {
        var files = new List<string>();
        var walked = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                if (!skipMarked || !InMarkedFolder(Path.GetFullPath(path)))
                {
                    files.AddRange(Walk(path, skipMarked, walked).Order(StringComparer.Ordinal));
                }
            }
            else
            {
                files.Add(path);
            }
        }

        return files.Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>True when the file lies below a folder marked with <see cref="SyntheticMarker"/>.</summary>
    public static bool IsSynthetic(string fullPath)
    {
        for (var folder = Path.GetDirectoryName(fullPath); !string.IsNullOrEmpty(folder); folder = Path.GetDirectoryName(folder))
        {
            if (File.Exists(Path.Combine(folder, SyntheticMarker)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when a folder above <paramref name="folder"/> holds <see cref="SkipMarker"/> (the folder itself is checked by the walk).</summary>
    private static bool InMarkedFolder(string folder)
    {
        for (var parent = Path.GetDirectoryName(folder); !string.IsNullOrEmpty(parent); parent = Path.GetDirectoryName(parent))
        {
            if (File.Exists(Path.Combine(parent, SkipMarker)))
            {
                return true;
            }
        }

        return false;
    }

    private static IEnumerable<string> Walk(string folder, bool skipMarked, HashSet<string> walked)
    {
        if (RealPath.Of(folder) is not { } real || !walked.Add(real) || (skipMarked && File.Exists(Path.Combine(folder, SkipMarker))))
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
                foreach (var file in Walk(sub, skipMarked, walked))
                {
                    yield return file;
                }
            }
        }
    }
}
