namespace TextMiner.Extraction.Quotes;

/// <summary>The ids of the quote rules (see <see cref="Catalogue.QuoteCatalogue"/>): where the speaker was found and how it was resolved.</summary>
internal static class QuoteRules
{
    public const string AfterQuote = "quotes.said.after-quote";
    public const string BeforeQuote = "quotes.said.before-quote";
    public const string AccordingTo = "quotes.according-to";
    public const string NamedAfter = "quotes.named-after";
    public const string ColonLeadIn = "quotes.colon-lead-in";
    public const string SameParagraph = "quotes.same-speaker.same-paragraph";
    public const string NextParagraph = "quotes.same-speaker.next-paragraph";
    public const string SignOff = "quotes.sign-off";
    public const string PreviousSentence = "quotes.previous-sentence";
    public const string InterviewAnswer = "quotes.interview-answer";
    public const string InView = "quotes.in-view";
    public const string PronounResolved = "quotes.pronoun.resolved";
    public const string SurnameResolved = "quotes.surname.resolved";
    public const string RoleResolved = "quotes.role.resolved";
    public const string Unattributed = "quotes.unattributed";
}
