using TextMiner.Classification.Corpus;

namespace TextMiner.Classification.Tests;

/// <summary>
/// A small labelled set written for these tests (not taken from corpus/labels), in the registers of the sources:
/// inspection prose, press-release prose, union campaign prose and newspaper prose. Two or more paragraphs per theme.
/// </summary>
internal static class FixtureParagraphs
{
    public static IReadOnlyList<LabelledParagraph> All { get; } =
    [
        P("v1", "Victims who had opted into the Victim Contact Scheme were not always told when the offender's licence conditions changed.", "victim-contact"),
        P("v2", "Victim liaison officers told us their caseloads had doubled, leaving little time to explain parole decisions to victims and their families.", "victim-contact", "workload"),
        P("v3", "The service had piloted restorative justice conferences, giving victims a chance to meet the person who harmed them.", "victim-contact"),
        P("s1", "There were 45 vacancies for probation officers in the division, and agency staff were covering almost a fifth of the posts.", "staffing"),
        P("s2", "Napo warned that experienced staff were leaving faster than new recruits could be trained, and that retention had become a crisis.", "staffing", "training"),
        P("s3", "Sickness absence averaged 14 days per member of staff, well above the civil service average.", "staffing"),
        P("w1", "Practitioners described unmanageable workloads; the workload measurement tool showed many teams working at 130 per cent of capacity.", "workload"),
        P("w2", "Officers told the newspaper they were routinely working late into the evening just to keep up with their cases, and several had been signed off with stress.", "workload"),
        P("p1", "Domestic abuse and child safeguarding checks had not been completed before sentence in too many of the cases we inspected.", "public-protection", "court-work"),
        P("p2", "Risk of serious harm assessments were often out of date, and MAPPA arrangements were not used as well as they should have been.", "public-protection"),
        P("r1", "The government's decision to part-privatise probation through Transforming Rehabilitation has been a costly failure, the union said.", "privatisation"),
        P("r2", "The community rehabilitation company's contract with the Ministry of Justice will end early, ahead of the unification of probation services.", "privatisation"),
        P("t1", "New staff praised their induction, but the professional qualification programme left trainees carrying cases too soon.", "training"),
        P("t2", "Managers had not ensured that staff completed mandatory learning on domestic abuse, and access to development opportunities was patchy.", "training", "public-protection"),
        P("e1", "Members reported leaking roofs, broken heating and lifts out of action in probation offices under the facilities management contract.", "estates"),
        P("e2", "Several approved premises beds had been out of use for months while repairs were awaited.", "estates"),
        P("l1", "Leaders had a clear strategy, but governance arrangements did not give them enough oversight of the quality of casework.", "leadership"),
        P("l2", "The senior management team had worked hard to build an open culture in which staff felt able to raise concerns.", "leadership"),
        P("c1", "Court staff prepared oral pre-sentence reports on the day, and sentencers told us they valued the quality of advice to court.", "court-work"),
        P("c2", "Too many short-format reports were written without enough information, so magistrates were not always well advised when sentencing.", "court-work"),
        P("h1", "Too few people on probation were helped to find settled accommodation on release, which undermines their chances of desistance.", "rehabilitation"),
        P("h2", "Unpaid work had been suspended during the pandemic, and the backlog of hours still to be completed ran into the hundreds of thousands.", "rehabilitation"),
        P("y1", "Napo members voted overwhelmingly for industrial action short of a strike in the long-running dispute over pay.", "pay-and-conditions"),
        P("y2", "The union said the pay offer fell far short of inflation and failed to address the erosion of terms and conditions.", "pay-and-conditions"),
        P("i1", "Staff spent hours wrestling with the case management system, and the new laptops frequently failed to connect to the network.", "technology"),
        P("i2", "The rollout of the new digital system was delayed again after problems with data migration from nDelius.", "technology"),
        P("d1", "Services for women were well developed, but the region had not analysed outcomes for Black, Asian and minority ethnic people on probation.", "equality-diversity"),
        P("d2", "The inspectorate found that staff did not consider diversity and protected characteristics when planning work with people on probation.", "equality-diversity"),
        P("n1", "The report was published on Thursday and is available on the inspectorate's website.", []),
        P("n2", "For further information please contact the press office.", []),
    ];

    private static LabelledParagraph P(string id, string text, params string[] labels) => new(id, text, labels);
}
