namespace LiveCommerce.Rules.Heilongjiang.ThreeYearPlan;

/// <summary>
/// A case under the policy measures of the Heilongjiang three-year live-commerce plan (三、(五)): a training subsidy claim,
/// a start-up guarantee loan, and/or a year of the provincial fund. Give at least one; a measure not given is reported as
/// not applicable.
/// </summary>
public sealed record PlanMeasuresCase
{
    /// <summary>A short reference for the case (a claim or file number).</summary>
    public required string Reference { get; init; }

    /// <summary>A live-commerce training subsidy claim (三、(五)2), if any.</summary>
    public TrainingSubsidyClaim? TrainingSubsidy { get; init; }

    /// <summary>A personal start-up guarantee loan (三、(五)8), if any.</summary>
    public StartUpGuaranteeLoan? Loan { get; init; }

    /// <summary>A year of the provincial industrial-restructuring fund (三、(五)1), if any.</summary>
    public FundYear? Fund { get; init; }

    /// <summary>A local incentive for a live-commerce enterprise's local contribution (三、(五)4), if any.</summary>
    public ContributionIncentive? ContributionIncentive { get; init; }

    /// <summary>A local incentive for an MCN's or a producer's annual live-commerce sales (三、(五)6–7), if any.</summary>
    public SalesIncentive? SalesIncentive { get; init; }
}

/// <summary>An incentive for a live-commerce enterprise whose local contribution reaches the local threshold (三、(五)4).</summary>
public sealed record ContributionIncentive
{
    /// <summary>The enterprise's local contribution (地方贡献) in the year the incentive rewards.</summary>
    public required Primitives.Money LocalContribution { get; init; }

    /// <summary>The first day of the enterprise's three-year cultivation period (三年培育期).</summary>
    public required DateOnly CultivationStart { get; init; }

    /// <summary>The day the incentive is granted: it must fall within the cultivation period.</summary>
    public required DateOnly GrantedOn { get; init; }
}

/// <summary>Who an annual-sales incentive rewards.</summary>
public enum SalesIncentiveKind
{
    /// <summary>三、(五)6: an MCN organisation (MCN机构), on its annual live-commerce online sales.</summary>
    Mcn,

    /// <summary>三、(五)7: a traditional producer (生产型企业) selling by self-streaming or a third party, on its annual live sales.</summary>
    Producer,
}

/// <summary>An incentive for annual live-commerce sales that reach a local scale and are in the provincial retail statistics.</summary>
public sealed record SalesIncentive
{
    /// <summary>An MCN (三、(五)6) or a producer (三、(五)7).</summary>
    public required SalesIncentiveKind Kind { get; init; }

    /// <summary>The annual live-commerce sales (年直播电商网络销售额 / 年直播销售额).</summary>
    public required Primitives.Money AnnualLiveSales { get; init; }

    /// <summary>Whether those sales are included in the provincial total retail sales of consumer goods statistics
    /// (纳入全省社会消费品零售总额统计).</summary>
    public required bool IncludedInRetailStatistics { get; init; }
}

/// <summary>A claim for live-commerce occupational training subsidy (互联网营销师、直播销售员等直播电商相关职业(工种)培训).</summary>
public sealed record TrainingSubsidyClaim
{
    /// <summary>The occupation or trade trained, such as 互联网营销师 or 直播销售员.</summary>
    public required string Occupation { get; init; }

    /// <summary>Whether the occupation is a live-commerce related occupation (直播电商相关职业(工种)). The two the clause names
    /// (互联网营销师, 直播销售员) are recognised from <see cref="Occupation"/>; for any other (等) say so here: omitted, the
    /// uplift is not evaluated.</summary>
    public bool? LiveCommerceOccupation { get; init; }

    /// <summary>The original subsidy standard per trainee under the local rules (原有补贴标准).</summary>
    public required Primitives.Money OriginalStandardPerTrainee { get; init; }

    /// <summary>The number of trainees claimed for (at least one).</summary>
    public required int Trainees { get; init; }

    /// <summary>The amount claimed, if known: checked against the uplifted standard × trainees.</summary>
    public Primitives.Money? ClaimedAmount { get; init; }
}

/// <summary>A personal start-up guarantee loan for a live-commerce start-up (个人创业担保贷款).</summary>
public sealed record StartUpGuaranteeLoan
{
    /// <summary>Whether the borrower meets the start-up guarantee loan interest-subsidy conditions (符合创业担保贷款贴息政策条件).</summary>
    public required bool MeetsInterestSubsidyConditions { get; init; }

    /// <summary>The loan amount.</summary>
    public required Primitives.Money Amount { get; init; }

    /// <summary>Whether the loan is newly issued (新发放).</summary>
    public required bool NewlyIssued { get; init; }

    /// <summary>Whether the lender or guarantor demanded a counter-guarantee (反担保).</summary>
    public required bool CounterGuaranteeRequired { get; init; }
}

/// <summary>One year of the provincial fund for the new economy (省级财政产业结构调整资金).</summary>
public sealed record FundYear
{
    /// <summary>The budget year.</summary>
    public required int Year { get; init; }

    /// <summary>The amount allocated or used in the year, if known: checked against ¥100,000,000.</summary>
    public Primitives.Money? AmountUsed { get; init; }
}
