using System.Text.RegularExpressions;
using TextMiner.Core.Records;
using static TextMiner.Extraction.Figures.FigurePatterns;

namespace TextMiner.Extraction.Figures;

/// <summary>The staff-required rules: left patterns match right to left from the number, right patterns from just after it.</summary>
internal static partial class FigureRules
{
    private static FigureRule[] StaffRequiredRules() =>
    [
        new("figures.staff-required.posts-on-structure", FigureKinds.StaffRequired, NumberForm.Count, null, StaffRequiredPostsOnStructureRight())
        {
            Priority = 30,
            Triggers = ["post", "structure|establishment|staffing|organisation"],
            Description = "posts on the structure or establishment",
            Examples = ["There were 28 posts on the structure chart and the team was nine officers down."],
        },
        new("figures.staff-required.work-of", FigureKinds.StaffRequired, NumberForm.Count, StaffRequiredWorkOfLeft(), null)
        {
            Priority = 50,
            Triggers = ["doing"],
            Description = "the number whose work a smaller team does",
            Examples = ["We have nine officers doing the work of fifteen."],
        },
        new("figures.staff-required.of-the-total", FigureKinds.StaffRequired, NumberForm.Count, StaffRequiredOfTheTotalLeft(), StaffRequiredOfTheTotalRight())
        {
            Priority = 60,
            Triggers = ["staff|officer|practitioner|employee|worker|people|pso|po|member|personnel|colleague|post|case|fte|position|role|job|job", "of"],
            Description = "the total in “N of the T posts”",
            Examples = ["Seven of the 35 probation services officer posts were vacant."],
        },
        new("figures.staff-required.of-total-posts", FigureKinds.StaffRequired, NumberForm.Count, StaffRequiredOfTotalPostsLeft(), StaffRequiredOfTotalPostsRight())
        {
            Priority = 70,
            Triggers = ["post|position|role", "of"],
            Description = "the total in “N of T posts”",
            Examples = ["Six of 24 posts were vacant in the spring."],
        },
        new("figures.staff-required.posts-needed", FigureKinds.StaffRequired, NumberForm.Count, null, StaffRequiredPostsNeededRight())
        {
            Priority = 80,
            Triggers = ["staff|officer|practitioner|employee|worker|people|pso|po|member|personnel|colleague|post|case|fte|position|role|job", "need|requir|should|funded"],
            Description = "posts or staff a unit needs, requires or is funded for",
            Examples = ["Of the 62 officer posts the PDU needs, only 49 were filled."],
        },
        new("figures.staff-required.funded-posts", FigureKinds.StaffRequired, NumberForm.Count, null, StaffRequiredFundedPostsRight())
        {
            Priority = 180,
            Triggers = ["post", "funded|budgeted|established|permanent|approved"],
            Description = "N funded, budgeted or established posts",
            Examples = ["There were 19 case managers in post against 25 funded posts."],
        },
        new("figures.staff-required.out-of", FigureKinds.StaffRequired, NumberForm.Count, StaffRequiredOutOfLeft(), StaffRequiredOutOfRight())
        {
            Priority = 230,
            Triggers = ["out"],
            Description = "the total in “out of T posts”",
            Examples = ["Our unit has three vacancies out of nine posts."],
        },
        new("figures.staff-required.establishment-of", FigureKinds.StaffRequired, NumberForm.Count, StaffRequiredEstablishmentOfLeft(), null)
        {
            Priority = 290,
            Triggers = ["requirement|target|establishment|complement|required|staffing"],
            Description = "a requirement, target, establishment or complement of N",
            Examples = ["The team was 8 officers down on its establishment of 27."],
        },
        new("figures.staff-required.when-needed", FigureKinds.StaffRequired, NumberForm.Count, StaffRequiredWhenNeededLeft(), null)
        {
            Priority = 300,
            Triggers = ["post|employed|place", "need|requir|should|funded"],
            Description = "in post when it needed N",
            Examples = ["The office had 21 probation officers in post when it needed 30."],
        },
        new("figures.staff-required.should-have", FigureKinds.StaffRequired, NumberForm.Count, StaffRequiredShouldHaveLeft(), StaffNounAfter())
        {
            Priority = 310,
            Triggers = ["should|ought|normally|supposed|meant|be"],
            Description = "a team should have N staff",
            Examples = ["The Greyhaven team should have 16 probation officers."],
        },
        new("figures.staff-required.there-should-be", FigureKinds.StaffRequired, NumberForm.Count, StaffRequiredThereShouldBeLeft(), null)
        {
            Priority = 320,
            Triggers = ["should|ought"],
            Description = "there should be N",
            Examples = ["In my office we have 11 PSOs where there should be 18."],
        },
        new("figures.staff-required.funded-for", FigureKinds.StaffRequired, NumberForm.Count, StaffRequiredFundedForLeft(), null)
        {
            Priority = 330,
            Triggers = ["funded|budgeted"],
            Description = "funded or budgeted for N",
            Examples = ["We're funded for twelve."],
        },
        new("figures.staff-required.needs", FigureKinds.StaffRequired, NumberForm.Count, StaffRequiredNeedsLeft(), StaffNounAfter())
        {
            Priority = 350,
            Triggers = ["need|requir", "staff|officer|practitioner|employee|worker|people|pso|po|member|personnel|colleague|post|case|fte|position|role|job"],
            Description = "needs or requires N staff",
            Examples = ["The division needs 310 probation officers to meet demand."],
        },
        new("figures.staff-required.recruitment", FigureKinds.StaffRequired, NumberForm.Count, StaffRequiredRecruitmentLeft(), StaffRequiredRecruitmentRight())
        {
            Priority = 710,
            Confidence = 0.8,
            Triggers = ["recruit|hire|hiring|employ|take|bring|train|target|pledge|commitment|aim", "members|officer|staff|practitioner|employee|worker|personnel|trainee|recruit|case|pso|po|fte|colleague"],
            Description = "a recruitment target: to recruit, take on or hire N staff (modifiers before the noun skipped)",
            Examples = ["The ministry has pledged to recruit another 1,350 trainee probation officers by next spring."],
            NonExamples = ["Eastfold managed to recruit 31 trainee probation officers last year."],
        },
    ];

    [GeneratedRegex(@"^\s*(?:[\w-]+\s+){0,2}?posts\s+(?:on|in)\s+(?:the\s+|its\s+|their\s+)?(?:structure|establishment|staffing|organisation)\b", Options)]
    private static partial Regex StaffRequiredPostsOnStructureRight();

    [GeneratedRegex(@"\bdoing\s+the\s+work\s+of\s+$", Options | RegexOptions.RightToLeft)]
    private static partial Regex StaffRequiredWorkOfLeft();

    [GeneratedRegex($@"\b(?:\d[\d,]*|{NumberWord})\s+of\s+(?:the\s+[\w-]+(?:’s|'s)|the|its|their)\s+$", Options | RegexOptions.RightToLeft)]
    private static partial Regex StaffRequiredOfTheTotalLeft();

    [GeneratedRegex($@"^\s*{Gap}(?:posts|positions|roles|jobs|{StaffNoun})\b", Options)]
    private static partial Regex StaffRequiredOfTheTotalRight();

    [GeneratedRegex($@"\b(?:\d[\d,]*|{NumberWord})\s+of\s+$", Options | RegexOptions.RightToLeft)]
    private static partial Regex StaffRequiredOfTotalPostsLeft();

    [GeneratedRegex(@"^\s*(?:[\w-]+\s+){0,3}?(?:posts|positions|roles)\b", Options)]
    private static partial Regex StaffRequiredOfTotalPostsRight();

    [GeneratedRegex($@"^\s*{Gap}(?:posts|positions|roles|jobs|{StaffNoun})\s+(?:that\s+|which\s+)?(?:the\s+|it\s+|they\s+)?(?:(?!(?:against|compared|versus|and|but|while|yet)\b)[\w-]+\s+){{0,2}}?(?:needs|requires|needed|required|should\s+have|is\s+funded\s+for|was\s+funded\s+for)\b", Options)]
    private static partial Regex StaffRequiredPostsNeededRight();

    [GeneratedRegex(@"^\s*(?:funded|budgeted|established|permanent|approved)\s+(?:[\w-]+\s+)?posts\b", Options)]
    private static partial Regex StaffRequiredFundedPostsRight();

    [GeneratedRegex(@"\bout\s+of\s+(?:a\s+total\s+of\s+|an?\s+establishment\s+of\s+)?$", Options | RegexOptions.RightToLeft)]
    private static partial Regex StaffRequiredOutOfLeft();

    [GeneratedRegex($@"^\s*{Gap}(?:posts|positions|roles|{StaffNoun})\b", Options)]
    private static partial Regex StaffRequiredOutOfRight();


    [GeneratedRegex($@"\b(?:requirement|target|establishment|complement|required\s+(?:staffing|level|number)|staffing\s+(?:level|requirement))\s+(?:[\w’'-]+\s+){{0,6}}?(?:of|was|is|stood\s+at|set\s+at|for)\s+{BeforeHedges}", Options | RegexOptions.RightToLeft)]
    private static partial Regex StaffRequiredEstablishmentOfLeft();

    [GeneratedRegex($@"\b(?:in\s+post|employed|in\s+place)\b[^.;]{{0,40}}?\b(?:when|while|whereas|where|but|against|compared\s+with|and)\s+(?:it|they|the\s+[\w-]+|[\w-]+)\s+(?:needed|needs|required|requires|should\s+have(?:\s+had)?|was\s+funded\s+for|is\s+funded\s+for)\s+{BeforeHedges}", Options | RegexOptions.RightToLeft)]
    private static partial Regex StaffRequiredWhenNeededLeft();

    [GeneratedRegex($@"\b(?:(?:should|ought\s+to|would\s+normally|(?:is|are|was|were)\s+supposed\s+to|(?:is|are|was|were)\s+meant\s+to|be)\s+(?:have|employ|be\s+staffed\s+with|staffed\s+with))\s+{BeforeHedges}", Options | RegexOptions.RightToLeft)]
    private static partial Regex StaffRequiredShouldHaveLeft();

    [GeneratedRegex($@"\b(?:there\s+should\s+be|there\s+ought\s+to\s+be|(?:team|office|unit|service|PDU)\s+should\s+have)\s+{BeforeHedges}", Options | RegexOptions.RightToLeft)]
    private static partial Regex StaffRequiredThereShouldBeLeft();

    [GeneratedRegex($@"\b(?:funded|budgeted)\s+for\s+{BeforeHedges}", Options | RegexOptions.RightToLeft)]
    private static partial Regex StaffRequiredFundedForLeft();

    [GeneratedRegex($@"\b(?:needs?|needed|requires?|required|requiring)\s+{BeforeHedges}", Options | RegexOptions.RightToLeft)]
    private static partial Regex StaffRequiredNeedsLeft();

    [GeneratedRegex($@"\b(?:(?<!\b(?:managed|able|struggled|failed|only)\s+)to\s+(?:recruit|hire|employ|take\s+on|bring\s+in|train)|(?:to|of)\s+(?:recruiting|hiring)|(?:will|would|shall|must)\s+(?:recruit|hire|take\s+on|bring\s+in|train)|(?:target|pledge|commitment|aim)\s+of)\s+[‘'""“]?{Mods}(?:an?\s+(?:extra|additional)\s+)?$", Options | RegexOptions.RightToLeft)]
    private static partial Regex StaffRequiredRecruitmentLeft();

    [GeneratedRegex($@"^\+?\s*{NounMods}{StaffHead}", Options)]
    private static partial Regex StaffRequiredRecruitmentRight();
}
