using System.Collections.Immutable;
using LiveCommerce.Rules.Primitives;

namespace LiveCommerce.Rules.Heilongjiang.SharedBase;

/// <summary>
/// A city's (市(地)'s) selection round for the shared-base demonstration: every applicant with its expert score, whether
/// it meets the basic criteria, whether it was inspected on site, and — once decided — whether it was named a candidate,
/// accepted, and what it was paid.
/// </summary>
/// <remarks>The city's quota and the funds the province allocated to it come from an attachment that is not in the source:
/// they are the rule set's parameters <c>HLJ-BASE-CITY-QUOTA</c> and <c>HLJ-BASE-CITY-FUNDS</c>, without default.</remarks>
public sealed record SharedBaseCitySelection
{
    /// <summary>The city.</summary>
    public required string City { get; init; }

    /// <summary>Every applicant base of the round (at least one).</summary>
    public required ImmutableArray<SharedBaseCandidate> Applicants { get; init; }

    /// <summary>The date the city's summary report was submitted to the provincial departments (六、(五)), if it was.</summary>
    public DateOnly? SummaryReportSubmittedOn { get; init; }

    /// <summary>Whether the applications and the review results were made public (项目申报和评审结果应向社会公开, 七、(二));
    /// omit while not recorded.</summary>
    public bool? ResultsPublished { get; init; }

    /// <summary>For funds not settled on time: whether the balance was returned to the provincial budget (结余资金……缴回省级财政,
    /// 七、(一)); omit when everything was settled on time or nothing is recorded.</summary>
    public bool? UnspentBalanceReturned { get; init; }

    /// <summary>Whether the city evaluated the accepted bases' performance and drew up the special performance-evaluation
    /// report (形成专项绩效评价报告, 六、(三)8 and 七、(三)); omit while not recorded.</summary>
    public bool? PerformanceReportFormed { get; init; }

    /// <summary>Whether the city drew up its local implementation plan (本地区…实施方案, 七、(一)); omit while not recorded.</summary>
    public bool? ImplementationPlanDrawnUp { get; init; }

    /// <summary>Whether the city drew up its special-fund management plan (专项资金使用管理方案, 七、(一)); omit while not recorded.</summary>
    public bool? FundManagementPlanDrawnUp { get; init; }

    /// <summary>Whether the special funds were used only for their purpose, nothing appropriated, withheld or diverted
    /// (专款专用,严禁挤占、截留、挪用, 七、(三)); omit while not recorded.</summary>
    public bool? FundsUsedAsEarmarked { get; init; }
}

/// <summary>One applicant in a city's selection round.</summary>
public sealed record SharedBaseCandidate
{
    /// <summary>The application's id, unique within the round; also the documented tie-breaker.</summary>
    public required string ApplicationId { get; init; }

    /// <summary>The base's name.</summary>
    public required string BaseName { get; init; }

    /// <summary>The expert panel's score (专家评审打分), 0–1000.</summary>
    public required decimal ExpertScore { get; init; }

    /// <summary>Whether the application meets the basic criteria ①–⑨ (for example, the <c>hlj-shared-base</c> report's outcome).</summary>
    public required bool MeetsBasicCriteria { get; init; }

    /// <summary>Whether the city inspected the applicant on site (实地查验).</summary>
    public required bool InspectedOnSite { get; init; }

    /// <summary>Whether the city questioned its application materials (对企业申报材料如有疑问), which then must be reviewed on site.</summary>
    public bool MaterialsQuestioned { get; init; }

    /// <summary>Whether the city reviewed the questioned materials at the enterprise (须到企业实地复核).</summary>
    public bool ReviewedOnSite { get; init; }

    /// <summary>Whether the city named it a candidate (候选名单); omit before the city decides.</summary>
    public bool? SelectedAsCandidate { get; init; }

    /// <summary>Whether the candidate passed the public notice without objection (经公示无异议, 六、(三)5–6); omit while undecided.</summary>
    public bool? PassedPublicNotice { get; init; }

    /// <summary>Whether it passed acceptance (验收合格) and became a demonstration base: only a candidate that passed the
    /// public notice may be accepted (rule <c>HLJ-BASE-ACCEPTANCE</c>).</summary>
    public bool Accepted { get; init; }

    /// <summary>The subsidy paid or planned (资金补助) for an accepted base; required once it is accepted (give 0 for none):
    /// without it the subsidy cap is not evaluated.</summary>
    public Money? Subsidy { get; init; }
}
