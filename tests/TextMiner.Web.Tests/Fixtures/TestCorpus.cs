using TextMiner.Core;
using TextMiner.Core.Records;
using TextMiner.Search;
using TextMiner.Storage;

namespace TextMiner.Web.Tests.Fixtures;

/// <summary>
/// A real data directory (SQLite store + Lucene index) of the five seeds with hand-set findings, two made-up PDF
/// inspection reports with pages and headings, and one document whose text carries script and img-onerror injections.
/// </summary>
internal static class TestCorpus
{
    public const string LondonHmipUrl = "https://www.justiceinspectorates.gov.uk/hmiprobation/media/press-releases/2019/05/london-nps-victims/";
    public const string KentPdfUrl = "https://www.justiceinspectorates.gov.uk/hmiprobation/wp-content/uploads/sites/5/2020/03/kent-surrey-sussex-crc.pdf";
    public const string XssUrl = "https://www.napo.org.uk/news/test-injection";
    public const string StaceyQuote = "We have found work with victims to be good or outstanding in other NPS divisions, so we are disappointed to see this is not the case in London.";
    public const string XssMarker = "<script>window.__xss = 1; alert(1)</script>";
    public const string XssImage = "<img src=x onerror=\"window.__xss = 2\">";

    public static string LondonHmipId => DocumentId.For(LondonHmipUrl);

    public static string KentId => DocumentId.For(KentPdfUrl);

    public static string XssId => DocumentId.For(XssUrl);

    public static IReadOnlyList<AnalysedDocument> Documents() =>
    [
        LondonHmip(), LondonNapo(), WorkloadArticle(), NapoMagazine(), SuffolkNapo(), Kent(), Durham(), Injection(),
    ];

    /// <summary>Writes the store and the index the way an ingest run does.</summary>
    public static async Task<DataDirectory> WriteAsync(string root)
    {
        var data = new DataDirectory(root).EnsureCreated();
        var store = await DocumentStore.OpenAsync(data.DatabasePath, TimeProvider.System, CancellationToken.None);
        await using (store)
        {
            using var index = SearchIndex.Open(data.IndexPath);
            foreach (var document in Documents())
            {
                await store.SaveAsync(document, CancellationToken.None);
                index.Replace(document);
            }

            index.Commit();
        }

        return data;
    }

    private static AnalysedDocument LondonHmip() => DocumentBuilder
        .FromSeed("003_60c6e7e09c21e100.txt", LondonHmipId, "hmip", DocumentKinds.PressRelease, LondonHmipUrl, new DateOnly(2019, 5, 22))
        .Themes("victim-contact", "staffing", "court-work")
        .Rating(RatingValues.RequiresImprovement, "overall", "London division of the NPS", "overall rating of ‘Requires improvement’")
        .Rating(RatingValues.Good, "court work", "London division of the NPS", "was rated ‘Good’")
        .Figure(FigureKinds.Vacancies, 150, "London division", "more than 150 unfilled vacancies")
        .Figure(FigureKinds.SicknessAbsence, 10, "London division", "more than 10 per cent of staff absent")
        .Quote("Glenys Stacey", "Chief Inspector of Probation", "HM Inspectorate of Probation", StaceyQuote, "victim-contact")
        .Quote(
            "Glenys Stacey", "Chief Inspector of Probation", "HM Inspectorate of Probation",
            "At the time of inspection, the London division had more than 150 unfilled vacancies and relied heavily on agency and temporary staff.",
            "staffing")
        .Build();

    private static AnalysedDocument LondonNapo() => DocumentBuilder
        .FromSeed("000_12a8d37b9c007e38.txt", DocumentId.For("https://www.napo.org.uk/news/london-nps-wholly-unsatisfactory"), "napo", DocumentKinds.PressRelease, "https://www.napo.org.uk/news/london-nps-wholly-unsatisfactory", new DateOnly(2019, 5, 22))
        .Themes("victim-contact", "workload", "privatisation")
        .Quote(
            "Ian Lawrence", "General Secretary", "Napo",
            "what this shows us is that even in the public sector of probation there are deep flaws. We know from our members that workloads are dangerously high and this is evidenced in the report by a lack of face to face contact with clients.",
            "workload", "privatisation")
        .Build();

    private static AnalysedDocument WorkloadArticle() => DocumentBuilder
        .FromSeed("001_fecc37bdf789a263.txt", DocumentId.For("https://www.thejusticegap.com/understaffed-probation-service-not-sustainable/"), "justice-gap", DocumentKinds.Article, "https://www.thejusticegap.com/understaffed-probation-service-not-sustainable/", new DateOnly(2019, 12, 6), "Understaffed probation service ‘not sustainable’")
        .Themes("workload", "staffing", "training")
        .Figure(FigureKinds.PeopleSupervised, 106000, "National Probation Service", "some 106,000 high-risk offenders")
        .Figure(FigureKinds.Vacancies, 615, "National Probation Service", "there were 615 vacancies")
        .Figure(FigureKinds.StaffInPost, 3319, "National Probation Service", "3,319 probation officers in post")
        .Figure(FigureKinds.Caseload, 215, "victim liaison officers", "victim liaison officers had 215 cases")
        .Quote(
            "Ian Lawrence", "general secretary", "Napo",
            "It is not sustainable in its current form and as such we have seen an increase in serious further offences, staff burn out and members reporting a lack of time to complete meaningful work with clients,",
            "workload", "staffing")
        .Quote(
            "Justin Russell", "Chief Inspector of Probation", "HM Inspectorate of Probation",
            "This reflects an ongoing and, in some areas, critical shortage of probation officers, with over 600 vacancies reported in June 2019 across England and Wales,",
            "staffing")
        .Build();

    private static AnalysedDocument NapoMagazine() => DocumentBuilder
        .FromSeed("002_a65fbe37223b3427.txt", DocumentId.For("https://napomagazine.org.uk/napo-chair-speaks-to-london-assembly/"), "napo-magazine", DocumentKinds.MagazineArticle, "https://napomagazine.org.uk/napo-chair-speaks-to-london-assembly/", new DateOnly(2023, 2, 10), "Napo Chair speaks to London Assembly about probation services")
        .Themes("workload", "staffing")
        .Figure(FigureKinds.Workload, 150, "staff in London", "150% of their capacity")
        .Build();

    private static AnalysedDocument SuffolkNapo() => DocumentBuilder
        .FromSeed("004_a7169dbeeddd8cc3.txt", DocumentId.For("https://www.napo.org.uk/news/suffolk-probation-services-failing"), "napo", DocumentKinds.PressRelease, "https://www.napo.org.uk/news/suffolk-probation-services-failing", new DateOnly(2017, 6, 19))
        .Themes("privatisation", "technology", "staffing")
        .Quote(
            "Ian Lawrence", "General Secretary", "Napo",
            "Napo has been campaigning for the last two years to raise our concerns of poor service delivery across probation providers.",
            "privatisation")
        .Quote(
            "the inspector", null, "HM Inspectorate of Probation",
            "To deliver well, all probation providers must be able to employ enough skilled staff and then make sure they can give their best.",
            "staffing")
        .Build();

    private static AnalysedDocument Kent()
    {
        string[] texts =
        [
            "Kent, Surrey and Sussex Community Rehabilitation Company has been rated Requires improvement overall.",
            "At the time of inspection the CRC had 38 vacancies for probation officers, a vacancy rate of 20 per cent.",
            "The Chief Inspector said: “Leaders must act quickly to make sure that staff have manageable workloads and that risk of harm is assessed properly.”",
            "Unpaid work was delivered promptly, and work with MAPPA partners was well organised.",
        ];
        var paragraphs = texts.Select((t, i) => new Paragraph(i, t, Page: (i / 2) + 3, Heading: i < 2 ? "Overall findings" : "Leadership")).ToList();
        return DocumentBuilder
            .FromParagraphs(KentId, "hmip-legacy", DocumentKinds.InspectionReport, KentPdfUrl, "An inspection of probation services in Kent, Surrey and Sussex CRC", new DateOnly(2020, 3, 10), paragraphs)
            .Themes("leadership", "workload", "public-protection")
            .Rating(RatingValues.RequiresImprovement, "overall", "Kent, Surrey and Sussex CRC", "rated Requires improvement overall")
            .Figure(FigureKinds.Vacancies, 38, "Kent, Surrey and Sussex CRC", "38 vacancies for probation officers")
            .Figure(FigureKinds.VacancyRate, 20, "Kent, Surrey and Sussex CRC", "a vacancy rate of 20 per cent")
            .Quote(
                "Justin Russell", "Chief Inspector of Probation", "HM Inspectorate of Probation",
                "Leaders must act quickly to make sure that staff have manageable workloads and that risk of harm is assessed properly.",
                "leadership", "workload")
            .Build();
    }

    private static AnalysedDocument Durham()
    {
        string[] texts =
        [
            "Durham Tees Valley CRC was rated Good overall, and its work with victims was rated Outstanding.",
            "The CRC had 12 vacancies at the time of inspection; sickness absence stood at 6 per cent.",
            "Chief Inspector of Probation Justin Russell said: “This is a well-led organisation where staff feel valued and victims are kept safe.”",
        ];
        var url = "https://www.justiceinspectorates.gov.uk/hmiprobation/wp-content/uploads/sites/5/2021/07/durham-tees-valley.pdf";
        var paragraphs = texts.Select((t, i) => new Paragraph(i, t, Page: i + 1, Heading: "Summary")).ToList();
        return DocumentBuilder
            .FromParagraphs(DocumentId.For(url), "hmip-legacy", DocumentKinds.InspectionReport, url, "An inspection of Durham Tees Valley CRC", new DateOnly(2021, 7, 15), paragraphs)
            .Themes("leadership", "victim-contact")
            .Rating(RatingValues.Good, "overall", "Durham Tees Valley CRC", "rated Good overall")
            .Rating(RatingValues.Outstanding, "victim work", "Durham Tees Valley CRC", "was rated Outstanding")
            .Figure(FigureKinds.Vacancies, 12, "Durham Tees Valley CRC", "12 vacancies")
            .Figure(FigureKinds.SicknessAbsence, 6, "Durham Tees Valley CRC", "6 per cent")
            .Quote(
                "Justin Russell", "Chief Inspector of Probation", "HM Inspectorate of Probation",
                "This is a well-led organisation where staff feel valued and victims are kept safe.",
                "leadership", "victim-contact")
            .Build();
    }

    private static AnalysedDocument Injection()
    {
        string[] texts =
        [
            "A reader sent us this text to test the page: " + XssMarker + " and an image " + XssImage + " that must show as text.",
            "Branch secretary Alex Morgan said: “Staff are being asked to manage " + XssMarker + " caseloads that no one could carry safely.”",
        ];
        var paragraphs = texts.Select((t, i) => new Paragraph(i, t)).ToList();
        return DocumentBuilder
            .FromParagraphs(XssId, "napo", DocumentKinds.News, XssUrl, "Injection test <b>bold</b> & <script>window.__xss = 3</script>", new DateOnly(2024, 1, 9), paragraphs)
            .Themes("workload")
            .Quote("Alex Morgan", "branch secretary", "Napo", "Staff are being asked to manage " + XssMarker + " caseloads that no one could carry safely.", "workload")
            .Build();
    }
}
