using System.Text.RegularExpressions;
using TextMiner.Extraction.Text;

namespace TextMiner.Extraction.Ratings;

/// <summary>Lists of domains that share one grade, split into items.</summary>
internal static partial class RatingExtractor
{
    private const int MaxListItemWords = 6;

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    /// <summary>"rated planning and reviewing as Inadequate", "rated A, B and C – as Good": one grade shared by a list.</summary>
    [GeneratedRegex(@"(?<list>[^.;:()]{3,240}?)\s*[–—-]?\s*(?:\bas|\bto\s+be|\bthe\s+same|\b(?:were|are)(?:\s+(?:all\s+|both\s+|each\s+|also\s+)?(?:rated|judged|graded|found)(?:\s+as|\s+to\s+be)?)?|\b(?:rated|judged|graded|assessed|deemed))\s*[“""‘']?$",
        RegexOptions.CultureInvariant)]
    private static partial Regex SharedGrade();

    [GeneratedRegex(@"\b(?:standards|areas|domains|aspects|elements|strands)\s+(?:rated|judged(?:\s+to\s+be)?|graded|assessed\s+as|found\s+to\s+be)(?:\s+as)?\s*[“""‘']?$", Options)]
    private static partial Regex GroupRatedBefore();

    [GeneratedRegex(@"^[”’'""]?\s*(?:were|are)\s+(?<list>[^.;:()]{3,200}?)[.!]?\s*$", Options)]
    private static partial Regex WereListAfter();

    /// <summary>"rated leadership, staff and partnerships", "judged its assessment and planning": a list as the rating verb's object.</summary>
    [GeneratedRegex(@"\b(?:rated|rates|rating|judged|judges|graded|grades|scored|considered|deemed)\s+(?<list>(?:(?:its|their|the)\s+)?[a-z][^.;:()“”""‘’,]{0,60}(?:,\s*[^.;:()“”""‘’,]{2,60}){0,6}?,?\s+and\s+[^.;:()“”""‘’,]{2,60}?)\s*[“""‘']?$", RegexOptions.CultureInvariant)]
    private static partial Regex ObjectListBefore();

    [GeneratedRegex(@"\s*(?:,\s*(?:and|as\s+well\s+as)\s+|,|\band\b|\bas\s+well\s+as\b|\s[–—-]\s|[–—])\s*", RegexOptions.CultureInvariant)]
    private static partial Regex ListSeparator();

    [GeneratedRegex(@"^.*\b(?:rated|re-rated|rating|rates?|judged|judging|graded|grading|gave|giving|given|found|awarded|received|was|were|is|are)\b", Options)]
    private static partial Regex ListHead();

    [GeneratedRegex(@"^[”""’']?\s*(?::|\s[–—-]\s)\s*(?<list>[^.;:()]{3,200}?)[.!]?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex ListedAfter();

    /// <summary>"‘outstanding’ in ten of 13 areas – among them A and B –": the areas enumerated after the grade.</summary>
    [GeneratedRegex(@"^[”’'""]?\s*(?:in|across|for)\s+(?<areas>[^–—().;:]{0,60}?\b(?:areas|aspects|domains|standards|elements|strands)\b)[^–—().;:]{0,30}?(?:\s[-–—]\s|[–—(:])\s*(?:(?<among>among\s+them|among\s+others|including|such\s+as)\s+)?(?<list>[^–—().;]{3,200}?)\s*(?:\s[-–—]\s|[–—)]|[.;]|$)",
        Options)]
    private static partial Regex AreaListAfter();

    /// <summary>"In three areas – A, B and C – it was rated", "Most other areas - A, B and C among them - were all rated".</summary>
    [GeneratedRegex(@"\b(?:areas|aspects|domains|standards|elements|strands)\s*(?:\s[-–—]\s|[–—(:])\s*(?<list>[^–—();]{3,200}?)\s*(?:\s[-–—]\s|[–—)])[^–—();]{0,80}$", Options)]
    private static partial Regex AreaListBefore();

    /// <summary>"picks out as ‘outstanding’ the team’s work on A, on B and on C": the rated things follow the grade.</summary>
    [GeneratedRegex(@"^[”’'""]?\s+(?<list>(?:the|its|their)\s+[^.;:()]{3,200})", Options)]
    private static partial Regex ObjectListAfter();

    [GeneratedRegex(@"\b(?:out|rated|judged|listed|described)\s+as\s*$", Options)]
    private static partial Regex AsBeforeGrade();

    /// <summary>"Leadership was rated Good, as was the PDU’s work in court."</summary>
    [GeneratedRegex(@"^[”""’']?\s*,?\s*(?:as|and\s+so)\s+(?:was|were|is|are)\s+(?<what>[^,.;:()]{3,60})", Options)]
    private static partial Regex AlsoRated();

    /// <summary>The list after the joint that continues the previous rating: ", and its staff, partnerships and facilities".</summary>
    [GeneratedRegex(@"^[”’'""]?\s*,?\s*(?:and|but|while|whilst|whereas|with)\s+(?<list>[^.;:()]{3,200}?)\s*[“""‘']?$", Options)]
    private static partial Regex ContinuedList();

    [GeneratedRegex(@"\b(?:among\s+them|among\s+others|including)\b", Options)]
    private static partial Regex AmongMarker();

    [GeneratedRegex(@"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|all|both)\b", Options)]
    private static partial Regex CountWord();

    /// <summary>The domains the grade is given to when it is given to several (or to one named in an enumerating aside).</summary>
    private static ListedDomains ListedDomains(string before, string after, int scope, bool isSummary, bool followsGrade)
    {
        var areasAfter = AreaListAfter().Match(after);
        if (areasAfter.Success && DomainList(areasAfter.Groups["list"].Value) is { Count: > 0 } enumerated)
        {
            // "among them" gives examples of a counted group: the group is a summary as well.
            var isCountedGroup = areasAfter.Groups["among"].Success && CountWord().IsMatch(areasAfter.Groups["areas"].Value);
            return new ListedDomains(enumerated, true, isCountedGroup);
        }

        var areasBefore = AreaListBefore().Match(before[scope..]);
        if (areasBefore.Success && DomainList(areasBefore.Groups["list"].Value) is { Count: > 0 } aside)
        {
            return new ListedDomains(aside, true, false);
        }

        var listedAfter = ListedAfter().Match(after);
        var domains = listedAfter.Success ? DomainList(listedAfter.Groups["list"].Value) : [];
        if (domains.Count < 2 && GroupRatedBefore().IsMatch(TextWindow.Tail(before, 60)) && WereListAfter().Match(after) is { Success: true } wereList)
        {
            // "The standards rated Outstanding were leadership, staff and partnerships": the group named after the copula.
            domains = DomainList(wereList.Groups["list"].Value);
        }

        if (domains.Count < 2 && Aspects.ForList(after) is { } forList)
        {
            domains = DomainList(forList);
        }

        if (domains.Count < 2 && Aspects.ForWhat(after) is { } forWhat)
        {
            domains = DomainList(forWhat);
        }

        if (domains.Count < 2 && AsBeforeGrade().IsMatch(before) && ObjectListAfter().Match(after) is { Success: true } objects)
        {
            domains = DomainList(objects.Groups["list"].Value);
        }

        if (domains.Count < 2 && !isSummary)
        {
            // "… and as ‘good’ in the other three areas": a group named after the grade is not the list before it.
            domains = SharedDomains(before[scope..]);
        }

        if (domains.Count < 2 && !isSummary && ObjectListBefore().Match(TextWindow.Tail(before[scope..], 240)) is { Success: true } objectList)
        {
            // "Inspectors rated leadership, staff and partnerships Good": the list is the verb's object, right before the grade.
            domains = DomainList(objectList.Groups["list"].Value);
        }

        if (domains.Count < 2 && followsGrade && ContinuedList().Match(before[scope..]) is { Success: true } continued)
        {
            // "leadership was judged ‘Outstanding’, and its staff, partnerships and facilities ‘Good’".
            domains = DomainList(continued.Groups["list"].Value);
        }

        var alsoRated = AlsoRated().Match(after);
        if (domains.Count == 0 && alsoRated.Success && Aspects.Domain(alsoRated.Groups["what"].Value) is { } also
            && Aspects.Classify(before, ClauseOf(before[scope..]), after) is var aspect && aspect is not (Aspects.Overall or Aspects.Summary))
        {
            domains = [aspect, also];
        }

        return domains.Count >= 2 && !Aspects.IsOverallNear(after) ? new ListedDomains(domains, false, false) : new ListedDomains([], false, false);
    }

    /// <summary>"leadership, staff and its joint working": every item must be a short noun phrase, one at least a known domain.</summary>
    private static List<string> DomainList(string list)
    {
        var domains = new List<string>();
        var known = 0;
        var isCoordinated = Coordination().IsMatch(list);
        foreach (var raw in ListItems(AmongMarker().Replace(list, " ")))
        {
            var item = ItemOpener().Replace(raw.Trim(' ', '‘', '’', '“', '”', '"', '\''), string.Empty).Trim();
            if (item.Length == 0)
            {
                continue;
            }

            var words = item.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
            var domain = Aspects.HeadDomain(item);
            if (ClauseWord().IsMatch(item) || (words > MaxListItemWords && (domain is null || !StartsWithDomain(item))))
            {
                return [];
            }

            if (domain is null && (!isCoordinated || words > MaxNamedItemWords || !NamedItem().IsMatch(item)))
            {
                return [];
            }

            known += domain is null ? 0 : 1;
            domain ??= item.ToLowerInvariant();
            if (!domains.Contains(domain))
            {
                domains.Add(domain);
            }
        }

        return known == 0 ? [] : domains;
    }

    private const int MaxNamedItemWords = 4;

    [GeneratedRegex(@"\band\b|\bas\s+well\s+as\b", Options)]
    private static partial Regex Coordination();

    /// <summary>
    /// An item outside the domain lexicon is named by itself only when it looks like a name ("joint working"): letters,
    /// no count, quantifier or negation first, no article inside ("the first time the inspectorate").
    /// </summary>
    [GeneratedRegex(@"^(?!(?:no|none|not|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|further|all|both|each|some|many|most|half|other|remaining)\b)[a-z][a-z’'-]*(?:\s+(?!(?:the|a|an|that|this)\b)[a-z][a-z’'-]*)*$", Options)]
    private static partial Regex NamedItem();

    /// <summary>Words that open a list item without naming it: "also for its", "on the", "the team’s work on".</summary>
    [GeneratedRegex(@"^(?:(?:and|also|for|in|on|of|with|its|their|the|his|her|our|both|work|team[’']s|service[’']s)\s+)+|^(?:[\w-]+[’']s\s+)?work\s+(?:on|in|with)\s+", Options)]
    private static partial Regex ItemOpener();

    /// <summary>The domains of a list sharing one grade, read back from the grade until an item is not a domain.</summary>
    private static List<string> SharedDomains(string before)
    {
        var shared = SharedGrade().Match(before);
        var domains = new List<string>();
        if (!shared.Success)
        {
            return domains;
        }

        var items = ListItems(shared.Groups["list"].Value).Where(i => i.Trim().Length > 0).Reverse().ToList();
        if (items.Count > 1 && RelativeVerbOnly().IsMatch(items[0]))
        {
            // "leadership, staffing and partnerships, which were all judged to be": the relative clause is the verb, not an item.
            items.RemoveAt(0);
        }

        foreach (var item in items)
        {
            // The item holding the verb ("inspectors rated assessment") opens the list; only the words after the verb count.
            var verb = ListHead().Match(item);
            var joint = verb.Success ? Match.Empty : ClauseJoint().Match(item);
            // ", while leadership and partnerships were rated": the joint opens the list as a verb does.
            var words = verb.Success ? item[(verb.Index + verb.Length)..] : joint.Success ? item[joint.Length..] : item;
            var domain = Aspects.HeadDomain(words);
            if (domain is null || SceneSetter().IsMatch(words)
                || (words.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > MaxListItemWords && !StartsWithDomain(words)))
            {
                break;
            }

            if (!domains.Contains(domain))
            {
                domains.Insert(0, domain);
            }

            if (verb.Success || joint.Success)
            {
                break;
            }
        }

        return domains;
    }

    [GeneratedRegex(@"^\s*(?:while|whilst|whereas|but|and)\s+(?=\S)", Options)]
    private static partial Regex ClauseJoint();

    [GeneratedRegex(@"^\s*(?:which|that)\b(?:\s+(?:were|are|have\s+been|had\s+been))?(?:\s+(?:all|both|each|also))?(?:\s+(?:rated|judged|graded|found|assessed|deemed))?\s*$", Options)]
    private static partial Regex RelativeVerbOnly();

    /// <summary>
    /// "But in out-of-court processes, assessment and planning were": a phrase that sets the scene is no item ("with its
    /// leadership and staff judged …" is: the absolute construction names the items).
    /// </summary>
    [GeneratedRegex(@"^\s*(?:(?:but|and|so|yet)\s+)?(?:in|within|across|for|at|on|under|while|whilst|with(?!\s+(?:its|their|the)\s)|despite|although)\b", Options)]
    private static partial Regex SceneSetter();

    /// <summary>List items split at commas and "and", keeping two-part names whole ("information and facilities").</summary>
    private static IEnumerable<string> ListItems(string list) =>
        ListSeparator().Split(CompoundName().Replace(list, m => m.Value.Replace(' ', '_')))
            .Select(item => item.Replace('_', ' '));

    [GeneratedRegex(@"\b(?:information\s+and\s+(?:facilities|services)|implementation\s+and\s+delivery|governance\s+and\s+leadership|partnerships\s+and\s+services|policy\s+and\s+provision|leadership\s+and\s+organisational\s+capability)\b", Options)]
    private static partial Regex CompoundName();

    /// <summary>An item that is a clause, not a name: "rating assessment", "found leadership to be".</summary>
    [GeneratedRegex(@"\b(?:rat(?:ed|ing)|judg(?:ed|ing)|as|was|were|is|are|gave|given|found|finding|with|while|but|to\s+be|had|has|have|said|saying)\b", Options)]
    private static partial Regex ClauseWord();

    private static bool StartsWithDomain(string item) =>
        Aspects.HeadDomain(string.Join(' ', item.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(3))) is not null;
}
