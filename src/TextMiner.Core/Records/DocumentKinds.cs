namespace TextMiner.Core.Records;

/// <summary>The kinds of document the sources publish.</summary>
public static class DocumentKinds
{
    public const string PressRelease = "press-release";
    public const string InspectionReport = "inspection-report";
    public const string ThematicReport = "thematic-report";
    public const string AnnualReport = "annual-report";
    public const string News = "news";
    public const string Blog = "blog";
    public const string MagazineArticle = "magazine-article";
    public const string Article = "article";
    public const string Document = "document";

    public static IReadOnlyList<string> All { get; } =
        [PressRelease, InspectionReport, ThematicReport, AnnualReport, News, Blog, MagazineArticle, Article, Document];
}
