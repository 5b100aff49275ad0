namespace TextMiner.Web;

/// <summary>The stylesheet and the copy-citation script, embedded in the assembly and served from the app itself (no CDN).</summary>
internal static class Assets
{
    public const string StylePath = "/assets/site.css";
    public const string ScriptPath = "/assets/site.js";

    public static string Style { get; } = Read("TextMiner.Web.Assets.site.css");

    public static string Script { get; } = Read("TextMiner.Web.Assets.site.js");

    private static string Read(string name)
    {
        using var stream = typeof(Assets).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException("Missing embedded asset " + name);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
