using System.Globalization;

namespace TextMiner.Extraction.Tests.Figures;

public sealed class FigurePhrasingTests
{
    /// <summary>Paragraph → expected figures as "kind=value", in order.</summary>
    private static readonly TestCaseData[] Phrasings =
    [
        new("At the time of inspection, the London division had more than 150 unfilled vacancies.", new[] { "vacancies=150" }),
        new("This reflects a critical shortage of probation officers, with over 600 vacancies reported across England and Wales.", new[] { "vacancies=600" }),
        new("In June 2019, there were 3,319 probation officers in post in the NPS versus a requirement of 3,934 – in other words, there were 615 vacancies.", new[] { "staff-in-post=3319", "staff-required=3934", "vacancies=615" }),
        new("The massive staff shortages in the NPS, up to 20% in London alone, have seen staff struggling to cope.", new[] { "vacancy-rate=20" }),
        new("The watchdog found six out of 10 probation officers over-worked.", new[] { "workload=60" }),
        new("Many staff in London were working at or over 150% of their capacity.", new[] { "workload=150" }),
        new("Katie explained that a caseload of 30 to 35 cases is typical.", new[] { "caseload=30", "caseload=35" }),
        new("Staffing problems are exacerbated by high absence levels, with more than 10 per cent of staff absent through sickness.", new[] { "sickness-absence=10" }),
        new("The division supervises more than 17,000 offenders in 29 offices and nine prisons.", new[] { "people-supervised=17000" }),
        new("The National Probation Service overseeing some 106,000 high-risk offenders is facing high workloads.", new[] { "people-supervised=106000" }),
        new("Six out of 10 officers bore a workload over the 100% target.", new[] { "workload=60", "workload=100" }),
        new("On average, victim liaison officers had 215 cases.", new[] { "caseload=215" }),
        new("The London division supervised 17,359 people and had 1,268 staff in post.", new[] { "people-supervised=17359", "staff-in-post=1268" }),
        new("The vacancy rate stood at twenty-five per cent.", new[] { "vacancy-rate=25" }),
        new("In some areas one in four officer posts is empty.", new[] { "vacancy-rate=25" }),
        new("A fifth of posts were vacant in the region.", new[] { "vacancy-rate=20" }),
        new("Many practitioners had caseloads of 50 or 60, and some were holding 58 cases.", new[] { "caseload=50", "caseload=60", "caseload=58" }),
        new("Officers told us they were carrying 120 cases each.", new[] { "caseload=120" }),
        new("The WMT figures showed 120%, 130% and even 160% in some teams.", new[] { "workload=120", "workload=130", "workload=160" }),
        new("Responsible officers held caseloads of 70 to 80 cases, with some holding more than 100.", new[] { "caseload=70", "caseload=80", "caseload=100" }),
        new("\"We have probation officers holding 70, 80 cases,\" he said.", new[] { "caseload=70", "caseload=80" }),
        new("Our members already carry caseloads approaching 90 in some areas.", new[] { "caseload=90" }),
        new("The recommended caseload for a probation officer doing proper one-to-one work is somewhere between 35 and 40.", new[] { "caseload=35", "caseload=40" }),
        new("Nobody newly qualified would be given more than 30 cases in their first six months.", new[] { "caseload=30" }),
        new("In Lincoln some were responsible for more than 85 people.", new[] { "caseload=85" }),
        new("The service had no vacancies at the time of the inspection.", new[] { "vacancies=0" }),
        new("There were 26 case workers in post and only one vacancy.", new[] { "staff-in-post=26", "vacancies=1" }),
        new("The PDU had 32.6 FTE probation officers against a target of 44, a vacancy rate of 27 per cent.", new[] { "staff-in-post=32.6", "staff-required=44", "vacancy-rate=27" }),
        new("Eleven of the 47 probation services officer posts were vacant.", new[] { "vacancies=11", "staff-required=47" }),
        new("One in four probation services officer posts in Cornwall was unfilled.", new[] { "vacancy-rate=25" }),
        new("The unit had 29 probation officers in post when it needed 47.", new[] { "staff-in-post=29", "staff-required=47" }),
        new("One in three officers told us they were over 110% of capacity.", new[] { "workload=33", "workload=110" }),
        new("The probation officer team there was 11 officers down on its establishment of 36.", new[] { "vacancies=11", "staff-required=36" }),
        new("The union wants funding for the 220 additional officers the region needs.", new[] { "vacancies=220" }),
        new("When I started, the guidance said a full-time VLO should hold about 150.", new[] { "caseload=150" }),
        new("She said: “So by their own measure, we’re running at 150 per cent.”", new[] { "workload=150" }),
        new("It had me at 96 per cent last month.", new[] { "workload=96" }),
        new("The team is missing four in every ten of its officers.", new[] { "vacancy-rate=40" }),
        new("The service was working with 61 children on the day our fieldwork began.", new[] { "people-supervised=61" }),
        new("Case managers held between eight and 12 children each.", new[] { "caseload=8", "caseload=12" }),
        new("Right now I’ve got 212 victims on my caseload.", new[] { "caseload=212" }),
        new("The YJS works with around 140 children each year.", new[] { "people-supervised=140" }),
        new("In Ynys Môn, where the office has been down two officers since January, some were carrying 62.", new[] { "vacancies=2", "caseload=62" }),
        new("Four of the service's 14 case worker posts were empty when inspectors arrived.", new[] { "vacancies=4", "staff-required=14" }),
        new("The number of qualified probation officers had risen from 19 to 31.", new[] { "staff-in-post=19", "staff-in-post=31" }),
        new("The number of children supervised by youth justice services has stabilised at about 13,600.", new[] { "people-supervised=13600" }),
        new("There were 26 case managers in post against 30 funded posts.", new[] { "staff-in-post=26", "staff-required=30" }),
        new("Staff are carrying caseloads of 70, 80 and in one case 96.", new[] { "caseload=70", "caseload=80", "caseload=96" }),
        new("In my office we have 14 PSOs where there should be 22.", new[] { "staff-in-post=14", "staff-required=22" }),
        new("The division had 1,140 probation officers in post, 210 short of the number it needs.", new[] { "staff-in-post=1140", "vacancies=210" }),
        new("Our sickness rate is now 9 per cent.", new[] { "sickness-absence=9" }),
        new("Sickness absence rose to 6.8% in the year to 30 September 2025, up from 6.1% a year earlier.", new[] { "sickness-absence=6.8", "sickness-absence=6.1" }),
        new("Sickness among newly qualified officers was 5.2 per cent, below the 6.1 per cent recorded for all officers.", new[] { "sickness-absence=5.2", "sickness-absence=6.1" }),
        new("Sickness absence in Norfolk reached 13.5% in April, double the national rate of 6.7%.", new[] { "sickness-absence=13.5", "sickness-absence=6.7" }),
        new("The service was supervising 226,000 people, of whom 14,500 were in Greater Manchester.", new[] { "people-supervised=226000", "people-supervised=14500" }),
        new("“It says I'm at 138 per cent.”", new[] { "workload=138" }),
        new("The Stockport team should have 14 probation officers.", new[] { "staff-required=14" }),
        new("We're funded for eight.", new[] { "staff-required=8" }),
        new("Our victim contact unit has four vacancies out of eleven posts.", new[] { "vacancies=4", "staff-required=11" }),
        new("Nobody can do this job with a quarter of your officers missing.", new[] { "vacancy-rate=25" }),
        new("We have seven officers doing the work of twelve.", new[] { "staff-in-post=7", "staff-required=12" }),
        new("There were 34 posts on the structure chart and the team was 15 officers down.", new[] { "staff-required=34", "vacancies=15" }),
        new("The shortfall, 1,494 FTE, equates to a vacancy rate of 26 per cent.", new[] { "vacancies=1494", "vacancy-rate=26" }),
        new("There were 4,315 FTE probation officers in post, 1,210 short of the target.", new[] { "staff-in-post=4315", "vacancies=1210" }),
        new("Officers were averaging 47 cases each, against the 35 to 40 that members regard as manageable.", new[] { "caseload=47", "caseload=35", "caseload=40" }),
        new("The vacancy rate was highest in the East of England, at 26.4%, followed by Kent, Surrey and Sussex at 23 per cent.", new[] { "vacancy-rate=26.4", "vacancy-rate=23" }),
        new("Sickness absence averaged 5.9%, up from 4.8% two years earlier.", new[] { "sickness-absence=5.9", "sickness-absence=4.8" }),
        new("The answer gave the number of people under probation supervision as 243,700.", new[] { "people-supervised=243700" }),
        new("A national average hides officers in Luton and Peterborough carrying 60 or more.", new[] { "caseload=60" }),
        new("Asked whether the target of 45 cases per officer would be met, she declined to say.", new[] { "caseload=45" }),
        new("There were 4,480 full-time equivalent band 4 probation officers in post, and the target staffing figure for the grade was 5,390.", new[] { "staff-in-post=4480", "staff-required=5390" }),
        new("Caseloads there were a manageable 38.", new[] { "caseload=38" }),
        new("Lorna’s team is carrying a dozen vacancies against an establishment of 31.", new[] { "vacancies=12", "staff-required=31" }),
        new("The tool put staff at 100% capacity once they held 45 cases, but most colleagues were holding between 55 and 70.", new[] { "workload=100", "caseload=45", "caseload=55", "caseload=70" }),
        new("Members carry caseloads of 50 or 60, against the 35 to 40 cases the union regards as safe.", new[] { "caseload=50", "caseload=60", "caseload=35", "caseload=40" }),
        new("The service is short of about 1,600 probation officers.", new[] { "vacancies=1600" }),
        new("Of the 41 probation officer posts the PDU needs, only 27 were filled.", new[] { "staff-required=41", "staff-in-post=27" }),
        new("Sickness absence in parts of the NPS has climbed to 8%.", new[] { "sickness-absence=8" }),
        new("Officers in the South West are carrying caseloads of up to 60 people.", new[] { "caseload=60" }),
        new("The company plans to reduce its workforce from 240 to 180 staff.", new[] { "staff-in-post=240", "staff-required=180" }),
        new("Caseloads were typically between 45 and 55 cases each.", new[] { "caseload=45", "caseload=55" }),
        new("The PDU had 38.5 full-time equivalent probation officers in post against a target staffing level of 49.", new[] { "staff-in-post=38.5", "staff-required=49" }),
    ];

    [TestCaseSource(nameof(Phrasings))]
    public void Extract_FigurePhrasing_FindsFigures(string paragraph, string[] expected)
    {
        var findings = TestDocuments.Extract(paragraph);

        var actual = findings.Figures.Select(f => $"{f.Kind}={f.Value.ToString(CultureInfo.InvariantCulture)}").ToArray();
        Assert.That(actual, Is.EqualTo(expected));
    }

    [Test]
    public void Extract_Figure_OffsetsPointAtTheNumber()
    {
        const string text = "There were 3,319 probation officers in post.";

        var figure = TestDocuments.Extract(text).Figures.Single();

        Assert.That(text[figure.Evidence.Start..figure.Evidence.End], Is.EqualTo("3,319"));
    }
}
