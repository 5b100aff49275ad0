using System.Text.RegularExpressions;
using TextMiner.Core.Records;
using TextMiner.Extraction.Text;

namespace TextMiner.Extraction.Quotes;

/// <summary>
/// Finds who said a quote: a tag after it ("…,” he said), a lead-in before it (X said: “…”, X told reporters that
/// ‘…’, according to X), a colon lead-in in the paragraph before, a continuation of the previous speaker, or a
/// sign-off line after it. Pronouns and roles resolve through the <see cref="PersonRegistry"/>.
/// </summary>
internal sealed partial class Attributor(Document document, IReadOnlyList<IReadOnlyList<TextSpan>> sentences, PersonRegistry registry, string[] masked)
{
    private const int MaxSpeakerWords = 14;
    private const int MaxSignOffWords = 6;
    private const int MaxSignOffLineWords = 14;

    /// <summary>How much text before and after a quote its attribution may span.</summary>
    private const int LeadChars = 600;
    private const int AfterChars = 300;

    private Speaker? _lastSpeaker;
    private int _lastSpeakerParagraph = -10;
    private int _lastSpeakerPosition;

    /// <summary>The rule that found the speaker phrase: set by each step, refined by the step itself ("according to").</summary>
    private string _form = QuoteRules.Unattributed;

    /// <summary>How the last successful <see cref="Resolve"/> reached its person: null when the phrase named them in full.</summary>
    private string? _resolved;

    public Attribution Attribute(RawQuote quote, RawQuote? previous)
    {
        var found = Step(QuoteRules.AfterQuote, () => FromAfter(quote))
            ?? Step(QuoteRules.NamedAfter, () => FromNamedAfter(quote))
            ?? Step(QuoteRules.BeforeQuote, () => FromBefore(quote, previous))
            ?? Step(QuoteRules.ColonLeadIn, () => FromColonLeadIn(quote))
            ?? Step(QuoteRules.NextParagraph, () => Continuation(quote))
            ?? Step(QuoteRules.SignOff, () => FromSignOff(quote))
            ?? Step(QuoteRules.PreviousSentence, () => FromPreviousSentence(quote))
            ?? Step(QuoteRules.InterviewAnswer, () => FromInterview(quote))
            ?? Step(QuoteRules.InView, () => FromFocus(quote));
        if (found is null)
        {
            return new Attribution(null, QuoteRules.Unattributed, Confidence(QuoteRules.Unattributed));
        }

        _lastSpeaker = found.Speaker;
        _speakers.Add(found.Speaker!);
        _lastSpeakerParagraph = quote.EndParagraph;
        _lastSpeakerPosition = quote.Close;
        return found;
    }

    /// <summary>One way of finding the speaker; the record's rule is how the person was resolved, if not named in full.</summary>
    private Attribution? Step(string rule, Func<Speaker?> find)
    {
        _form = rule;
        _resolved = null;
        if (find() is not { } speaker)
        {
            return null;
        }

        var id = _resolved ?? _form;
        return new Attribution(speaker, id, Math.Min(Confidence(_form), Confidence(id)));
    }

    private static double Confidence(string rule) => Catalogue.QuoteCatalogue.Find(rule)?.Confidence ?? 0.5;

    /// <summary>A quote too short to keep ("Children need continuity," he said) still shows who is speaking.</summary>
    public void Observe(RawQuote quote)
    {
        var start = Math.Min(SentenceSplitter.Containing(sentences[quote.Paragraph], quote.Open).Start, quote.Open);
        if ((FromAfter(quote) ?? LeadIn(TextWindow.Tail(Paragraphs[quote.Paragraph].Text, start, quote.Open, LeadChars), quote.Paragraph, start)) is { } speaker)
        {
            _lastSpeaker = speaker;
            _lastSpeakerParagraph = quote.EndParagraph;
            _lastSpeakerPosition = quote.Close;
        }
    }

    private IReadOnlyList<Paragraph> Paragraphs => document.Paragraphs;

    private Speaker? FromAfter(RawQuote quote)
    {
        var text = Paragraphs[quote.EndParagraph].Text;
        if (quote.Close + 1 >= text.Length)
        {
            return null;
        }

        var after = TextWindow.Head(text, quote.Close + 1, text.Length, AfterChars);
        var nextOpen = QuoteMarks.FirstOpen(after, 0);
        if (nextOpen >= 0)
        {
            after = after[..nextOpen];
        }

        if (StartsNewSentence(after) || after.TrimEnd().EndsWith(':'))
        {
            // ". He added: ‘…’" introduces the next quote, not this one.
            return null;
        }

        var dash = AttributionPatterns.DashAfter().Match(after);
        if (dash.Success && Resolve(dash.Groups["sp"].Value, dash.Groups["role"].Success ? dash.Groups["role"].Value : null, quote.EndParagraph, quote.Close) is { Name: not null } signed)
        {
            return signed;
        }

        var verbFirst = AttributionPatterns.VerbThenSpeaker().Match(after);
        if (verbFirst.Success && ResolveSubject(verbFirst.Groups["sp"].Value, verbFirst.Groups["name"].Success ? verbFirst.Groups["name"].Value : null, quote.Paragraph, quote.Open) is { } s1)
        {
            return s1;
        }

        var speakerFirst = AttributionPatterns.SpeakerThenVerb().Match(after);
        if (speakerFirst.Success && ResolveSubject(speakerFirst.Groups["sp"].Value, speakerFirst.Groups["role"].Value, quote.Paragraph, quote.Open) is { } s2)
        {
            return s2;
        }

        if (SentenceEndTag(quote) is { } tagged)
        {
            return tagged;
        }

        if (PassiveAgent(quote, after) is { } agent)
        {
            return agent;
        }

        var according = AttributionPatterns.AccordingTo().Match(after);
        _form = QuoteRules.AccordingTo;
        return according.Success && according.Index < 3 ? ResolveSubject(according.Groups["sp"].Value, null, quote.Paragraph) : null;
    }

    /// <summary>"The reforms were described as “…” by MPs": the agent of the verdict verb before the quote.</summary>
    private Speaker? PassiveAgent(RawQuote quote, string after)
    {
        var agent = AttributionPatterns.AgentAfter().Match(after);
        return agent.Success && AttributionPatterns.PassiveLead().IsMatch(TextWindow.Tail(Paragraphs[quote.Paragraph].Text, 0, quote.Open, PassiveLeadChars))
            ? ResolveSubject(agent.Groups["sp"].Value, null, quote.EndParagraph, quote.Close)
            : null;
    }

    private const int PassiveLeadChars = 80;

    /// <summary>"… had ‘a long road to travel’ before workloads were manageable, the report said.": the tag ends the sentence.</summary>
    private Speaker? SentenceEndTag(RawQuote quote)
    {
        var text = masked[quote.EndParagraph];
        if (quote.Close + 1 >= text.Length)
        {
            return null;
        }

        var sentence = SentenceSplitter.Containing(sentences[quote.EndParagraph], quote.Close);
        var end = Math.Min(text.Length, Math.Max(quote.Close + 1, sentence.End));
        if (end - quote.Close > AfterChars)
        {
            return null;
        }

        var tag = AttributionPatterns.SentenceEndTag().Match(TextWindow.Head(text, quote.Close + 1, end, AfterChars));
        return tag.Success ? ResolveSubject(tag.Groups["sp"].Value, null, quote.EndParagraph, quote.Close) : null;
    }

    private Speaker? FromNamedAfter(RawQuote quote)
    {
        var text = Paragraphs[quote.EndParagraph].Text;
        var named = quote.Close + 1 < text.Length ? AttributionPatterns.NamedAfter().Match(TextWindow.Head(text, quote.Close + 1, text.Length, AfterChars)) : Match.Empty;
        return named.Success ? Resolve(named.Groups["sp"].Value, named.Groups["role"].Success ? named.Groups["role"].Value : null, quote.EndParagraph, quote.Close) : null;
    }

    private static bool StartsNewSentence(string after)
    {
        var trimmed = after.TrimStart();
        return trimmed.Length > 0 && trimmed[0] is '.' or '!' or '?';
    }

    private Speaker? FromBefore(RawQuote quote, RawQuote? previous)
    {
        var text = Paragraphs[quote.Paragraph].Text;
        var sentence = SentenceSplitter.Containing(sentences[quote.Paragraph], quote.Open);
        var start = Math.Min(sentence.Start, quote.Open);
        if (previous is not null && previous.EndParagraph == quote.Paragraph && previous.Close + 1 > start)
        {
            start = Math.Min(previous.Close + 1, quote.Open);
        }

        var before = TextWindow.Tail(text, start, quote.Open, LeadChars);
        var speaker = LeadIn(before, quote.Paragraph, start);
        if (speaker is null && before.TrimEnd().EndsWith(':'))
        {
            speaker = ColonLeadInSpeaker(TextWindow.Tail(masked[quote.Paragraph], start, quote.Open, LeadChars), quote.Paragraph);
        }

        if (speaker is null && previous is not null && previous.EndParagraph == quote.Paragraph && _lastSpeakerParagraph == quote.Paragraph)
        {
            // "…,’ wrote X; adding that there was ‘…’": a later quote in the same paragraph keeps its speaker.
            _form = QuoteRules.SameParagraph;
            return _lastSpeaker;
        }

        return speaker;
    }

    private Speaker? FromColonLeadIn(RawQuote quote)
    {
        var text = Paragraphs[quote.Paragraph].Text;
        var opening = text.AsSpan(0, quote.Open);
        var listItem = IsListItem(text) && !AttributionPatterns.Verb().IsMatch(opening);
        if ((!opening.IsWhiteSpace() && !listItem) || quote.Paragraph == 0)
        {
            return null;
        }

        // Items of a list under one lead-in ("The report found:" • … • …) share it.
        var leadParagraph = quote.Paragraph - 1;
        while (listItem && leadParagraph > 0 && quote.Paragraph - leadParagraph < MaxListItems && IsListItem(Paragraphs[leadParagraph].Text))
        {
            leadParagraph--;
        }

        var previousText = Paragraphs[leadParagraph].Text.TrimEnd();
        if (!previousText.EndsWith(':') && !AttributionPatterns.VerbThat().IsMatch(TextWindow.Tail(previousText, VerbThatChars)))
        {
            return null;
        }

        var lastSentence = SentenceSplitter.Containing(sentences[leadParagraph], previousText.Length - 1);
        var lead = TextWindow.Tail(previousText, lastSentence.Start, previousText.Length, LeadChars);
        var speaker = LeadIn(lead, leadParagraph) ?? FirstMention(lead, leadParagraph);
        return speaker is { Name: { Length: > 0 } name } && char.IsLower(name[0]) && FromSignOff(quote) is { } signed
            ? signed // "Statement from the National Vice-Chair:" … signed "Marcia Okafor, National Vice-Chair, Napo".
            : speaker;
    }

    private const int MaxListItems = 12;
    private const int RoleBeforeQuoteChars = 120;
    private const int VerbThatChars = 120;

    private static bool IsListItem(string text) => text.TrimStart() is { Length: > 1 } t && t[0] is '•' or '-' or '–' or '*' or '·' && char.IsWhiteSpace(t[1]);

    private Speaker? Continuation(RawQuote quote)
    {
        if (_lastSpeaker is null || quote.Paragraph - _lastSpeakerParagraph > 1)
        {
            return null;
        }

        var before = TextWindow.Tail(Paragraphs[quote.Paragraph].Text, 0, quote.Open, LeadChars);
        return AttributionPatterns.Verb().IsMatch(before) || before.TrimEnd().EndsWith(':') || HasOtherSubject(quote) ? null : _lastSpeaker;
    }

    /// <summary>"Inspectors were ‘worried by …’": the sentence around the quote has a subject of its own, not the last speaker.</summary>
    private bool HasOtherSubject(RawQuote quote)
    {
        var sentence = SentenceSplitter.Containing(sentences[quote.Paragraph], quote.Open);
        var start = Math.Min(sentence.Start, quote.Open);
        var subject = AttributionPatterns.SentenceSubject().Match(WithoutFrontedClause(TextWindow.Tail(Paragraphs[quote.Paragraph].Text, start, quote.Open, LeadChars)));
        return subject.Success && SpeakerPhrase.Parse(subject.Groups["sp"].Value) is { IsPronoun: false } parsed
            && (parsed.Role is not null || parsed.Name?.Contains(' ', StringComparison.Ordinal) == true)
            && !string.Equals(parsed.Name, _lastSpeaker?.Name, StringComparison.Ordinal);
    }

    private Speaker? FromSignOff(RawQuote quote)
    {
        var next = quote.EndParagraph + 1;
        if (next >= Paragraphs.Count)
        {
            return null;
        }

        // "– Harriet Quell, manager of the Dunmore women’s centre": a short name line, its role after the comma.
        var line = Paragraphs[next].Text.Trim().TrimStart('–', '—', '-', '~', ' ');
        var comma = line.IndexOf(',', StringComparison.Ordinal);
        var words = (comma > 0 ? line[..comma] : line).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is 0 or > MaxSignOffWords || line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > MaxSignOffLineWords
            || line.EndsWith('.') || line.EndsWith('?') || !SpeakerPhrase.IsNameToken(words[0]))
        {
            return null;
        }

        return comma > 0 ? Resolve(line[..comma], line[(comma + 1)..], next) : Resolve(line, null, next);
    }

    private Speaker? FromPreviousSentence(RawQuote quote)
    {
        var text = Paragraphs[quote.Paragraph].Text;
        if (text.AsSpan(0, quote.Open).IsWhiteSpace() && quote.Paragraph > 0)
        {
            return null;
        }

        var spans = sentences[quote.Paragraph];
        var last = quote.Open - 1;
        while (last > 0 && char.IsWhiteSpace(text[last]))
        {
            last--;
        }

        var sentence = SentenceSplitter.Containing(spans, Math.Max(0, last));
        var from = Math.Max(sentence.Start, quote.Open - LeadChars);
        return FirstMention(text[from..quote.Open], quote.Paragraph, from);
    }

    /// <summary>An answer in quote marks after a question paragraph: the interviewee, the person named most.</summary>
    private Speaker? FromInterview(RawQuote quote)
    {
        if (quote.Paragraph == 0 || !Paragraphs[quote.Paragraph - 1].Text.TrimEnd().EndsWith('?'))
        {
            return null;
        }

        return registry.MostMentioned(document)?.ToSpeaker();
    }

    /// <summary>A quote standing alone as a paragraph, with nobody named around it: whoever the story was just about.</summary>
    private Speaker? FromFocus(RawQuote quote) =>
        Paragraphs[quote.Paragraph].Text.AsSpan(0, quote.Open).IsWhiteSpace() && quote.Paragraph > 0 ? LatestSpeaker(quote.Paragraph, quote.Open) : null;

    private static string WithoutFrontedClause(string text) =>
        AttributionPatterns.FrontedClause().Match(text) is { Success: true } fronted ? text[fronted.Length..] : text;

    private Speaker? FirstMention(string text, int paragraph, int offset = -1)
    {
        var adjacent = AttributionPatterns.RoleBeforeQuote().Match(TextWindow.Tail(text, RoleBeforeQuoteChars));
        if (adjacent.Success && SpeakerPhrase.Parse(adjacent.Groups["sp"].Value) is { Role: not null, Name: null }
            && Resolve(adjacent.Groups["sp"].Value, null, paragraph) is { } body)
        {
            // "…, the departments “recognise the difficulties …”": the noun phrase right before the quote says it.
            return body;
        }

        var fronted = AttributionPatterns.FrontedClause().Match(text);
        if (fronted.Success)
        {
            // "In spite of these challenges, the Chief Inspector pointed to …": the subject follows the opening clause.
            text = text[fronted.Length..];
            offset = offset < 0 ? -1 : offset + fronted.Length;
        }

        var apposed = AttributionPatterns.RoleThenNameApposition().Match(text);
        if (apposed.Success && Resolve(apposed.Groups["name"].Value, apposed.Groups["role"].Value, paragraph) is { Name: not null } named)
        {
            return named;
        }

        var phrase = AttributionPatterns.SentenceSubject().Match(text);
        if (phrase.Success && AttributionPatterns.AddressedAfter().IsMatch(text.AsSpan(phrase.Index + phrase.Length)))
        {
            // "Service leaders are also being urged to …": whoever is urged or told is spoken to, not speaking.
            return null;
        }

        if (phrase.Success && SpeakerPhrase.Parse(phrase.Groups["sp"].Value) is { } parsed && (!parsed.IsPronoun || text.TrimEnd().EndsWith(':'))
            && !IsLoneUnknownWord(parsed)
            && Resolve(phrase.Groups["sp"].Value, null, paragraph, parsed.IsPronoun && offset >= 0 ? offset + phrase.Index : -1) is { } speaker)
        {
            // "But she was clear why: “…”" leads in like a speech verb does.
            return speaker;
        }

        var subject = Regex.Match(text, @"^\s*(?<sp>(?:[A-Z][\w’'-]*\s+){1,6}|(?i:the|a|an|one)\s+(?:[\w’'-]+\s+){0,3}?(?i:inspector|secretary|chair|manager|officer|spokesperson|spokesman|spokeswoman|minister|director|official|source|member))",
            RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        return subject.Success && SpeakerPhrase.Parse(subject.Groups["sp"].Value) is { } opening && !IsLoneUnknownWord(opening)
            ? Resolve(subject.Groups["sp"].Value, null, paragraph)
            : null;
    }

    /// <summary>
    /// A sentence's first word alone ("Consequently", "Still", "Offenders", "Merseyside") is capitalised because it
    /// opens the sentence: it is a speaker only if the document names somebody by it.
    /// </summary>
    private bool IsLoneUnknownWord(SpeakerPhrase parsed) =>
        parsed is { IsPronoun: false, Role: null, Name: { } name } && !name.Contains(' ', StringComparison.Ordinal) && registry.FindByName(name) is null;
}
