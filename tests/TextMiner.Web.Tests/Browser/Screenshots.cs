namespace TextMiner.Web.Tests.Browser;

/// <summary>Where the browser tests write their page screenshots: docs/screenshots/ of the repository (found by TextMiner.sln).</summary>
internal static class Screenshots
{
    public static string Path(string name)
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(System.IO.Path.Combine(directory.FullName, "TextMiner.sln")))
        {
            directory = directory.Parent;
        }

        var root = directory?.FullName ?? System.IO.Path.Combine(System.IO.Path.GetTempPath(), "textminer-screenshots");
        var folder = System.IO.Path.Combine(root, "docs", "screenshots");
        Directory.CreateDirectory(folder);
        return System.IO.Path.Combine(folder, name);
    }
}
