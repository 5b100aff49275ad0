using Lucene.Net.Search;
using Lucene.Net.Util.Automaton;
using TextMiner.Search.Indexing;

namespace TextMiner.Search.Highlighting;

/// <summary>
/// What to mark in a hit's text, read from the parsed query: stemmed terms, phrases (with slop), and the automata of
/// wildcard, prefix, regex and fuzzy terms, run on the surface words (Lucene's own matchers: linear in a word's length,
/// whatever the pattern). Prohibited clauses mark nothing.
/// </summary>
internal sealed class HighlightPlan
{
    private readonly HashSet<string> terms = new(StringComparer.Ordinal);
    private readonly List<PhrasePattern> phrases = [];
    private readonly List<CharacterRunAutomaton> patterns = [];

    private HighlightPlan()
    {
    }

    public IReadOnlySet<string> Terms => terms;

    public IReadOnlyList<PhrasePattern> Phrases => phrases;

    public IReadOnlyList<CharacterRunAutomaton> Patterns => patterns;

    /// <summary>Every word a term or phrase of the plan looks for (the terms a snippet's analysis must spell out).</summary>
    public HashSet<string> Words { get; } = new(StringComparer.Ordinal);

    public bool IsEmpty => terms.Count == 0 && phrases.Count == 0 && patterns.Count == 0;

    public static HighlightPlan From(Query query)
    {
        var plan = new HighlightPlan();
        plan.Visit(query);
        plan.Words.UnionWith(plan.terms);
        plan.Words.UnionWith(plan.phrases.SelectMany(phrase => phrase.Terms));
        return plan;
    }

    private void Visit(Query query)
    {
        switch (query)
        {
            case BooleanQuery boolean:
                foreach (var clause in boolean.Clauses.Where(c => !c.IsProhibited))
                {
                    Visit(clause.Query);
                }

                break;
            case DisjunctionMaxQuery max:
                foreach (var inner in max.Disjuncts)
                {
                    Visit(inner);
                }

                break;
            case TermQuery term when term.Term.Field == IndexFields.Text:
                terms.Add(term.Term.Text);
                break;
            case PhraseQuery phrase when phrase.GetTerms() is { Length: > 0 } words && words[0].Field == IndexFields.Text:
                AddPhrase(words.Select(w => w.Text).ToArray(), phrase.GetPositions(), phrase.Slop);
                break;
            case MultiPhraseQuery multi when multi.GetTermArrays().Count > 0 && multi.GetTermArrays()[0][0].Field == IndexFields.Text:
                foreach (var alternatives in multi.GetTermArrays())
                {
                    terms.UnionWith(alternatives.Select(t => t.Text));
                }

                break;
            case PrefixQuery prefix when prefix.Prefix.Field == IndexFields.TextPlain:
                patterns.Add(new CharacterRunAutomaton(
                    BasicOperations.Concatenate(BasicAutomata.MakeString(prefix.Prefix.Text), BasicAutomata.MakeAnyString())));
                break;
            case AutomatonQuery automaton when automaton.Field == IndexFields.TextPlain:
                patterns.Add(new CharacterRunAutomaton(automaton.Automaton));
                break;
            case FuzzyQuery fuzzy when fuzzy.Term.Field == IndexFields.TextPlain:
                patterns.Add(new CharacterRunAutomaton(
                    new LevenshteinAutomata(fuzzy.Term.Text, fuzzy.Transpositions).ToAutomaton(fuzzy.MaxEdits)));
                break;
        }
    }

    private void AddPhrase(string[] words, int[] positions, int slop)
    {
        if (words.Length == 1)
        {
            terms.Add(words[0]);
            return;
        }

        phrases.Add(new PhrasePattern(words, positions.Select(p => p - positions[0]).ToArray(), slop));
    }
}
