using System.Text.RegularExpressions;
using TextMiner.Core.Records;
using static TextMiner.Extraction.Figures.FigurePatterns;

namespace TextMiner.Extraction.Figures;

/// <summary>The people-supervised rules: left patterns match right to left from the number, right patterns from just after it.</summary>
internal static partial class FigureRules
{
    private static FigureRule[] PeopleSupervisedRules() =>
    [
        new("figures.people-supervised.children", FigureKinds.PeopleSupervised, NumberForm.Count, SupervisingVerbBefore(), PeopleSupervisedChildrenRight())
        {
            Priority = 430,
            MinValue = 10,
            Triggers = ["child|young"],
            Description = "works with or supervises N children",
            Examples = ["The youth justice service works with around 170 children each year."],
        },
        new("figures.people-supervised.verb-object", FigureKinds.PeopleSupervised, NumberForm.Count, SupervisingVerbBefore(), PeopleSupervisedVerbObjectRight())
        {
            Priority = 440,
            MinValue = 100,
            Triggers = ["offender|people|individual|service|client|adult|men|women|young|case|supervisee|probationer|perpetrator|prisoner|person|child"],
            Description = "supervises, manages or is responsible for N offenders",
            Examples = ["The division supervises more than 19,000 offenders across the region."],
        },
        new("figures.people-supervised.context-object", FigureKinds.PeopleSupervised, NumberForm.Count, PeopleSupervisedContextObjectLeft(), SupervisedPeopleAfter())
        {
            Priority = 450,
            MinValue = 1000,
            Triggers = ["offender|people|individual|service|case|supervisee|probationer"],
            Description = "N offenders or people on probation in a sentence about supervision",
            Examples = ["Under the new supervision contracts, about 41,000 offenders in the region are managed by the company."],
        },
        new("figures.people-supervised.number-of", FigureKinds.PeopleSupervised, NumberForm.Count, PeopleSupervisedNumberOfLeft(), null)
        {
            Priority = 460,
            MinValue = 1000,
            Triggers = ["supervision|probation"],
            Description = "the number of people under supervision as N",
            Examples = ["The minister gave the number of people under probation supervision as 238,400."],
        },
        new("figures.people-supervised.there-were", FigureKinds.PeopleSupervised, NumberForm.Count, PeopleSupervisedThereWereLeft(), SupervisedPeopleAfter())
        {
            Priority = 470,
            MinValue = 50,
            Triggers = ["offender|people|individual|service|case|supervisee|probationer"],
            Description = "there were or it had N offenders under supervision",
            Examples = ["There were 153,000 offenders under supervision at the end of the year."],
        },
        new("figures.people-supervised.on-probation", FigureKinds.PeopleSupervised, NumberForm.Count, null, PeopleSupervisedOnProbationRight())
        {
            Priority = 480,
            MinValue = 100,
            Triggers = ["probation|supervis"],
            Description = "N people on probation or under supervision",
            Examples = ["Across the country, 230,000 people are on probation."],
        },
        new("figures.people-supervised.stood-at", FigureKinds.PeopleSupervised, NumberForm.Count, PeopleSupervisedStoodAtLeft(), null)
        {
            Priority = 490,
            MinValue = 100,
            Triggers = ["supervised|supervision|probation"],
            Description = "people supervised … stood at N",
            Examples = ["The number of children supervised by youth justice services stood at about 12,900."],
        },
        new("figures.people-supervised.noun-phrase", FigureKinds.PeopleSupervised, NumberForm.Count, PeopleSupervisedNounPhraseLeft(), PeopleSupervisedNounPhraseRight())
        {
            Priority = 700,
            MinValue = 100,
            Confidence = 0.8,
            Triggers = ["supervis|manag|overs|responsib|cover|work", "offender|people|individual|service|supervisee|probationer|adult|young|child|men|women|client"],
            Description = "a supervising verb, then the number, then its noun phrase whose head names people (modifiers skipped)",
            Examples = ["The company, covering the supervision of 164,000 low and medium-risk offenders a year, was criticised."],
            NonExamples = ["The company, covering 164 square miles of moorland, was criticised."],
        },
    ];

    [GeneratedRegex($@"^\s*{Gap}(?:children|young\s+people)\b", Options)]
    private static partial Regex PeopleSupervisedChildrenRight();

    [GeneratedRegex($@"^\s*{Gap}{People}", Options)]
    private static partial Regex PeopleSupervisedVerbObjectRight();

    [GeneratedRegex($@"(?:supervis|manag|overs[ae]|responsib|caseload|books|probation\s+service|\bNPS\b|\bCRC)[^.!?]*$", Options | RegexOptions.RightToLeft)]
    private static partial Regex PeopleSupervisedContextObjectLeft();

    [GeneratedRegex($@"\b(?:number\s+of\s+)?(?:people|offenders|individuals|service\s+users)\s+(?:under|on|subject\s+to)\s+(?:probation\s+)?(?:supervision|probation)\b[^.!?]{{0,30}}?\b(?:as|was|at|of|stood\s+at|reached|to|is|totall?ed)\s+{BeforeHedges}", Options | RegexOptions.RightToLeft)]
    private static partial Regex PeopleSupervisedNumberOfLeft();

    [GeneratedRegex($@"(?:^|\b(?:there\s+(?:were|are|was|is)|ha[sd]|have|with|totall?ing|nationally|overall|in\s+all|altogether))\s*,?\s*{BeforeHedges}", Options | RegexOptions.RightToLeft)]
    private static partial Regex PeopleSupervisedThereWereLeft();

    [GeneratedRegex(@"^\s*(?:people|offenders|individuals)\s+(?:are\s+|were\s+)?(?:currently\s+)?(?:on\s+probation|under\s+(?:probation\s+)?supervision|being\s+supervised)", Options)]
    private static partial Regex PeopleSupervisedOnProbationRight();

    [GeneratedRegex($@"\b(?:people|children|offenders|individuals|young\s+people)\s+(?:supervised|under\s+supervision|on\s+probation)\b[^.!?]{{0,60}}?\b(?:at|to|of|was|is|as|stood\s+at|reached|totall?ed)\s+{BeforeHedges}", Options | RegexOptions.RightToLeft)]
    private static partial Regex PeopleSupervisedStoodAtLeft();

    [GeneratedRegex($@"\b(?:supervis(?:e|es|ed|ing)|supervision\s+of|manag(?:e|es|ed|ing)|management\s+of|overs(?:ee|ees|aw|eeing|een)|responsib(?:le|ility)\s+for(?:\s+(?:supervising|managing|overseeing))?|cover(?:s|ed|ing)?|works?\s+with|working\s+with)\s+{BeforeHedges}", Options | RegexOptions.RightToLeft)]
    private static partial Regex PeopleSupervisedNounPhraseLeft();

    [GeneratedRegex($@"^\+?\s*{NounMods}{PeopleHead}", Options)]
    private static partial Regex PeopleSupervisedNounPhraseRight();
}
