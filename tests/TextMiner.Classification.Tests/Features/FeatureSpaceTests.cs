using TextMiner.Classification.Features;

namespace TextMiner.Classification.Tests.Features;

public sealed class FeatureSpaceTests
{
    private static readonly string[] Texts =
    [
        "The CRC had 45 vacancies and relied on agency staff.",
        "Community Rehabilitation Companies were abolished at unification.",
        "Caseloads of 70 cases left officers with no time for victims.",
        "Officers said caseloads had doubled since 2019.",
    ];

    [Test]
    public void Tokenize_FiguresAndApostrophes_NumbersBecomeOneTokenAndApostrophesJoin()
    {
        var buffer = new List<char>();
        var tokens = new List<(int Start, int Length)>();

        Tokenizer.Tokenize("Victim’s 1,400 officers' PQiP", buffer, tokens);

        var words = tokens.Select(t => new string([.. buffer.GetRange(t.Start, t.Length)])).ToList();
        Assert.That(words, Is.EqualTo(new[] { "victims", "0", "0", "officers", "pqip" }));
    }

    [Test]
    public void Lexicon_AcronymAndExpansion_FallInTheSameGroup()
    {
        var acronym = Groups("Two CRCs lost their contracts.");
        var expansion = Groups("The community rehabilitation company lost its contract.");

        Assert.That(acronym.Intersect(expansion), Is.Not.Empty);
    }

    [Test]
    public void ThemeLexicon_CourtReportPhrasings_ShareAThemePhraseGroupTheDefaultLexiconLacks()
    {
        var report = Groups("Officers wrote a pre-sentence report for every case.", DomainLexicon.WithThemePhrases);
        var advice = Groups("The team's advice to the court was timely.", DomainLexicon.WithThemePhrases);

        var themeGroups = report.Intersect(advice).Where(g => g >= DomainLexicon.Default.GroupCount);
        Assert.That(themeGroups, Is.Not.Empty);
        Assert.That(Groups("Officers wrote a pre-sentence report for every case.").Max(), Is.LessThan(DomainLexicon.Default.GroupCount));
    }

    [Test]
    public void ThemeLexicon_VictimsAtRiskOnly_IsNotAVictimContactPhrase()
    {
        var themeGroups = Groups("Work to protect actual and potential victims was weak.", DomainLexicon.WithThemePhrases)
            .Where(g => g >= DomainLexicon.Default.GroupCount).ToList();
        var scheme = Groups("Victim liaison officers contacted victims under the Victim Contact Scheme.", DomainLexicon.WithThemePhrases)
            .Where(g => g >= DomainLexicon.Default.GroupCount).ToList();

        Assert.That(scheme, Is.Not.Empty);
        Assert.That(themeGroups.Intersect(scheme), Is.Empty);
    }

    [TestCase("Victim liaison officers kept in touch with victims.", "Contact with victims was offered before release, as the Victims' Code requires.")]
    [TestCase("Eligible victims were offered the Victim Contact Scheme.", "Victims' views on licence conditions reached the Parole Board.")]
    [TestCase("The head of service and senior leaders set a clear vision.", "The management board had little oversight of practice.")]
    [TestCase("Practitioners did not assess the risk of serious harm.", "Child safeguarding enquiries with children's services were not made.")]
    [TestCase("Court staff wrote a short format pre-sentence report.", "Report writers gave sentencers advice on the day.")]
    public void ThemeLexicon_TwoPhrasingsOfATheme_ShareAThemePhraseGroup(string first, string second)
    {
        var shared = Groups(first, DomainLexicon.WithThemePhrases).Intersect(Groups(second, DomainLexicon.WithThemePhrases))
            .Where(g => g >= DomainLexicon.Default.GroupCount);

        Assert.That(shared, Is.Not.Empty);
    }

    [Test]
    public void ThemeLexicon_VictimsOfCrimeOnly_IsNotAVictimContactPhrase()
    {
        var general = Groups("Reducing reoffending means fewer victims of crime.", DomainLexicon.WithThemePhrases)
            .Where(g => g >= DomainLexicon.Default.GroupCount).ToList();

        Assert.That(general, Is.Empty);
    }

    [Test]
    public void Transform_ThemeLexicon_AddsFeaturesForThePhrasesAndKeepsUnitLength()
    {
        const string text = "Sentencers in the Crown Court valued the pre-sentence reports.";
        var without = FeatureSpace.Fit([.. Texts, text], new FeatureOptions { MinDocumentFrequency = 1 });
        var with = FeatureSpace.Fit([.. Texts, text], new FeatureOptions { MinDocumentFrequency = 1, ThemeLexicon = true });
        var (a, b) = (new FeatureScratch(), new FeatureScratch());

        without.Transform(text, a);
        with.Transform(text, b);

        Assert.That(b.Indices, Has.Count.GreaterThan(a.Indices.Count));
        Assert.That(Math.Sqrt(b.Values.Sum(v => v * v)), Is.EqualTo(1.0).Within(1e-5));
    }

    [Test]
    public void Transform_AnyText_GivesAUnitLengthVectorOfKnownTerms()
    {
        var space = FeatureSpace.Fit(Texts, new FeatureOptions { MinDocumentFrequency = 1, CharNgramLengths = [3] });
        var scratch = new FeatureScratch();

        space.Transform(Texts[0], scratch);

        Assert.That(scratch.Indices, Is.Unique.And.All.InRange(0, space.Count - 1));
        Assert.That(Math.Sqrt(scratch.Values.Sum(v => v * v)), Is.EqualTo(1.0).Within(1e-5));
    }

    [Test]
    public void Vector_SentenceOfAPreparedParagraph_EqualsTheSentenceTransformedAlone()
    {
        var space = FeatureSpace.Fit(Texts, new FeatureOptions { MinDocumentFrequency = 1, CharNgramLengths = [4] });
        const string text = "Caseloads of 70 cases left officers with no time. The CRC relied on agency staff for victims.";
        var start = text.IndexOf("The CRC", StringComparison.Ordinal);
        var shared = new FeatureScratch();
        space.Prepare(text, shared);

        var (first, end) = FeatureSpace.TokenRange(shared, start, text.Length - start);
        space.Vector(shared, first, end);
        var alone = new FeatureScratch();
        space.Transform(text.AsSpan(start), alone);

        var fromShared = shared.Indices.Zip(shared.Values).OrderBy(x => x.First).ToList();
        var fromAlone = alone.Indices.Zip(alone.Values).OrderBy(x => x.First).ToList();
        Assert.That(fromShared.Select(x => x.First), Is.EqualTo(fromAlone.Select(x => x.First)).And.Not.Empty);
        Assert.That(fromShared.Select(x => x.Second), Is.EqualTo(fromAlone.Select(x => x.Second)).Within(1e-6f));
    }

    [Test]
    public void Transform_UnseenWordsOnly_GivesAnEmptyVector()
    {
        var space = FeatureSpace.Fit(Texts, new FeatureOptions { Lexicon = false });
        var scratch = new FeatureScratch();

        space.Transform("zebra quokka", scratch);

        Assert.That(scratch.Indices, Is.Empty);
    }

    [Test]
    public void WriteRead_RoundTrip_GivesTheSameVectors()
    {
        var space = FeatureSpace.Fit(Texts, new FeatureOptions { MinDocumentFrequency = 1, CharNgramLengths = [3, 4], ThemeLexicon = true });
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            space.Write(writer);
        }

        stream.Position = 0;
        using var reader = new BinaryReader(stream);
        var copy = FeatureSpace.Read(reader);

        var (a, b) = (new FeatureScratch(), new FeatureScratch());
        space.Transform(Texts[2], a);
        copy.Transform(Texts[2], b);
        Assert.That(copy.Options.CharNgramLengths, Is.EqualTo(new[] { 3, 4 }));
        Assert.That(copy.Options.ThemeLexicon, Is.True);
        Assert.That(b.Indices.Zip(b.Values).OrderBy(x => x.First), Is.EqualTo(a.Indices.Zip(a.Values).OrderBy(x => x.First)));
    }

    [Test]
    public void Sentences_Paragraph_SplitsAtStopsLineBreaksAndBullets()
    {
        var text = "Vacancies rose again across the region. Caseloads were too high in every team.\n• Victims were not contacted in time. Ok.";
        var sentences = new List<(int Start, int Length)>();

        Sentences.Split(text, sentences);

        Assert.That(sentences.Select(s => text.Substring(s.Start, s.Length).Trim()), Is.EqualTo(new[]
        {
            "Vacancies rose again across the region.", "Caseloads were too high in every team.", "Victims were not contacted in time.",
        }));
    }

    private static HashSet<int> Groups(string text, DomainLexicon? lexicon = null)
    {
        var buffer = new List<char>();
        var tokens = new List<(int Start, int Length)>();
        Tokenizer.Tokenize(text, buffer, tokens);
        var groups = new HashSet<int>();
        (lexicon ?? DomainLexicon.Default).Match(buffer.ToArray(), tokens, groups);
        return groups;
    }
}
