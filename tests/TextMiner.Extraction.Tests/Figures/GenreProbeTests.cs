using System.Globalization;

namespace TextMiner.Extraction.Tests.Figures;

/// <summary>
/// Genre probes: invented sentences and small flattened tables in the ways inspectorate reports, press releases, union
/// news, parliamentary answers and statistics tables state staffing figures (a noun far behind modifiers, a kind set by
/// the sentence before, staff counts as a target, a shortfall as a rate and a count, a table one cell per line or with
/// its caption under it), and near misses that must stay silent (money, shares of cases inspected, survey shares,
/// leavers, trainee intakes, prison staff, years, page numbers). Each paragraph of a case is one paragraph of the document.
/// </summary>
public sealed class GenreProbeTests
{
    private static readonly TestCaseData[] Figures =
    [
        new(new[] { "The new company will be responsible for the supervision of some 145,000 low and medium risk offenders each year." }, new[] { "people-supervised=145000" }),
        new(new[] { "Across England and Wales the private providers oversee around 150,000 medium- and low-risk offenders on community orders and licences." }, new[] { "people-supervised=150000" }),
        new(new[] { "The division supervises almost 12,500 adult male and female offenders in the community." }, new[] { "people-supervised=12500" }),
        new(new[] { "Probation staff in the region currently manage more than 9,000 people subject to community sentences or licences." }, new[] { "people-supervised=9000" }),
        new(new[] { "The contract covers the management of approximately 31,000 service users released from custody every year." }, new[] { "people-supervised=31000" }),
        new(new[] { "The area currently has 310 full-time equivalent qualified probation officers in post." }, new[] { "staff-in-post=310" }),
        new(new[] { "There are now about 240,000 people under some form of probation supervision in England and Wales." }, new[] { "people-supervised=240000" }),
        new(new[] { "Its 14 offices look after roughly 6,400 men and women serving sentences in the community." }, new[] { "people-supervised=6400" }),
        new(new[] { "The Welsh service is responsible for around 21,000 individuals on court orders or post-release licences." }, new[] { "people-supervised=21000" }),
        new(new[] { "Vacancies remain the biggest problem for the service. At the end of March there were 612, up from 540 a year earlier." }, new[] { "vacancies=540", "vacancies=612" }),
        new(new[] { "Caseloads are far too high. Some officers in the Leeds team hold 85, and one had 110." }, new[] { "caseload=110", "caseload=85" }),
        new(new[] { "We asked leaders about sickness absence. The rate in the division was 11.2%, against 8.9% nationally." }, new[] { "sickness-absence=11.2", "sickness-absence=8.9" }),
        new(new[] { "Staff vacancies have climbed sharply in London: the figure now stands at 340." }, new[] { "vacancies=340" }),
        new(new[] { "The workload measurement tool showed most teams well over capacity; in Northgate it stood at 142%." }, new[] { "workload=142" }),
        new(new[] { "The service badly needs more probation officers. It is currently 1,100 short." }, new[] { "vacancies=1100" }),
        new(new[] { "The government has pledged 1,000 more probation officers by 2025." }, new[] { "staff-required=1000" }),
        new(new[] { "Ministers announced plans to recruit an additional 1,500 probation staff over the next two years." }, new[] { "staff-required=1500" }),
        new(new[] { "Napo is calling for a further 2,000 probation officers to be recruited." }, new[] { "staff-required=2000" }),
        new(new[] { "The service aims to have 4,500 more staff in place by March." }, new[] { "staff-required=4500" }),
        new(new[] { "The probation workforce will grow by 1,200 officers over the next 18 months, the minister said." }, new[] { "staff-required=1200" }),
        new(new[] { "The Lord Chancellor promised that 800 extra probation officers would be in post by the end of the year." }, new[] { "staff-required=800" }),
        new(new[] { "Another 1,300 probation officers will be hired this year to ease the pressure on teams." }, new[] { "staff-required=1300" }),
        new(new[] { "The Midlands region is 18% short of the probation officers it needs, a gap of 210 posts." }, new[] { "vacancies=210", "vacancy-rate=18" }),
        new(new[] { "Around 24 per cent of probation officer posts in the division are unfilled – some 96 posts." }, new[] { "vacancies=96", "vacancy-rate=24" }),
        new(new[] { "Staffing stands at 79% of the target level, leaving 130 posts vacant." }, new[] { "vacancies=130" }),
        new(new[] { "The shortfall of probation officers is 1,800, or 22% of the required number." }, new[] { "vacancies=1800", "vacancy-rate=22" }),
        new(new[] { "In Eastmarch 31% of PO posts are empty, which means 57 posts without an officer." }, new[] { "vacancies=57", "vacancy-rate=31" }),
        new(new[] { "There are 75 vacant probation officer posts in the county, a vacancy rate of 15%." }, new[] { "vacancies=75", "vacancy-rate=15" }),
        new(new[] { "Table 2: Probation officers in post (FTE), 31 March 2024", "Region", "FTE", "North East", "412", "North West", "1,034", "London", "1,210" }, new[] { "staff-in-post=1034", "staff-in-post=1210", "staff-in-post=412" }),
        new(new[] { "Vacancies by region", "Region | 2022 | 2023", "Wales | 88 | 102", "London | 240 | 311" }, new[] { "vacancies=102", "vacancies=240", "vacancies=311", "vacancies=88" }),
        new(new[] { "North | 120", "South | 95", "Total | 215", "Table 4: Unfilled probation officer posts by division" }, new[] { "vacancies=120", "vacancies=215", "vacancies=95" }),
        new(new[] { "Probation staff in post by grade, 31 December 2023", "Grade | Headcount | FTE", "Probation officer | 5,120 | 4,876.3", "Probation services officer | 6,230 | 5,902.1", "Source: HMPPS workforce statistics. Figures are rounded to one decimal place." }, new[] { "staff-in-post=4876.3", "staff-in-post=5120", "staff-in-post=5902.1", "staff-in-post=6230" }),
        new(new[] { "The number of band 4 probation officers in post in each region on 31 March is shown in the table.", "Region 2023 2024", "Northfield 412 398", "Note: 2024 figures are provisional." }, new[] { "staff-in-post=398", "staff-in-post=412" }),
        new(new[] { "Average caseload per probation officer, by region", "Eastmarch 48", "Lowfield 52", "Riverside 61" }, new[] { "caseload=48", "caseload=52", "caseload=61" }),
        new(new[] { "Vacancy rate (%)", "Eastmarch 12.4", "Lowfield 9.8" }, new[] { "vacancy-rate=12.4", "vacancy-rate=9.8" }),
        new(new[] { "Between them, the four regions now supervise some 56,000 high-risk adult offenders released on licence." }, new[] { "people-supervised=56000" }),
        new(new[] { "Inspectors found that the PDU was working with nearly 8,700 people on community sentences and licences." }, new[] { "people-supervised=8700" }),
        new(new[] { "The CRCs will be responsible for about 105,000 low- to medium-risk cases a year." }, new[] { "people-supervised=105000" }),
        new(new[] { "Last year the Northfell service took on the supervision of more than 3,400 men and women leaving prison." }, new[] { "people-supervised=3400" }),
        new(new[] { "The region employs about 1,850 probation staff, including 620 qualified officers." }, new[] { "staff-in-post=1850" }),
        new(new[] { "At the time of our fieldwork, the PDU had 46 full-time equivalent probation officers and probation services officers." }, new[] { "staff-in-post=46" }),
        new(new[] { "Recruitment has been difficult. Twenty-nine posts remain vacant across the county." }, new[] { "vacancies=29" }),
        new(new[] { "Recruitment to the region has stalled. At the time of inspection, 85 were still unfilled." }, new[] { "vacancies=85" }),
        new(new[] { "Workloads are unmanageable, staff told us. Some practitioners were responsible for 70 cases each." }, new[] { "caseload=70" }),
        new(new[] { "Caseloads in the team have risen steadily. Most officers now carry between 55 and 65." }, new[] { "caseload=55", "caseload=65" }),
        new(new[] { "Staffing was a concern. The vacancy rate for probation officers stood at 14% in June." }, new[] { "vacancy-rate=14" }),
        new(new[] { "Staff sickness has been a persistent issue. The average rate over the year was 6.1 per cent." }, new[] { "sickness-absence=6.1" }),
        new(new[] { "Practitioners told us their workloads were too high. The average WMT figure for the team was 128%." }, new[] { "workload=128" }),
        new(new[] { "The union wants 1,500 extra probation officers recruited over the next two years." }, new[] { "staff-required=1500" }),
        new(new[] { "Under the plans, an additional 600 probation staff will join the service by 2026." }, new[] { "staff-required=600" }),
        new(new[] { "The Ministry has set a target of recruiting 2,500 more probation officers." }, new[] { "staff-required=2500" }),
        new(new[] { "We need another 350 probation officers in London just to stand still." }, new[] { "vacancies=350" }),
        new(new[] { "The region has 44 vacancies, which is 12% of its establishment." }, new[] { "vacancies=44", "vacancy-rate=12" }),
        new(new[] { "The team is operating at 9% below its required staffing level, equivalent to 61 FTE posts." }, new[] { "vacancies=61", "vacancy-rate=9" }),
        new(new[] { "Probation officers (FTE) in post, by region", "Region 2022 2023", "Eastmarch 322 318", "Greater Halton 401 395" }, new[] { "staff-in-post=318", "staff-in-post=322", "staff-in-post=395", "staff-in-post=401" }),
        new(new[] { "Headcount of probation officers by region, 31 March 2024", "Eastmarch", "322", "Greater Halton", "401" }, new[] { "staff-in-post=322", "staff-in-post=401" }),
        new(new[] { "PDU | Vacancies", "Northfield | 31", "Southmoor | 17", "Note: vacancies are posts being actively recruited to." }, new[] { "vacancies=17", "vacancies=31" }),
        new(new[] { "Officers at the Ravensby PDU supervise a caseload of about 4,100 people." }, new[] { "people-supervised=4100" }),
        new(new[] { "In total, some 2,900 people were being supervised by the service at the time of our inspection." }, new[] { "people-supervised=2900" }),
        new(new[] { "The number of offenders supervised by the CRCs fell to 152,000." }, new[] { "people-supervised=152000" }),
        new(new[] { "Nationally, there are roughly 5,600 probation officers." }, new[] { "staff-in-post=5600" }),
        new(new[] { "The establishment figure for the unit is 95." }, new[] { "staff-required=95" }),
        new(new[] { "The North East division is currently carrying 48 vacancies for probation officers." }, new[] { "vacancies=48" }),
        new(new[] { "There are 48 probation officer vacancies in the North East division." }, new[] { "vacancies=48" }),
        new(new[] { "Leaders told us they were 130 probation officers short." }, new[] { "vacancies=130" }),
        new(new[] { "One officer described holding a caseload of 72, which she said was unmanageable." }, new[] { "caseload=72" }),
        new(new[] { "“I’m carrying 60 cases at the moment,” one officer told us." }, new[] { "caseload=60" }),
        new(new[] { "Each officer is expected to manage no more than 45 cases." }, new[] { "caseload=45" }),
        new(new[] { "Some staff were working at 160% of their capacity." }, new[] { "workload=160" }),
        new(new[] { "The team’s WMT stood at 118% in March." }, new[] { "workload=118" }),
        new(new[] { "Sickness absence among probation officers reached 12% last winter." }, new[] { "sickness-absence=12" }),
        new(new[] { "Around a quarter of probation officer posts are unfilled in London." }, new[] { "vacancy-rate=25" }),
        new(new[] { "The service was running with a 17% vacancy rate." }, new[] { "vacancy-rate=17" }),
        new(new[] { "The number of probation officers rose from 3,200 in 2020 to 3,750 in 2024." }, new[] { "staff-in-post=3200", "staff-in-post=3750" }),
        new(new[] { "The Justice Secretary set out plans to recruit 1,200 probation officers a year." }, new[] { "staff-required=1200" }),
        new(new[] { "Ministers have promised 4,000 additional probation staff by the end of the parliament." }, new[] { "staff-required=4000" }),
        new(new[] { "Vacancies: 45 (12%)" }, new[] { "vacancies=45", "vacancy-rate=12" }),
        new(new[] { "Probation officers in post at 31 March 2024", "Headcount", "1,204", "FTE", "1,120.5" }, new[] { "staff-in-post=1120.5", "staff-in-post=1204" }),
        new(new[] { "Probation officer vacancies by PDU", "Northfield 31", "Southmoor 17", "Total 48", "Source: workforce management information" }, new[] { "vacancies=17", "vacancies=31", "vacancies=48" }),
        new(new[] { "Answer: The number of full-time equivalent probation officers in the Northfell region was 290 on 31 March 2023 and 305 on 31 March 2024." }, new[] { "staff-in-post=290", "staff-in-post=305" }),
        new(new[] { "The service currently has 8,200 people on its caseload." }, new[] { "people-supervised=8200" }),
        new(new[] { "Average caseloads for probation officers in the region are now 52." }, new[] { "caseload=52" }),
        new(new[] { "The vacancy rate in the South West was 21%, almost twice the national figure of 11%." }, new[] { "vacancy-rate=11", "vacancy-rate=21" }),
        new(new[] { "The Ashby team is made up of 97 staff, including managers and administrators." }, new[] { "staff-in-post=97" }),
        new(new[] { "The office is funded for 120 posts. Only 84 are filled." }, new[] { "staff-in-post=84", "staff-required=120" }),
        new(new[] { "The youth justice service has 12 vacant posts." }, new[] { "vacancies=12" }),
        new(new[] { "Probation officers are each handling up to 80 cases." }, new[] { "caseload=80" }),
        new(new[] { "Members report caseloads of 70-plus across the branch." }, new[] { "caseload=70" }),
        new(new[] { "Of the 52 probation officer posts in the PDU, only 38 were filled." }, new[] { "staff-in-post=38" }),
        new(new[] { "Fourteen probation officer posts were vacant at the time of the inspection." }, new[] { "vacancies=14" }),
        new(new[] { "Almost 30% of posts in the Brackwell office are vacant." }, new[] { "vacancy-rate=30" }),
        new(new[] { "Brackwell PDU is responsible for supervising just over 1,750 people." }, new[] { "people-supervised=1750" }),
        new(new[] { "At the time of our fieldwork, the team was supervising 640 cases." }, new[] { "people-supervised=640" }),
        new(new[] { "The PDU needs 700 more staff to deliver a safe service, the union says." }, new[] { "vacancies=700" }),
        new(new[] { "The number of people under supervision has fallen from 2,300 to 2,150." }, new[] { "people-supervised=2150", "people-supervised=2300" }),
        new(new[] { "The average caseload per officer has gone up from 38 to 47." }, new[] { "caseload=38", "caseload=47" }),
    ];

    private static readonly string[][] NotFigures =
    [
        new[] { "The service spent £1.2 million on agency staff last year." },
        new[] { "Inspectors examined 78 cases, and in 62% of them the risk assessment was sufficient." },
        new[] { "In our staff survey, 64% of respondents said they felt supported by their manager." },
        new[] { "A total of 623 probation officers left the service in the year to March." },
        new[] { "The autumn intake of 1,100 trainee probation officers started their training in October." },
        new[] { "The prison employs 450 prison officers and 120 operational support staff." },
        new[] { "See page 34 for the staffing tables, and annex 2 for the 2024 figures." },
        new[] { "One of the 12 regions has yet to appoint a head of service." },
        new[] { "The first 300 staff transferred to the new employer in June 2021." },
        new[] { "Chief officers from 21 probation areas met in 2019 to discuss 3 options." },
        new[] { "Over 40% of the cases we inspected involved domestic abuse." },
        new[] { "The unit received 2,400 referrals from the courts last year." },
        new[] { "Some 350 jobs will be cut as part of the restructure." },
        new[] { "Nearly 70 per cent of the staff who responded to our survey said that their workload was too high." },
        new[] { "We interviewed 63 probation officers and 21 managers during our fieldwork." },
        new[] { "Around 1,900 prison officers have left the service since 2022, with 430 leaving in the last quarter alone." },
        new[] { "Total spending rose to £620 million in 2023–24, 14% more than the year before." },
        new[] { "There are now 1,000 more probation officers than there were in 2019." },
        new[] { "The service recruited 1,200 new trainee probation officers last year." },
        new[] { "We are recruiting 1,500 trainee probation officers this year." },
        new[] { "Region | Offices", "Northfield | 4", "Southmoor | 7" },
        new[] { "Table 3: Staff leavers by region", "Northfield 41", "Southmoor 37" },
        new[] { "The office has 40 desks and 12 interview rooms for its 60 staff." },
        new[] { "Over 1,000 staff responded to the survey, and 44% said they planned to leave." },
        new[] { "Some 2,300 people attended the conference in 2023." },
        new[] { "The service has been short of money for years; in 2019 the budget was cut by 12%." },
        new[] { "More than half of the 312 cases inspected had a sufficient risk assessment." },
        new[] { "The report made 12 recommendations to the Ministry of Justice." },
        new[] { "The inspection took place over two weeks in 2024 and involved 46 interviews." },
        new[] { "A 42-year-old man was sentenced to 18 months in custody." },
        new[] { "The service has 22 offices and 4 approved premises with 96 beds." },
        new[] { "Around 40% of those on probation are unemployed." },
        new[] { "In 2023, 1,150 probation officers completed their training." },
        new[] { "Question: How many probation officers were assaulted in 2023? Answer: 48 assaults were recorded." },
        new[] { "The PDU had 3 different heads of service in 18 months." },
        new[] { "Staff told us that 14 of the 30 cases they held involved domestic abuse." },
        new[] { "The service has lost 240 experienced officers since 2019." },
        new[] { "About 1,200 people left the probation service last year, up from 980." },
    ];

    [TestCaseSource(nameof(Figures))]
    public void Extract_GenreProbe_FindsEachFigureWithItsKind(string[] paragraphs, string[] expected)
    {
        var figures = TestDocuments.Extract(paragraphs).Figures;

        Assert.That(figures.Select(f => $"{f.Kind}={f.Value.ToString(CultureInfo.InvariantCulture)}").Order(StringComparer.Ordinal), Is.EqualTo(expected.Order(StringComparer.Ordinal)));
    }

    [TestCaseSource(nameof(NotFigures))]
    public void Extract_GenreNearMiss_FindsNoFigure(string[] paragraphs)
    {
        Assert.That(TestDocuments.Extract(paragraphs).Figures, Is.Empty);
    }
}
