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
