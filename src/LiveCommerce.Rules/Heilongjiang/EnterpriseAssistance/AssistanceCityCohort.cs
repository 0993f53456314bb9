using System.Collections.Immutable;

namespace LiveCommerce.Rules.Heilongjiang.EnterpriseAssistance;

/// <summary>
/// A city's (市(地)'s) whole list for the enterprise-assistance action: every applicant enterprise, which were selected as
/// service targets, inspected on site (and reviewed on site where questioned), took part in the 2023 contest and were
/// accepted; and the city's summary report, published results and performance-evaluation report.
/// </summary>
/// <remarks>The city's quota comes from an attachment that is not in the source: the rule set's parameter
/// <c>HLJ-ACT-CITY-QUOTA</c>, without default.</remarks>
public sealed record AssistanceCityCohort
{
    /// <summary>The city.</summary>
    public required string City { get; init; }

    /// <summary>The last day of the city's local service period (本地服务期结束).</summary>
    public required DateOnly ServicePeriodEnd { get; init; }

    /// <summary>The date the summary report was submitted to the provincial departments, if it was.</summary>
    public DateOnly? SummaryReportSubmittedOn { get; init; }

    /// <summary>For funds not settled on time: whether the balance was returned to the provincial budget (结余资金……缴回省级财政,
    /// 六、(一)); omit when everything was settled on time or nothing is recorded.</summary>
    public bool? UnspentBalanceReturned { get; init; }

    /// <summary>Whether the city made its selection results public (遴选结果应向社会公开, 六、(二)); omit while not recorded.</summary>
    public bool? ResultsPublished { get; init; }

    /// <summary>Whether the city evaluated the completed projects' performance and drew up the special performance-evaluation
    /// report (形成专项绩效评价报告, 六、(三)); omit while not recorded.</summary>
    public bool? PerformanceReportFormed { get; init; }

    /// <summary>Whether the city drew up its local implementation plan (本地区…实施方案, 六、(一)); omit while not recorded.</summary>
    public bool? ImplementationPlanDrawnUp { get; init; }

    /// <summary>Whether the city drew up its special-fund management plan (专项资金使用管理方案, 六、(一)); omit while not recorded.</summary>
    public bool? FundManagementPlanDrawnUp { get; init; }

    /// <summary>Whether the special funds were used only for their purpose, nothing appropriated, withheld or diverted
    /// (专款专用,严禁挤占、截留、挪用, 六、(三)); omit while not recorded.</summary>
    public bool? FundsUsedAsEarmarked { get; init; }

    /// <summary>The months in which the city tracked the action's progress (按月跟踪助企行动工作进展, 五、(四)7), each once, in any
    /// order; omit while not recorded (an empty list records that no month was tracked).</summary>
    public ImmutableArray<Primitives.YearMonth>? ProgressTrackedMonths { get; init; }

    /// <summary>Every applicant enterprise (申报企业), selected or not (at least one).</summary>
    public required ImmutableArray<CohortEnterprise> Enterprises { get; init; }
}

/// <summary>One applicant enterprise in a city's list.</summary>
public sealed record CohortEnterprise
{
    /// <summary>An id unique within the city's list (for example the unified social credit code).</summary>
    public required string EnterpriseId { get; init; }

    /// <summary>The enterprise's name.</summary>
    public required string Name { get; init; }

    /// <summary>The kind of enterprise (only <see cref="EnterpriseKind.AboveQuotaTrade"/> counts towards the 30% share).</summary>
    public required EnterpriseKind Kind { get; init; }

    /// <summary>Whether the city inspected it on site (实地查验).</summary>
    public required bool InspectedOnSite { get; init; }

    /// <summary>Whether the city questioned its application materials (对企业申报材料如有疑问), which then must be reviewed on site.</summary>
    public bool MaterialsQuestioned { get; init; }

    /// <summary>Whether the city reviewed the questioned materials at the enterprise (须到企业实地复核).</summary>
    public bool ReviewedOnSite { get; init; }

    /// <summary>Whether the city selected it as a service target (确定为服务对象).</summary>
    public required bool SelectedAsTarget { get; init; }

    /// <summary>The date it took part in the provincial internet marketing contest (互联网营销大赛), if it did.</summary>
    public DateOnly? ContestParticipatedOn { get; init; }

    /// <summary>For a service target: whether it filled in the action's satisfaction survey online (满意度调查问卷……在线填报,
    /// 五、(五)); omit while not recorded, and for an enterprise not selected.</summary>
    public bool? SatisfactionSurveySubmitted { get; init; }

    /// <summary>The target's six-month service period, if known: it must end by the city's <see cref="AssistanceCityCohort.ServicePeriodEnd"/>.</summary>
    public ServicePeriod? ServicePeriod { get; init; }

    /// <summary>Whether it passed acceptance (验收达标), for example the <c>hlj-enterprise-assistance</c> report's outcome.</summary>
    public bool Accepted { get; init; }

    /// <summary>What the city paid the service provider for this target under the government procurement contract
    /// (依照政府采购合同兑现服务主体资金), if anything: only an accepted target is paid for.</summary>
    public Primitives.Money? ProviderPayment { get; init; }
}
