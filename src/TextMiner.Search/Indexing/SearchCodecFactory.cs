using Lucene.Net.Codecs;

namespace TextMiner.Search.Indexing;

/// <summary>
/// Lucene's codec lookup with <see cref="SearchCodec"/> in place of the default codec of the same name. Codecs are
/// found by the name written in each segment, through one factory per process; <see cref="Install"/> sets it before
/// any index is opened.
/// </summary>
internal sealed class SearchCodecFactory : ICodecFactory
{
    private static readonly Lazy<bool> Installed = new(() =>
    {
        var factory = new SearchCodecFactory();
        Codec.SetCodecFactory(factory);
        // New segments are written by the same codec instance the readers get, so a merge still copies stored-field
        // chunks as they are (Lucene does that only when both sides share one compression mode).
        Codec.Default = factory.GetCodec(SearchCodec.DefaultName);
        return true;
    });

    private readonly DefaultCodecFactory lucene = new();
    private readonly Lazy<Codec> search = new(() => new SearchCodec());

    public static void Install() => _ = Installed.Value;

    public Codec GetCodec(string name) =>
        string.Equals(name, SearchCodec.DefaultName, StringComparison.Ordinal) ? search.Value : lucene.GetCodec(name);
}
