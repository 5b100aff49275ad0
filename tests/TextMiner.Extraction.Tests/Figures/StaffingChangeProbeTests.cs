using System.Globalization;

namespace TextMiner.Extraction.Tests.Figures;

/// <summary>
/// Genre probes for how statistics releases, audit reports, parliamentary answers and newspapers state staffing
/// figures as changes and gaps: a level that "has grown from … to …" (its noun the verb's subject), a shortfall that
/// widened or "stands at", "N fewer officers than it needed", an underestimate of staff needed, a count glued to its
/// verb by PDF text extraction, labelled lists and one-line labels, pipe tables with years as row labels, rows whose
/// label names their own kind under a caption, and footnote markers under a table. Near misses (leavers, prison
/// officers, assaults, money, pay gaps, percentage changes, organisations counted, survey shares restated in brackets)
/// must stay silent. Each paragraph of a case is one paragraph of the document.
/// </summary>
public sealed class StaffingChangeProbeTests
{
    private static readonly TestCaseData[] Figures =
    [
        new(new[] { "Staffing in the Welsh probation service has grown by about 18 per cent, from roughly 1,150 to roughly 1,360 over the last six years." }, new[] { "staff-in-post=1150", "staff-in-post=1360" }),
        new(new[] { "The number of probation officers went up from 3,100 in 2015 to 4,400 this year." }, new[] { "staff-in-post=3100", "staff-in-post=4400" }),
        new(new[] { "Probation officer numbers dropped from 6,100 to 5,400 between 2016 and 2021." }, new[] { "staff-in-post=5400", "staff-in-post=6100" }),
        new(new[] { "The number of band 3 PSO staff in post increased by 7.2% to 6,140 FTE." }, new[] { "staff-in-post=6140" }),
        new(new[] { "Staffing levels in the Yorkshire region stood at 640 FTE in March." }, new[] { "staff-in-post=640" }),
        new(new[] { "The gap in staffing has widened from 310 in 2021 to 640 today." }, new[] { "vacancies=310", "vacancies=640" }),
        new(new[] { "The shortfall in probation officers rose from 650 to 1,400 in just two years." }, new[] { "vacancies=1400", "vacancies=650" }),
        new(new[] { "The staffing gap now stands at 870 officers." }, new[] { "vacancies=870" }),
        new(new[] { "Vacancies among band 4 probation officers reached 380 in June." }, new[] { "vacancies=380" }),
        new(new[] { "HMPPS had 2,360 fewer probation officers than it needed." }, new[] { "vacancies=2360" }),
        new(new[] { "The unit currently has 34 staff, nine fewer than it should have." }, new[] { "staff-in-post=34", "vacancies=9" }),
        new(new[] { "The service was short of 1,800 probation officers (27% of its target)." }, new[] { "vacancies=1800", "vacancy-rate=27" }),
        new(new[] { "The team had 73.64 WTE practitioners at the end of the quarter." }, new[] { "staff-in-post=73.64" }),
        new(new[] { "Within the region there were3150 FTE probation officers in post." }, new[] { "staff-in-post=3150" }),
        new(new[] { "There are some 17,600 people working in the Probation Service." }, new[] { "staff-in-post=17600" }),
        new(new[] { "HMPPS discovered it had underestimated how many staff were needed to run the new model by roughly a quarter (2,900 staff)." }, new[] { "staff-required=2900" }),
        new(new[] { "The department underestimated the number of probation officers it needed by 4,100." }, new[] { "staff-required=4100" }),
        new(new[] { "HMPPS plans to increase the number of probation officers by 2,100 over three years." }, new[] { "staff-required=2100" }),
        new(new[] { "Napo estimates that the service needs a workforce of at least 8,000 probation officers to cope." }, new[] { "staff-required=8000" }),
        new(new[] { "The government pledged 1,000 more probation officers, and a further 1,100 on top." }, new[] { "staff-required=1000", "staff-required=1100" }),
        new(new[] { "One in five posts (20%) are vacant." }, new[] { "vacancy-rate=20" }),
        new(new[] { "Vacancy rates for band 4 probation officers were highest in London (22%) and lowest in Wales (14%)." }, new[] { "vacancy-rate=14", "vacancy-rate=22" }),
        new(new[] { "Workforce numbers 212" }, new[] { "staff-in-post=212" }),
        new(new[] { "Workforce numbers: 212 (March 2024)" }, new[] { "staff-in-post=212" }),
        new(new[] { "Staff in post, probation service: 21,380 (headcount), 17,730 (FTE)." }, new[] { "staff-in-post=17730", "staff-in-post=21380" }),
        new(new[] { "Staff in post (FTE), 31 March 2024: probation officers 4,410; probation services officers 6,513." }, new[] { "staff-in-post=4410", "staff-in-post=6513" }),
        new(new[] { "Table 1: Band 4 probation officers in post (FTE), at 31 March each year", "Year | FTE", "2022 | 3,410", "2023 | 3,620", "2024 | 3,890" }, new[] { "staff-in-post=3410", "staff-in-post=3620", "staff-in-post=3890" }),
        new(new[] { "Band 4 probation officers", "In post: 4,410", "Target: 5,900", "Shortfall: 1,490" }, new[] { "staff-in-post=4410", "staff-required=5900", "vacancies=1490" }),
        new(new[] { "The number of probation officers will go up by 1,100 next year, the minister said." }, new[] { "staff-required=1100" }),
        new(new[] { "Ministers expect probation staffing to rise by 1,500 officers over the next two years." }, new[] { "staff-required=1500" }),
        new(new[] { "The vacancy rate is high in London. It stands at 14%." }, new[] { "vacancy-rate=14" }),
        new(new[] { "Probation staff in post (FTE) by region and grade, 31 March 2024", "Grade | London | Wales", "Probation officer | 1,210 | 412", "Probation services officer | 2,300 | 780" }, new[] { "staff-in-post=1210", "staff-in-post=2300", "staff-in-post=412", "staff-in-post=780" }),
        new(new[] { "There were also 2,941 FTE probation services officers: a rise of 318 since December." }, new[] { "staff-in-post=2941" }),
        new(new[] { "The owner plans to cut the workforce from 410 staff to 290, a reduction of 120 posts." }, new[] { "staff-in-post=410", "staff-required=290" }),
        new(new[] { "Region | Vacancies1 | Vacancy rate (%)2", "North East | 41 | 12.5", "Wales | 33 | 9.1", "1 Posts advertised but unfilled. 2 Vacancies as a share of the funded establishment." }, new[] { "vacancies=33", "vacancies=41", "vacancy-rate=12.5", "vacancy-rate=9.1" }),
    ];

    private static readonly string[][] NotFigures =
    [
        new[] { "The number of staff leaving rose from 900 to 1,300." },
        new[] { "The budget went up from £24.8 million to £25.6 million." },
        new[] { "Some 1,100 trainees started in 2023, up by 300 on 2022." },
        new[] { "The number of prison officers rose from 18,000 to 22,000." },
        new[] { "The number of probation officers who left rose from 680 to 920." },
        new[] { "Recruitment increased by 12% to 1,640 new trainees." },
        new[] { "The number of assaults on probation staff rose from 30 to 48." },
        new[] { "Spending on agency staff grew from £18 million to £26 million." },
        new[] { "The gap in pay between prison and probation officers has grown to 8%." },
        new[] { "Staff told us their pay has fallen by 19% in real terms while workloads rose." },
        new[] { "Members face rising caseloads across many of the 21 companies." },
        new[] { "Table 7: Probation staff leavers by grade", "Probation officer | 410", "Probation services officer | 620" },
        new[] { "More than two-thirds (71 per cent) of those inspectors interviewed said their workload was unmanageable." },
        new[] { "Staff turnover rose from 9% to 13% over the period." },
        new[] { "Offices: Eastvale 4; Northmoor 7." },
        new[] { "The number of probation officers went up by 1,100 last year." },
        new[] { "Vacancies are expected to rise by 200 this year." },
        new[] { "She said she was picking up three colleagues' cases on top of her own." },
        new[] { "Up to 12 staff seconded to the office are expected to be affected, along with another 14 members of staff employed by the contractor." },
    ];

    [TestCaseSource(nameof(Figures))]
    public void Extract_StaffingChangeProbe_FindsEachFigureWithItsKind(string[] paragraphs, string[] expected)
    {
        var figures = TestDocuments.Extract(paragraphs).Figures;

        Assert.That(figures.Select(f => $"{f.Kind}={f.Value.ToString(CultureInfo.InvariantCulture)}").Order(StringComparer.Ordinal), Is.EqualTo(expected.Order(StringComparer.Ordinal)));
    }

    [TestCaseSource(nameof(NotFigures))]
    public void Extract_StaffingChangeNearMiss_FindsNoFigure(string[] paragraphs)
    {
        Assert.That(TestDocuments.Extract(paragraphs).Figures, Is.Empty);
    }
}
