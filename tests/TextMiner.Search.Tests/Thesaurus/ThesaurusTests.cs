using TextMiner.Search.Thesaurus;
using static TextMiner.Search.Tests.TestDocuments;

namespace TextMiner.Search.Tests.Thesaurus;

public sealed class ThesaurusTests : SearchIndexFixture
{
    [TestCase("CRC", new[] { SuffolkNapo, WorkloadArticle, Kent }, TestName = "Search_Acronym_FindsTheExpansion")]
    [TestCase("crcs", new[] { SuffolkNapo, WorkloadArticle, Kent }, TestName = "Search_PluralAcronym_FindsTheExpansion")]
    [TestCase("\"Community Rehabilitation Company\"", new[] { Kent, SuffolkNapo, WorkloadArticle }, TestName = "Search_QuotedExpansion_FindsTheAcronym")]
    [TestCase("Community Rehabilitation Company", new[] { Kent, SuffolkNapo, WorkloadArticle }, TestName = "Search_UnquotedExpansion_FindsTheAcronym")]
    [TestCase("MoJ", new[] { Kent, LondonHmip, SuffolkNapo }, TestName = "Search_MoJ_FindsMinistryOfJustice")]
    [TestCase("HMIP", new[] { LondonNapo, LondonHmip, SuffolkNapo, WorkloadArticle }, TestName = "Search_HMIP_FindsTheInspectorateByName")]
    [TestCase("OASys", new[] { NapoPay }, TestName = "Search_OASys_FindsOffenderAssessmentSystem")]
    [TestCase("VLO", new[] { Victims }, TestName = "Search_VLO_FindsVictimLiaisonOfficers")]
    [TestCase("\"unpaid work\"", new[] { Kent, NapoPay }, TestName = "Search_SynonymSet_FindsEachMember")]
    public void Search_ThesaurusTerm_FindsEveryFormOfTheTerm(string query, string[] expected)
    {
        Assert.That(DocumentIds(Search(query)), Is.SupersetOf(expected));
    }

    [Test]
    public void Search_ExpandedPhraseInsideLargerQuery_KeepsOtherTerms()
    {
        var found = DocumentIds(Search("Community Rehabilitation Company AND Sodexo"));

        Assert.That(found, Is.EqualTo(new[] { SuffolkNapo }));
    }

    [Test]
    public void DefaultThesaurus_HasTheBriefsAcronyms()
    {
        string[] acronyms = ["NPS", "CRC", "HMPPS", "PDU", "OASys", "SFO", "MAPPA", "PQiP", "TR", "VLO", "HMIP", "MoJ", "WMT", "AP", "RSR", "OMiC", "ETE"];

        Assert.That(acronyms.Where(a => DomainThesaurus.Default.Find(a) is not { Count: > 1 }), Is.Empty);
    }

    [Test]
    public void Parse_CommentsAndBlankLines_AreIgnoredAndTermsMatchAfterAnalysis()
    {
        var thesaurus = DomainThesaurus.Parse(["# comment", "", "PSR | Pre-Sentence Report"]);

        Assert.Multiple(() =>
        {
            Assert.That(thesaurus.Find("pre-sentence reports"), Is.EqualTo(new[] { "PSR", "Pre-Sentence Report" }));
            Assert.That(thesaurus.Find("comment"), Is.Null);
        });
    }
}
