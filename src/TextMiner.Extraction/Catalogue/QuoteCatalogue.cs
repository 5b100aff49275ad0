using TextMiner.Extraction.Quotes;

namespace TextMiner.Extraction.Catalogue;

/// <summary>
/// The quotes rules of the catalogue (ids `quotes.…`): where the speaker of a quotation was found, or how a pronoun,
/// surname or role was resolved to a person. Examples are invented sentences in the genre; paragraphs are separated by
/// a blank line. A quote's rule is how its speaker was resolved when that was not a full name in the text.
/// </summary>
public static class QuoteCatalogue
{
    public static IReadOnlyList<ExtractionRule> Rules { get; } =
    [
        new(QuoteRules.AfterQuote, "A speech verb and the speaker right after the quote: “…,” said X / “…,” X said / “…,” X, a role, said; a dash and a name (“…” – X, role); the agent of a passive verdict (described as “…” by X); or a tag ending the sentence the quote sits in (“…” before …, the report said).", 0.95,
            [
                "“We are not asking for the moon, just for caseloads we can manage.” – Delphine Markby, branch chair.",
                "The reforms have been described as “a costly mistake that left the service weaker than before” by MPs.",
                "“Our members are covering three caseloads at once and it cannot go on,” said Orla Penhallow, Napo branch chair in Cornwall.",
                "“The division has lost a third of its experienced officers in two years,” Ferdinand Aske, director of operations at the Inspectorate, said.",
                "The service still had “a great deal of ground to make up on public protection” before the next visit, the report said.",
            ],
            [
                "“Our members are covering three caseloads at once and it cannot go on.” Nevertheless, the branch accepted the offer.",
                "The inspectors published “A thematic review of work with victims” in the spring.",
            ]),
        new(QuoteRules.BeforeQuote, "The speaker and a speech verb before the quote in the same sentence: X said: “…” / X told reporters that “…”; before a colon lead-in without a speech verb, the person of an apposition (“X, role, section, put it down to: …”); a document antecedent of “which said”.", 0.95,
            [
                "Chief Inspector of Probation Rosalind Attwater said: “Too many people are supervised by staff who are new to the work.”",
                "Napo official Tobias Wrenfield told the conference that members were “exhausted and close to walking away from the job”.",
                "Farley City Council’s executive member for children, Joan Pettigrew, said: “We are delighted that our work has been recognised.”",
                "Rhiannon Pask, Unison branch secretary, North Wales Health, blamed the problem on: “Years of cuts that nobody in charge will own up to.”",
                "The union backed the Public Accounts Committee report, which said it was “not convinced the plans will ever work as intended”.",
            ],
            [
                "“Too many people are supervised by staff who are new to the work,” said Rosalind Attwater.",
                "Consequently, ‘some officers are holding far more cases than the model allows’, with supervision suffering.",
            ]),
        new(QuoteRules.AccordingTo, "According to X (or in the words of X), before or after the quote.", 0.9,
            [
                "Staff were “working well beyond their contracted hours every single week”, according to Priyanka Dholakia, a Napo rep in Leeds.",
                "There are, in the words of one manager, “simply not enough hours in the day to do this job properly”.",
            ],
            [
                "Staff were “working well beyond their contracted hours every single week”, said Priyanka Dholakia.",
            ]),
        new(QuoteRules.NamedAfter, "The sentence after the quote names its speaker: “…” That was the verdict of X, a role / So says X.", 0.85,
            [
                "“This is the most damning report I have read in my career.” So says Winifred Ashdown, a retired senior probation officer.",
                "“Nobody joins this service for the pay, but nobody expects to be broken by it either.” That was the verdict of Elspeth Garvie, a probation officer in Dundee.",
            ],
            [
                "“Nobody joins this service for the pay, but nobody expects to be broken by it either,” said Elspeth Garvie.",
            ]),
        new(QuoteRules.ColonLeadIn, "A paragraph ending with a colon leads in to a quote that is the next paragraph.", 0.85,
            [
                "Napo’s national chair Odette Quayle set out the union’s position:\n\n“We need a cap on workloads and we need it before another officer leaves.”",
            ],
            [
                "Napo’s national chair Odette Quayle set out the union’s position.\n\nThe branch meets again in March to discuss the ballot result.",
            ]),
        new(QuoteRules.SameParagraph, "A later quote in the same paragraph as an attributed one keeps its speaker.", 0.85,
            [
                "The regional director, Caspian Rudd, called it “a decisive moment for the whole region”, while warning that there was ‘no quick fix for the vacancies in the north’.",
            ],
            [
                "Caspian Rudd said: “We have turned a corner on recruitment in the north.”",
            ]),
        new(QuoteRules.NextParagraph, "A quote opening the next paragraph, with no speech verb of its own, continues the last speaker.", 0.8,
            [
                "Inspector Marguerite Olsson said: “We found leaders who knew their service well.”\n\n“Their challenge now is to keep the staff they have worked so hard to recruit.”",
            ],
            [
                "Inspector Marguerite Olsson said: “We found leaders who knew their service well.”",
            ]),
        new(QuoteRules.SignOff, "A short sign-off line after the quote names its speaker, its role after a comma: “…” / – Hester Blaine, Branch Chair.", 0.85,
            [
                "“Every member of this branch deserves a manageable caseload and a safe office to work in.”\n\nHester Blaine, Branch Chair",
                "“Nobody who works here thinks the new rota is safe for staff or for the people we supervise.”\n\n– Orla Penhaligon, manager of the Fenwick approved premises",
            ],
            [
                "“Every member of this branch deserves a manageable caseload and a safe office to work in,” said Hester Blaine.",
            ]),
        new(QuoteRules.PreviousSentence, "No speech verb: the speaker is the subject of the sentence the quote sits in or follows (\"Inspectors were ‘…’\").", 0.7,
            [
                "Inspectors were “deeply concerned by the standard of risk assessment in the north of the county”.",
                "The council’s latest report drew attention to “a shortage of qualified staff in every single team”.",
            ],
            [
                "Still, the service had “a long way to go before its caseloads are manageable again”.",
                "Offenders released early could reoffend because the system is “doing too little to learn from its mistakes”, inspectors warn.",
            ]),
        new(QuoteRules.InterviewAnswer, "An answer in quote marks after a question paragraph: the person the interview is about.", 0.7,
            [
                "Thaddeus Quill has worked as a probation officer in Hull for eleven years.\n\nWhat has changed since unification?\n\n“The caseloads are heavier and the paperwork never stops, but the team is still the best part of the job.”",
            ],
            [
                "Thaddeus Quill has worked as a probation officer in Hull for eleven years.\n\nThe caseloads in Hull rose again this year.",
            ]),
        new(QuoteRules.InView, "A quote standing alone as a paragraph with nobody named around it: whoever the story was just about.", 0.5,
            [
                "The report praised Marisol Ekwueme, who leads the youth justice team in Rotherham.\n\n“Our children deserve workers who have time to listen to them properly.”",
            ],
            [
                "“Our children deserve workers who have time to listen to them properly.”",
            ]),
        new(QuoteRules.PronounResolved, "The speaker is a pronoun (“…,” she said) resolved to the person in view, back to two paragraphs.", 0.75,
            [
                "Ottilie Marchbank, a senior probation officer in Kent, described the pressure on her team.\n\n“I have never seen so many newly qualified officers carrying such serious cases,” she said.",
                "Probation officer Imogen Sallow and her manager, Mr Bartholomew Keech, spoke to us in Ludham.\n\n“Some weeks I see twenty people in two days and write the reports at night,” she said.",
            ],
            [
                "“I have never seen so many newly qualified officers carrying such serious cases,” said Ottilie Marchbank.",
            ]),
        new(QuoteRules.SurnameResolved, "The speaker is a surname or a title and surname (Mr Vane said) resolved to the full name named earlier.", 0.85,
            [
                "Napo general secretary Leopold Vane responded to the figures.\n\n“These vacancies are the result of years of neglect by ministers,” Mr Vane said.",
            ],
            [
                "“These vacancies are the result of years of neglect by ministers,” said Leopold Vane.",
            ]),
        new(QuoteRules.RoleResolved, "The speaker is a definite role (the Chief Inspector said) resolved to the person holding it, named earlier.", 0.8,
            [
                "Chief Inspector of Probation Roderick Halloran published the annual report today.\n\n“Too many people are supervised by staff who are overstretched,” the Chief Inspector said.",
                "The union’s branch secretary, Idris Pengelly, spoke first at the meeting.\n\n“Nobody should have to work like this for so long,” the branch secretary said.",
            ],
            [
                "“Too many people are supervised by staff who are overstretched,” a Ministry of Justice spokesperson said.",
                "The union’s branch secretary, Idris Pengelly, spoke first at the meeting.\n\n“We cannot go on like this and we will ballot our members,” the union said.",
            ]),
        new(QuoteRules.Unattributed, "A quotation with no speaker in view; kept with no speaker.", 0.5,
            [
                "“Nobody can carry caseloads of this size for long without something giving way.”",
            ],
            [
                "“Nobody can carry caseloads of this size for long without something giving way,” said Ines Varga.",
            ]),
    ];

    private static readonly Dictionary<string, ExtractionRule> ById = Rules.ToDictionary(r => r.Id, StringComparer.Ordinal);

    /// <summary>The rule with this id, or null.</summary>
    public static ExtractionRule? Find(string id) => ById.GetValueOrDefault(id);
}
