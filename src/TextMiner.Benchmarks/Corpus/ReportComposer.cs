using System.Globalization;
using System.Text;
using TextMiner.Benchmarks.Search;

namespace TextMiner.Benchmarks.Corpus;

/// <summary>
/// Writes the text of one generated document in its register: filler paragraphs of report sentences, with ratings,
/// staffing figures and quotes planted at the rates the sources show (an inspection: an overall rating, often domain
/// ratings and two or three figures, sometimes the chief inspector quoted; a press release: a rating and a quote;
/// union news: quotes and a figure). Each document draws from its own generator seeded by (seed, number), so any one
/// document can be made without the others and the same arguments always give the same bytes.
/// </summary>
internal static class ReportComposer
{
    public static GeneratedReport Compose(int seed, int number, Register register, int bodyParagraphs)
    {
        var random = new Random(unchecked((seed * 1_000_003) + number));
        var area = Pick(random, Vocabulary.Areas);
        var published = new DateOnly(2014, 1, 1).AddDays(random.Next(0, 11 * 365));
        var planted = new List<(int Section, string Paragraph)>();
        var ratings = new List<string>();
        var figures = new List<PlantedFigure>();
        var speakers = new List<string>();

        bool Chance(double p) => random.NextDouble() < p;
        void Rating(int section, string sentence, string grade)
        {
            ratings.Add(grade);
            planted.Add((section, sentence + " " + Filler(random, area, 2)));
        }

        var overallChance = register switch { Register.Inspection => 1.0, Register.PressRelease => 0.7, _ => 0.1 };
        if (Chance(overallChance))
        {
            var grade = Pick(random, CorpusNames.Grades);
            Rating(0, $"HM Inspectorate of Probation rated the {area} probation delivery unit as ‘{grade}’ overall, after inspectors looked at {random.Next(30, 120)} cases.", grade);
        }

        if (register == Register.Inspection && Chance(0.6))
        {
            var domain = Pick(random, CorpusNames.Domains);
            var grade = Pick(random, CorpusNames.Grades);
            Rating(1, $"{domain} was rated ‘{grade}’.", grade);
        }

        var figureCount = register switch { Register.Inspection => random.Next(1, 4), Register.PressRelease => random.Next(0, 2), _ => random.Next(0, 3) };
        foreach (var kind in new[] { "vacancies", "caseload", "sickness-absence" }.OrderBy(_ => random.Next()).Take(figureCount))
        {
            var value = kind switch { "vacancies" => random.Next(5, 400), "caseload" => random.Next(25, 95), _ => random.Next(3, 19) };
            var sentence = kind switch
            {
                "vacancies" => $"There were {value} vacancies for probation officers across the {area} region in {Pick(random, CorpusNames.Months)}.",
                "caseload" => $"The average caseload was {value} cases per officer, well above the target.",
                _ => $"Sickness absence had risen to {value}% in the last year.",
            };
            figures.Add(new PlantedFigure(kind, value));
            planted.Add((2, Filler(random, area, 2) + " " + sentence));
        }

        var quoteCount = register switch { Register.Inspection => Chance(0.5) ? 1 : 0, Register.PressRelease => 1, _ => random.Next(1, 3) };
        for (var q = 0; q < quoteCount; q++)
        {
            var speaker = Pick(random, CorpusNames.FirstNames) + " " + Pick(random, CorpusNames.LastNames);
            var words = Capitalise(Fill(random, Pick(random, Vocabulary.Clauses))) + ", and " + Pick(random, Closings);
            speakers.Add(speaker);
            var paragraph = register == Register.UnionNews
                ? $"“{words},” said {speaker}, Napo {Pick(random, CorpusNames.UnionRoles)}."
                : $"Chief Inspector of Probation {speaker} said: “{words}.”";
            planted.Add((3, paragraph));
        }

        var sections = new List<GeneratedSection>();
        var sectionCount = 4;
        var headings = CorpusNames.Headings.OrderBy(_ => random.Next()).Take(sectionCount).ToArray();
        for (var s = 0; s < sectionCount; s++)
        {
            var paragraphs = new List<string>();
            var filler = (bodyParagraphs / sectionCount) + (s < bodyParagraphs % sectionCount ? 1 : 0);
            for (var p = 0; p < filler; p++)
            {
                paragraphs.Add(Filler(random, area, random.Next(2, 6)));
            }

            foreach (var (_, text) in planted.Where(x => x.Section == s))
            {
                paragraphs.Insert(random.Next(0, paragraphs.Count + 1), text);
            }

            sections.Add(new GeneratedSection(s == 0 ? null : headings[s], paragraphs));
        }

        var title = register switch
        {
            Register.Inspection => $"An inspection of probation services in {area}",
            Register.PressRelease => $"Inspectors publish report on {Pick(random, Vocabulary.QueryTerms)} in {area}",
            _ => $"Members speak out on {Pick(random, Vocabulary.QueryTerms)} in {area}",
        };
        return new GeneratedReport(number, register, title, area, published, sections, new PlantedFindings(ratings, figures, speakers));
    }

    private static readonly string[] Closings =
    [
        "we will keep pressing for change", "that has to change", "staff deserve better", "we will be watching closely",
        "leaders know there is more to do",
    ];

    private static string Filler(Random random, string area, int sentences)
    {
        var text = new StringBuilder();
        for (var i = 0; i < sentences; i++)
        {
            text.Append(Pick(random, Vocabulary.Subjects)).Append(' ').Append(Pick(random, Vocabulary.Verbs)).Append(' ')
                .Append(Fill(random, Pick(random, Vocabulary.Clauses))).Append(i % 3 == 0 ? " in " + area : string.Empty).Append(". ");
        }

        return text.ToString().TrimEnd();
    }

    private static string Fill(Random random, string clause) =>
        clause.Replace("{n}", random.Next(5, 160).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);

    private static string Pick(Random random, IReadOnlyList<string> values) => values[random.Next(values.Count)];

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
