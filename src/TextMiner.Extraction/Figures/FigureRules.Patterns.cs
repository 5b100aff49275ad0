using System.Text.RegularExpressions;
using static TextMiner.Extraction.Figures.FigurePatterns;

namespace TextMiner.Extraction.Figures;

/// <summary>The figure rules' patterns, source-generated: left contexts match right to left from the number.</summary>
internal static partial class FigureRules
{
    private const string Left0Pattern = $@"\b(?:\d[\d,]*|{NumberWord})\s+of\s+(?:the\s+[\w-]+(?:’s|'s)|the|its|their)\s+$";
    private const string Left49Pattern = $@"\b(?:\d[\d,]*|{NumberWord})\s+of\s+$";
    private const string Right49Pattern = @"^\s*(?:[\w-]+\s+){0,3}?(?:posts|positions|roles)\b";
    private const string Right0Pattern = $@"^\s*{Gap}(?:posts|positions|roles|jobs|{StaffNoun})\b";
    private const string Right1Pattern = $@"^\s*{Gap}(?:posts|positions|roles|jobs|{StaffNoun})\s+(?:that\s+|which\s+)?(?:the\s+|it\s+|they\s+)?(?:[\w-]+\s+){{0,2}}?(?:needs|requires|needed|required|should\s+have|is\s+funded\s+for|was\s+funded\s+for)\b";
    private const string Left2Pattern = @"\b(?:need(?:s|ed)?|require[sd]?|requiring|short\s+(?:of|by))\s+(?:at\s+least\s+|some\s+|around\s+|about\s+)?(?:another|a\s+further|an?\s+(?:extra|additional))\s+$";
    private const string Right2Pattern = $@"^\s*{Gap}{StaffNoun}";
    private const string Left3Pattern = $@"\b(?:short\s+(?:of|by)|shortfall\s+of|shortage\s+of|need(?:s|ed)?|require[sd]?|requiring|lacks?|lacking|missing)\s+{Mods}$";
    private const string Right3Pattern = $@"^\s*(?:more|additional|extra|further|{Gap}{StaffNoun}\s+short)\b";
    private const string Left4Pattern = @"\bshort\s+(?:of|by)\s+" + Mods + "$";
    private const string Right4Pattern = $@"^\s*{Gap}{StaffNoun}";
    private const string Right5Pattern = $@"^\s*{Gap}{StaffNoun}\s+(?:short|below|fewer\s+than)\b";
    private const string Left6Pattern = @"\b(?:only|just|but)\s+$";
    private const string Right6Pattern = $@"^\s*(?:{Gap}(?:{StaffNoun}\s+)?)?(?:were|are|was|is|had\s+been|have\s+been)\s+(?:actually\s+|currently\s+)?(?:filled|in\s+post)\b";
    private const string Right7Pattern = $@"^\s*{Gap}(?:vacancies|vacancy(?!\s+(?:rate|level|factor))|(?:vacant|unfilled|empty)\s+(?:[\w-]+\s+){{0,2}}?(?:posts|positions|roles|jobs|vacancies))\b";
    private const string Right8Pattern = $@"^\s*{Gap}(?:posts|positions|roles|jobs|vacancies)\s+{Place}{Verbs}(?:unfilled|vacant|empty|open)\b";
    private const string Left9Pattern = $@"\b(?:(?:shortfall|shortage)\s*[,:–—]\s*{Mods}$)|\b(?:vacancies|vacancy\s+(?:levels?|numbers?|count|total)|unfilled\s+posts|shortfall|shortage)\s+(?:(?!(?:establishment|target|requirement|complement|budget)\b)[\w’'-]+\s+){{0,4}}?(?:of|at|to|was|were|is|are|stood\s+at|reached|numbered|totall?ed|hit|rose\s+to|fell\s+to)\s+{Mods}$";
    private const string Right10Pattern = $@"^\s*(?:[\w’'()-]+\s+){{0,5}}?(?:(?:full[- ]time[- ]equivalent|FTE)\s+)?(?:{StaffNoun}\s+)?{Verbs}in\s+post\b";
    private const string Left11Pattern = $@"\b(?:employ(?:s|ed|ing)?|workforce\s+of|headcount\s+of|(?:staff|officers)\s+in\s+post\s+(?:was|were|stood\s+at|of|numbered|fell\s+to|rose\s+to|to|at)|in\s+post\s+(?:was|of|at|stood\s+at|fell\s+to|rose\s+to|to|down\s+to|up\s+to|(?:was|were)\s+put\s+at))\s+{Mods}$";
    private const string Right12Pattern = $@"^\s*{Gap}{StaffNoun}\s+(?:were\s+|are\s+|would\s+be\s+|is\s+|was\s+|will\s+be\s+)?(?:required|needed)\b";
    private const string Left13Pattern = $@"\b(?:requirement|target|establishment|complement)\s+(?:[\w’'-]+\s+){{0,6}}?(?:of|was|is|stood\s+at|set\s+at|for)\s+{Mods}$";
    private const string Left14Pattern = $@"\b(?:needs?|needed|requires?|required|requiring)\s+{Mods}$";
    private const string Right14Pattern = $@"^\s*{Gap}{StaffNoun}";
    private const string Left15Pattern = $@"\bcase\s?loads?\b[^.;:!?]{{0,90}}?\b(?:of|at|was|were|is|are|averag(?:e|es|ed|ing)(?:\s+of)?|stood\s+at|reached|rose\s+to|to|around|about|between|exceed(?:s|ed|ing)?|over|above|up\s+to|hit|had|with|approach(?:es|ed|ing)?|near(?:ing)?|top(?:s|ped|ping)?|beyond|somewhere|from|now|(?:rose|risen|rising|increased|fell|fallen|dropped)\s+to)\s+{Mods}$";
    private const string Right16Pattern = $@"^\s*(?:(?:active\s+|open\s+)?(?:cases|clients|offenders|people|individuals|children|young\s+people|victims|service\s+users)\s+)(?!(?:each|per|a)\s+(?:year|month|week|day|annum)\b)(?:each|per|apiece|on\s+(?:their|his|her)\s+(?:caseload|books)|a\s+(?:head|worker|officer|practitioner))\b";
    private const string Left17Pattern = $@"\b(?:officers?|practitioners?|staff|workers|PSOs?|POs?|colleagues|members|managers|I|we|they|she|he|each|some|many|most|others|few)\s+(?:[\w’'-]+\s+){{0,2}}?(?:had|have|has|carry|carries|carrying|carried|hold|holds|holding|held|manag(?:e|es|ed|ing)|juggl(?:e|es|ed|ing)|with|supervis(?:e|es|ed|ing)|responsible\s+for)\s+{Mods}$";
    private const string Right17Pattern = $@"^\s*{Gap}(?:cases|clients|offenders|people|individuals|victims|children|young\s+people|service\s+users)\b";
    private const string Left31Pattern = $@"\b(?:got|hold(?:s|ing)?|held|carr(?:y|ies|ying|ied)|juggl(?:e|es|ed|ing)|manag(?:e|es|ed|ing)|hav(?:e|ing)|has|had|with|given|allocated|assigned|tak(?:e|es|ing)\s+on|took\s+on)\s+{Mods}$";
    private const string Right31Pattern = @"^\s*(?:(?:active|open|live|current)\s+)?(?:cases\b|(?:people|individuals|clients|offenders|victims|children|service\s+users|cases)\s+on\s+(?:my|their|his|her|your|our|a|the)\s+(?:case\s?load|books))";
    private const string Left32Pattern = $@"(?<!\b(?:child|children|person|someone|individual|man|woman|boy|girl|victim)\s+(?:who\s+)?)\b(?:had|has|have|employ(?:s|ed|ing)?|there\s+(?:were|are|was|is)|(?<!\b(?:meetings?|met|spoke|interviews?|talked|consulted|sessions?|workshops?)\s+)with|only|just)\s+{Mods}$";
    private const string Right32Pattern = @"^\s*(?:(?:FTE|full[- ]time[- ]equivalent)\s+)?(?:qualified\s+|permanent\s+|experienced\s+)?(?:probation\s+officers|probation\s+services?\s+officers|POs|PSOs|practitioners|case\s+managers|staff|officers)\b(?!\s+(?:were\s+|are\s+|would\s+be\s+|is\s+)?(?:needed|required|short|missing|vacant|leaving|left|resigned|absent|off|due|in\s+training|to\s+qualify))";
    private const string NoNounAfter = @"^\s*(?:[.,;:!?)”’""]|$|(?:each|apiece|at\s+a\s+time|or\s+more|or\s+so|and|but|or|which|while|when|before|in|at|on|for|by|with)\b)";
    private const string Right35Pattern = $@"^\s*(?:[\w-]+\s+){{0,2}}?{StaffNoun}\s+down\b";
    private const string Right36Pattern = $@"^\s*(?:additional|extra|more|further)\s+(?:[\w-]+\s+)?{StaffNoun}\b[^.;]*?\b(?:needs|needed|required|requires|short|missing)\b";
    private const string Right37Pattern = $@"^\s*{Gap}(?:children|young\s+people)\b";
    private const string Left38Pattern = $@"\b(?:{StaffNoun}|VLOs?|case\s+managers?|I|we|you|they|he|she)\s+(?:(?:should|would|could|can|must|might|will|to|typically|normally|usually|would\s+normally)?\s*(?:hold|carry|manage)|(?:should|would\s+normally|typically|normally|usually|ought\s+to)\s+have)\s+{Mods}$";
    private const string Left39Pattern = $@"(?:\bcases?\b|case\s?loads?)[^.!?]*\b(?:hold(?:s|ing)?|held|carr(?:y|ies|ying|ied)|manag(?:e|es|ed|ing)|juggl(?:e|es|ed|ing)|with)\s+{Mods}$";
    private const string Left40Pattern = @"\bcase\s?loads?\b[^.!?]*$";
    private const string Right40Pattern = @"^\s*(?:cases|clients)\b";
    private const string Left41Pattern = $@"\b(?:had|put|puts|putting|showed|shows|placed|places|placing|rated|has)\s+(?:me|us|him|her|them|staff|officers|practitioners|colleagues|(?:my|our|the|her|his|their)\s+(?:[\w-]+\s+){{0,2}}?team)\s+at\s+{Mods}$";
    private const string Left42Pattern = $@"\b(?:running|operating|working)\s+at\s+{Mods}$";
    private const string Right42Pattern = @"^(?!\s*(?:of\s+)?(?:its\s+|their\s+|the\s+)?(?:establishment|staffing|strength|required|full\s+strength|target))";
    private const string Left43Pattern = @"\b(?:missing|short\s+of|without|lacking)\s+$";
    private const string Right43Pattern = @"^\s*(?:of\s+)?(?:its|their|the|our)\s+(?:[\w-]+\s+){0,2}?(?:officers|staff|posts|workforce|practitioners|establishment)\b";
    private const string Left44Pattern = @"\bdown\s+(?:by\s+)?$";
    private const string Right44Pattern = $@"^\s*{Gap}{StaffNoun}\b";
    private const string Left45Pattern = $@"\b(?:{StaffNoun}|some|many|most|others|colleagues)\b[^.;!?]{{0,40}}?\b(?:carrying|holding|managing|juggling|carry|hold|manage)\s+{Mods}$";
    private const string Left46Pattern = $@"\b(?:number\s+of\s+)?(?:people|offenders|individuals|service\s+users)\s+(?:under|on|subject\s+to)\s+(?:probation\s+)?(?:supervision|probation)\b[^.!?]{{0,30}}?\b(?:as|was|at|of|stood\s+at|reached|to|is|totall?ed)\s+{Mods}$";
    private const string Left47Pattern = $@"(?:^|\b(?:there\s+(?:were|are|was|is)|ha[sd]|have|with|totall?ing|nationally|overall|in\s+all|altogether))\s*,?\s*{Mods}$";
    private const string Right48Pattern = $@"^\s*of\s+(?:the\s+|its\s+|their\s+)?(?:\d[\d,.]*|{NumberWord})\s+(?:[\w-]+\s+){{0,3}}?(?:posts|positions|roles)\s+{Verbs}(?:filled|occupied|in\s+post)\b";
    private const string Right50Pattern = @"^\s*(?:FTE\s+)?(?:short\s+of|below|under|fewer\s+than)\s+(?:the\s+|its\s+|their\s+)?(?:target|establishment|requirement|complement|required\s+level|number\s+(?:it|they|the\s+\w+)\s+needs?|number\s+(?:needed|required))";
    private const string Right51Pattern = @"^\s*(?:people|offenders|individuals)\s+(?:are\s+|were\s+)?(?:currently\s+)?(?:on\s+probation|under\s+(?:probation\s+)?supervision|being\s+supervised)";
    private const string Left52Pattern = $@"\b(?:(?:should|ought\s+to|would\s+normally|(?:is|are|was|were)\s+supposed\s+to|(?:is|are|was|were)\s+meant\s+to|be)\s+(?:have|employ|be\s+staffed\s+with|staffed\s+with))\s+{Mods}$";
    private const string Left63Pattern = $@"\b(?:there\s+should\s+be|there\s+ought\s+to\s+be|(?:team|office|unit|service|PDU)\s+should\s+have)\s+{Mods}$";
    private const string Left53Pattern = $@"\b(?:funded|budgeted)\s+for\s+{Mods}$";
    private const string Left54Pattern = $@"\b(?:I'm|I’m|I\s+am|we're|we’re|we\s+are|they're|they’re|they\s+are|he's|he’s|she's|she’s|he\s+is|she\s+is|(?:some|many|most|others|several|colleagues|officers|staff)\s+(?:are|were))\s+(?:now\s+|currently\s+|running\s+|working\s+)?at\s+{Mods}$";
    private const string Left55Pattern = @"\bout\s+of\s+(?:a\s+total\s+of\s+|an?\s+establishment\s+of\s+)?$";
    private const string Right55Pattern = $@"^\s*{Gap}(?:posts|positions|roles|{StaffNoun})\b";
    private const string Left56Pattern = $@"\bcase\s?loads?\b[^.!?]{{0,80}}\b(?:target|limit|maximum|cap|ceiling)\b[^.!?]{{0,30}}?\b(?:is|was|of|at|set\s+at)\s+{Mods}$";
    private const string Right57Pattern = @"^\s*(?:[\w-]+\s+){0,2}?posts\s+(?:on|in)\s+(?:the\s+|its\s+|their\s+)?(?:structure|establishment|staffing|organisation)\b";
    private const string Right58Pattern = @"^\s*of\s+(?:your|its|their|the|our)\s+(?:[\w-]+\s+){0,2}?(?:officers|staff|posts|workforce|practitioners)\s+(?:are\s+|were\s+|is\s+|being\s+)?(?:missing|vacant|unfilled|empty)\b";
    private const string Right59Pattern = $@"^\s*(?:[\w-]+\s+){{0,2}}?{StaffNoun}\s+(?:are\s+|were\s+)?doing\s+the\s+work\s+of\b";
    private const string Left59Pattern = @"\bdoing\s+the\s+work\s+of\s+$";
    private const string Left60Pattern = $@"\b(?:number\s+of\s+)?(?:[\w-]+\s+){{0,3}}?(?:officers|staff|PSOs|POs|practitioners|case\s+managers)\s+(?:in\s+post\s+)?(?:had\s+|has\s+|have\s+)?(?:risen|rose|fallen|fell|increased|decreased|grown|grew|dropped|gone)\s+(?:up\s+|down\s+)?(?:from|to)\s+{Mods}$";
    private const string Left61Pattern = $@"\b(?:people|children|offenders|individuals|young\s+people)\s+(?:supervised|under\s+supervision|on\s+probation)\b[^.!?]{{0,60}}?\b(?:at|to|of|was|is|as|stood\s+at|reached|totall?ed)\s+{Mods}$";
    private const string Right62Pattern = @"^\s*(?:funded|budgeted|established|permanent|approved)\s+(?:[\w-]+\s+)?posts\b";
    private const string Left18Pattern = $@"\b(?:supervis(?:e|es|ed|ing)|manag(?:e|es|ed|ing)|overs(?:ee|ees|aw|eeing|een)|responsible\s+for(?:\s+(?:supervising|managing|overseeing))?|caseload\s+of|works?\s+with|working\s+with|deals?\s+with|dealing\s+with|handl(?:e|es|ed|ing)|total\s+of)\s+{Mods}$";
    private const string Right18Pattern = $@"^\s*{Gap}{People}";
    private const string Left19Pattern = $@"(?:supervis|manag|overs[ae]|responsib|caseload|books|probation\s+service|\bNPS\b|\bCRC)[^.!?]*$";
    private const string Right19Pattern = @"^\s*(?:(?:[\w’'-]+\s+){0,2}?(?:offenders|people\s+(?:are\s+|were\s+)?on\s+probation|people\s+(?:are\s+|were\s+)?under\s+(?:probation\s+)?supervision|people\s+under\s+(?:its\s+|their\s+)?supervision|individuals\s+under\s+supervision|service\s+users|cases\s+under\s+supervision|supervisees|probationers)\b)";
    private const string Right20Pattern = @"^\s*(?:of\s+(?:the\s+|all\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:staff|workforce|employees|officers|workers|people|practitioners|colleagues|members|days)\s+)?(?:were\s+|are\s+|was\s+|being\s+|currently\s+|lost\s+|off\s+)*(?:absent|off\s+sick|on\s+sick|sick|sickness|absence|off\s+work|to\s+sickness|through\s+sickness)";
    private const string Left21Pattern = $@"\b(?:sickness|absence|absent|off\s+sick)\b[^.;:!?%]{{0,60}}?\b(?:of|at|was|were|is|stood\s+at|reached|rose\s+to|to|around|hit|averag\w*|approaching|nearing|above|over|exceed\w*)\s+{Mods}$";
    private const string Right22Pattern = $@"^\s*(?:of\s+(?:the\s+|all\s+|its\s+|their\s+)?(?:[\w-]+\s+){{0,2}}?(?:posts|positions|roles|jobs|vacancies)\s+{Verbs}(?:vacant|unfilled|empty)|(?:{Gap})?(?:vacancy|vacancies|shortfall|understaff|under-staff|short[- ]staff|short\s+of\s+staff|below\s+(?:the\s+|its\s+|their\s+)?(?:required\s+|target\s+)?(?:staffing|establishment|target|full\s+strength|complement|budgeted\s+levels?|required\s+levels?)))";
    private const string Right23Pattern = $@"^\s*(?:[\w-]+\s+){{0,4}}?(?:posts|positions|roles|jobs)\s+{Place}{Verbs}(?:vacant|unfilled|empty)\b";
    private const string Right33Pattern = $@"^\s*of\s+(?:the\s+[\w-]+(?:’s|'s)|the|its|their|all|our)\s+(?:\d[\d,.]*|{NumberWord})\s+(?:[\w-]+\s+){{0,4}}?(?:posts|positions|roles|jobs)\s+{Place}{Verbs}(?:vacant|unfilled|empty)\b";
    private const string Left34Pattern = $@"\b(?:in\s+post|employed|in\s+place)\b[^.;]{{0,40}}?\b(?:when|while|whereas|where|but|against|compared\s+with|and)\s+(?:it|they|the\s+[\w-]+|[\w-]+)\s+(?:needed|needs|required|requires|should\s+have(?:\s+had)?|was\s+funded\s+for|is\s+funded\s+for)\s+{Mods}$";
    private const string Left24Pattern = $@"\b(?:vacancy\s+rates?|vacancies|shortages?|shortfall|understaff\w*|under-staff\w*|short[- ]staff\w*|short\s+of\s+staff|staffing\s+gaps?|below\s+(?:full\s+)?(?:staffing|establishment)|vacant|unfilled)\b[^.;:!?%]{{0,60}}?{Mods}$";
    private const string Right24Pattern = @"^(?!\s*of\b)";
    private const string Right25Pattern = @"^\s*(?:(?:of\s+)?(?:the\s+|all\s+|its\s+|their\s+|NPS\s+|our\s+)?(?:[\w-]+\s+){0,3}?(?:staff|officers|practitioners|people|workers|PSOs|POs|colleagues|members|employees)\b[^.;]*?(?:capacity|workload|\bWMT\b|over-?worked|(?:more\s+than|over|above|in\s+excess\s+of|beyond|at)\s+\d+\s*(?:%|per\s?cent))|(?:more\s+than|over|above|in\s+excess\s+of|beyond)\s+\d+\s*(?:%|per\s?cent))";
    private const string Right26Pattern = @"^\s*(?:of\s+)?(?:[\w-]+\s+){0,3}?(?:staff|officers|practitioners|workers|PSOs|POs)\s+(?:were\s+|are\s+)?(?:over-?worked|overloaded|over\s+capacity)";
    private const string Right27Pattern = @"^\s*(?:on|according\s+to|against|under|by)\s+(?:the\s+|their\s+|our\s+)?(?:[\w-]+\s+){0,3}?(?:workload|WMT|capacity|tool)\b";
    private const string Right28Pattern = @"^\s*(?:of\s+(?:their|its|his|her|the|our|full|normal)?\s*(?:[\w-]+\s+)?capacity|capacity)";
    private const string Left29Pattern = @"(?:workload|\bWMT\b|capacity|working\s+(?:at|over|above|in\s+excess\s+of|beyond))";
    private const string Right29Pattern = @"^(?!\s*(?:of\b|(?:more\s+than|over|above|in\s+excess\s+of|beyond)\s+\d|(?:of\s+)?(?:staff|officers|practitioners|people|workers)\b|were\b|are\b|had\b|have\b))";
    private const string Right30Pattern = @"^(?!\s*(?:of\b|(?:more\s+than|over|above|in\s+excess\s+of|beyond)\s+\d))[^.!?]{0,60}?\b(?:workload|\bWMT\b|capacity)";

    [GeneratedRegex(Left0Pattern, Options | RegexOptions.RightToLeft)]
    private static partial Regex Left0();

    [GeneratedRegex(Right0Pattern, Options)]
    private static partial Regex Right0();

    [GeneratedRegex(Right1Pattern, Options)]
    private static partial Regex Right1();

    [GeneratedRegex(Left2Pattern, Options | RegexOptions.RightToLeft)]
    private static partial Regex Left2();

    [GeneratedRegex(Right2Pattern, Options)]
    private static partial Regex Right2();

    [GeneratedRegex(Left3Pattern, Options | RegexOptions.RightToLeft)]
    private static partial Regex Left3();

    [GeneratedRegex(Right3Pattern, Options)]
    private static partial Regex Right3();

    [GeneratedRegex(Left4Pattern, Options | RegexOptions.RightToLeft)]
    private static partial Regex Left4();

    [GeneratedRegex(Right4Pattern, Options)]
    private static partial Regex Right4();

    [GeneratedRegex(Right5Pattern, Options)]
    private static partial Regex Right5();

    [GeneratedRegex(Left6Pattern, Options | RegexOptions.RightToLeft)]
    private static partial Regex Left6();

    [GeneratedRegex(Right6Pattern, Options)]
    private static partial Regex Right6();

    [GeneratedRegex(Right7Pattern, Options)]
    private static partial Regex Right7();

    [GeneratedRegex(Right8Pattern, Options)]
    private static partial Regex Right8();

    [GeneratedRegex(Left9Pattern, Options | RegexOptions.RightToLeft)]
    private static partial Regex Left9();

    [GeneratedRegex(Right10Pattern, Options)]
    private static partial Regex Right10();

    [GeneratedRegex(Left11Pattern, Options | RegexOptions.RightToLeft)]
    private static partial Regex Left11();

    [GeneratedRegex(Right12Pattern, Options)]
    private static partial Regex Right12();

    [GeneratedRegex(Left13Pattern, Options | RegexOptions.RightToLeft)]
    private static partial Regex Left13();

    [GeneratedRegex(Left14Pattern, Options | RegexOptions.RightToLeft)]
    private static partial Regex Left14();

    [GeneratedRegex(Right14Pattern, Options)]
    private static partial Regex Right14();

    [GeneratedRegex(Left15Pattern, Options | RegexOptions.RightToLeft)]
    private static partial Regex Left15();

    [GeneratedRegex(Right16Pattern, Options)]
    private static partial Regex Right16();

    [GeneratedRegex(Left17Pattern, Options | RegexOptions.RightToLeft)]
    private static partial Regex Left17();

    [GeneratedRegex(Right17Pattern, Options)]
    private static partial Regex Right17();

    [GeneratedRegex(Left31Pattern, Options | RegexOptions.RightToLeft)]
    private static partial Regex Left31();

    [GeneratedRegex(Right31Pattern, Options)]
    private static partial Regex Right31();

    [GeneratedRegex(Left32Pattern, Options | RegexOptions.RightToLeft)]
    private static partial Regex Left32();

    [GeneratedRegex(Right32Pattern, Options)]
    private static partial Regex Right32();

    [GeneratedRegex(Right33Pattern, Options)]
    private static partial Regex Right33();

    [GeneratedRegex(Left34Pattern, Options | RegexOptions.RightToLeft)]
    private static partial Regex Left34();

    [GeneratedRegex(Right35Pattern, Options)]
    private static partial Regex Right35();

    [GeneratedRegex(Right36Pattern, Options)]
    private static partial Regex Right36();

    [GeneratedRegex(Right37Pattern, Options)]
    private static partial Regex Right37();

    [GeneratedRegex(Left38Pattern, Options | RegexOptions.RightToLeft)]
    private static partial Regex Left38();

    [GeneratedRegex(Left39Pattern, Options | RegexOptions.RightToLeft)]
    private static partial Regex Left39();

    [GeneratedRegex(Left40Pattern, Options | RegexOptions.RightToLeft)]
    private static partial Regex Left40();

    [GeneratedRegex(Right40Pattern, Options)]
    private static partial Regex Right40();

    [GeneratedRegex(Left41Pattern, Options | RegexOptions.RightToLeft)]
    private static partial Regex Left41();

    [GeneratedRegex(Left42Pattern, Options | RegexOptions.RightToLeft)]
    private static partial Regex Left42();

    [GeneratedRegex(Right42Pattern, Options)]
    private static partial Regex Right42();

    [GeneratedRegex(Left43Pattern, Options | RegexOptions.RightToLeft)]
    private static partial Regex Left43();

    [GeneratedRegex(Right43Pattern, Options)]
    private static partial Regex Right43();

    [GeneratedRegex(NoNounAfter, Options)]
    private static partial Regex NoNoun();

    [GeneratedRegex(Left44Pattern, Options | RegexOptions.RightToLeft)]
    private static partial Regex Left44();

    [GeneratedRegex(Right44Pattern, Options)]
    private static partial Regex Right44();

    [GeneratedRegex(Left45Pattern, Options | RegexOptions.RightToLeft)]
    private static partial Regex Left45();

    [GeneratedRegex(Left46Pattern, Options | RegexOptions.RightToLeft)]
    private static partial Regex Left46();

    [GeneratedRegex(Left47Pattern, Options | RegexOptions.RightToLeft)]
    private static partial Regex Left47();

    [GeneratedRegex(Right48Pattern, Options)]
    private static partial Regex Right48();

    [GeneratedRegex(Left49Pattern, Options | RegexOptions.RightToLeft)]
    private static partial Regex Left49();

    [GeneratedRegex(Right49Pattern, Options)]
    private static partial Regex Right49();

    [GeneratedRegex(Right50Pattern, Options)]
    private static partial Regex Right50();

    [GeneratedRegex(Right51Pattern, Options)]
    private static partial Regex Right51();

    [GeneratedRegex(Left52Pattern, Options | RegexOptions.RightToLeft)]
    private static partial Regex Left52();

    [GeneratedRegex(Left53Pattern, Options | RegexOptions.RightToLeft)]
    private static partial Regex Left53();

    [GeneratedRegex(Left54Pattern, Options | RegexOptions.RightToLeft)]
    private static partial Regex Left54();

    [GeneratedRegex(Left55Pattern, Options | RegexOptions.RightToLeft)]
    private static partial Regex Left55();

    [GeneratedRegex(Right55Pattern, Options)]
    private static partial Regex Right55();

    [GeneratedRegex(Left56Pattern, Options | RegexOptions.RightToLeft)]
    private static partial Regex Left56();

    [GeneratedRegex(Right57Pattern, Options)]
    private static partial Regex Right57();

    [GeneratedRegex(Right58Pattern, Options)]
    private static partial Regex Right58();

    [GeneratedRegex(Right59Pattern, Options)]
    private static partial Regex Right59();

    [GeneratedRegex(Left59Pattern, Options | RegexOptions.RightToLeft)]
    private static partial Regex Left59();

    [GeneratedRegex(Left60Pattern, Options | RegexOptions.RightToLeft)]
    private static partial Regex Left60();

    [GeneratedRegex(Left61Pattern, Options | RegexOptions.RightToLeft)]
    private static partial Regex Left61();

    [GeneratedRegex(Right62Pattern, Options)]
    private static partial Regex Right62();

    [GeneratedRegex(Left63Pattern, Options | RegexOptions.RightToLeft)]
    private static partial Regex Left63();

    [GeneratedRegex(Left18Pattern, Options | RegexOptions.RightToLeft)]
    private static partial Regex Left18();

    [GeneratedRegex(Right18Pattern, Options)]
    private static partial Regex Right18();

    [GeneratedRegex(Left19Pattern, Options | RegexOptions.RightToLeft)]
    private static partial Regex Left19();

    [GeneratedRegex(Right19Pattern, Options)]
    private static partial Regex Right19();

    [GeneratedRegex(Right20Pattern, Options)]
    private static partial Regex Right20();

    [GeneratedRegex(Left21Pattern, Options | RegexOptions.RightToLeft)]
    private static partial Regex Left21();

    [GeneratedRegex(Right22Pattern, Options)]
    private static partial Regex Right22();

    [GeneratedRegex(Right23Pattern, Options)]
    private static partial Regex Right23();

    [GeneratedRegex(Left24Pattern, Options | RegexOptions.RightToLeft)]
    private static partial Regex Left24();

    [GeneratedRegex(Right24Pattern, Options)]
    private static partial Regex Right24();

    [GeneratedRegex(Right25Pattern, Options)]
    private static partial Regex Right25();

    [GeneratedRegex(Right26Pattern, Options)]
    private static partial Regex Right26();

    [GeneratedRegex(Right27Pattern, Options)]
    private static partial Regex Right27();

    [GeneratedRegex(Right28Pattern, Options)]
    private static partial Regex Right28();

    [GeneratedRegex(Left29Pattern, Options | RegexOptions.RightToLeft)]
    private static partial Regex Left29();

    [GeneratedRegex(Right29Pattern, Options)]
    private static partial Regex Right29();

    [GeneratedRegex(Right30Pattern, Options)]
    private static partial Regex Right30();
}
