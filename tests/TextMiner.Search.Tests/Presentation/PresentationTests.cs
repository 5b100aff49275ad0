using System.Text.Json;
using TextMiner.Search.Presentation;
using static TextMiner.Search.Tests.TestDocuments;

namespace TextMiner.Search.Tests.Presentation;

public sealed class PresentationTests : SearchIndexFixture
{
    [Test]
    public void Write_Json_HasTotalHitsWithEveryFieldAndFacets()
    {
        var response = Search("deserve", Unit.Quote);
        using var output = new StringWriter();

        SearchResponseJson.Write(response, output);

        using var json = JsonDocument.Parse(output.ToString());
        var root = json.RootElement;
        var hit = root.GetProperty("hits")[0];
        Assert.Multiple(() =>
        {
            Assert.That(root.GetProperty("total").GetInt32(), Is.EqualTo(1));
            Assert.That(hit.GetProperty("id").GetString(), Is.EqualTo("victims#q0"));
            Assert.That(hit.GetProperty("url").GetString(), Is.EqualTo("https://example.org/hmip/victims"));
            Assert.That(hit.TryGetProperty("path", out _), Is.False);
            Assert.That(hit.GetProperty("title").GetString(), Does.StartWith("Victim contact work"));
            Assert.That(hit.GetProperty("published").GetString(), Is.EqualTo("2018-11-05"));
            Assert.That(hit.GetProperty("source").GetString(), Is.EqualTo("hmip"));
            Assert.That(hit.GetProperty("score").GetDouble(), Is.GreaterThan(0));
            Assert.That(hit.GetProperty("snippet").GetString(), Does.Contain("deserve"));
            Assert.That(hit.GetProperty("highlights")[0].GetProperty("length").GetInt32(), Is.EqualTo("deserve".Length));
            Assert.That(hit.GetProperty("speaker").GetString(), Is.EqualTo("Glenys Stacey"));
            Assert.That(hit.GetProperty("unit").GetString(), Is.EqualTo("quote"));
            Assert.That(hit.GetProperty("themes")[0].GetString(), Is.EqualTo("victim-contact"));
            Assert.That(root.GetProperty("facets").GetProperty("speaker").GetProperty("Glenys Stacey").GetInt32(), Is.EqualTo(1));
        });
    }

    [Test]
    public void Write_JsonForLocalFile_UsesPath()
    {
        var response = Search("Sodexo", Unit.Document);
        using var output = new StringWriter();

        SearchResponseJson.Write(response, output);

        using var json = JsonDocument.Parse(output.ToString());
        Assert.That(json.RootElement.GetProperty("hits")[0].GetProperty("path").GetString(), Does.EndWith("004_a7169dbeeddd8cc3.txt"));
    }

    [Test]
    public void Write_Table_ShowsCountTitleLocationSnippetAndFacets()
    {
        var response = Index.Search(new SearchRequest("Sodexo", Unit.Paragraph, Limit: 2));
        using var output = new StringWriter();

        SearchResultTable.Write(response, output);

        var text = output.ToString();
        Assert.Multiple(() =>
        {
            Assert.That(text, Does.StartWith($"{response.Total} results, showing 1-2:"));
            Assert.That(text, Does.Contain("Suffolk probation services failing").And.Contain("2017-06-19").And.Contain("**Sodexo**"));
            Assert.That(text, Does.Contain("source   napo ("));
        });
    }

    [Test]
    public void Write_TableForEmptyIndex_SaysTheIndexIsEmpty()
    {
        using var output = new StringWriter();

        SearchResultTable.Write(SearchResponse.ForEmptyIndex, output);

        Assert.That(output.ToString().Trim(), Is.EqualTo(SearchResponse.EmptyIndexMessage));
    }

    [Test]
    public void ForHtml_Snippet_EncodesTextAndMarksHighlights()
    {
        var snippet = new Snippet("<b>Staff</b> & caseloads", [new HighlightSpan(13, 1), new HighlightSpan(15, 9)]);

        Assert.That(SnippetRendering.ForHtml(snippet), Is.EqualTo("&lt;b&gt;Staff&lt;/b&gt; <mark>&amp;</mark> <mark>caseloads</mark>"));
    }

    [TestCase(SnippetStyle.Markdown, "Staff **caseloads** rose")]
    [TestCase(SnippetStyle.Ansi, "Staff \u001b[1;33mcaseloads\u001b[0m rose")]
    [TestCase(SnippetStyle.Plain, "Staff caseloads rose")]
    public void ForTerminal_Style_MarksHighlights(SnippetStyle style, string expected)
    {
        var snippet = new Snippet("Staff caseloads rose", [new HighlightSpan(6, 9)]);

        Assert.That(SnippetRendering.ForTerminal(snippet, style), Is.EqualTo(expected));
    }

    [Test]
    public void Search_SnippetsOfEveryHit_HaveSpansInsideTheTextOnWordBoundaries()
    {
        string[] queries = ["victims", "\"risk of harm\"", "workload*", "CRC", "probation AND staff"];
        var hits = queries.SelectMany(q => Index.Search(new SearchRequest(q, Unit.Paragraph, Limit: 100)).Hits).ToList();

        Assert.That(hits, Is.Not.Empty);
        foreach (var hit in hits)
        {
            var text = hit.Snippet.Text;
            foreach (var span in hit.Snippet.Highlights)
            {
                Assert.That(span.Start >= 0 && span.End <= text.Length, Is.True, hit.Id);
                Assert.That(span.Start == 0 || !char.IsLetterOrDigit(text[span.Start - 1]), Is.True, $"{hit.Id}: {text}");
                Assert.That(span.End == text.Length || !char.IsLetterOrDigit(text[span.End]), Is.True, $"{hit.Id}: {text}");
            }
        }
    }
}
