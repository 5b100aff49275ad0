namespace TextMiner.Pipeline.Ingest;

/// <summary>A path with every symbolic link along it resolved: two routes to one folder give the same real path.</summary>
internal static class RealPath
{
    /// <summary>Links through links: past this many the path is treated as a loop, as the OS does.</summary>
    private const int MaxLinks = 40;

    /// <summary>The real path, or null when a link along it cannot be resolved (a loop, a dangling target).</summary>
    public static string? Of(string path) => Of(path, 0);

    private static string? Of(string path, int links)
    {
        if (links > MaxLinks)
        {
            return null;
        }

        try
        {
            var full = Path.GetFullPath(path);
            var root = Path.GetPathRoot(full)!;
            var current = root;
            foreach (var part in full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
            {
                var next = Path.Combine(current, part);
                var info = new FileInfo(next);
                if (info.LinkTarget is not null)
                {
                    // The final target, resolved by the OS (which reports loops); its own ancestors may be links too.
                    var target = info.ResolveLinkTarget(returnFinalTarget: true);
                    if (target is null || !target.Exists && !Directory.Exists(target.FullName))
                    {
                        return null;
                    }

                    next = Of(target.FullName, links + 1) ?? next;
                }

                current = next;
            }

            return current;
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }
}
