using System.Collections.Immutable;
using System.Text.Json.Serialization.Metadata;
using LiveCommerce.Rules.Engine;
using LiveCommerce.Rules.Heilongjiang.ThreeYearPlan.Rules;
using LiveCommerce.Rules.Primitives;
using LiveCommerce.Rules.Serialization;

namespace LiveCommerce.Rules.Heilongjiang.ThreeYearPlan;

/// <summary>
/// The policy measures of the Heilongjiang three-year live-commerce plan 2020–2022 (黑政办规〔2020〕22号, 三、(五)):
/// the provincial fund (<c>HLJ-PLAN-FUND</c>), the training subsidy uplift (<c>HLJ-PLAN-TRAINING-UPLIFT</c>), the start-up
/// guarantee loan cap (<c>HLJ-PLAN-LOAN-CAP</c>), the counter-guarantee exemption (<c>HLJ-PLAN-LOAN-NO-COUNTER-GUARANTEE</c>) and
/// the local incentives (<c>HLJ-PLAN-CONTRIBUTION-INCENTIVE</c>, <c>HLJ-PLAN-MCN-INCENTIVE</c>, <c>HLJ-PLAN-PRODUCER-INCENTIVE</c>,
/// whose thresholds each locality sets: parameters without default).
/// </summary>
/// <remarks>The loan amounts are reported as caps, the training standard and the yearly fund as standards, each with its
/// formula. The loan ceilings may only be lowered through parameters, the yearly fund only raised. Immutable and thread-safe.</remarks>
public sealed class PlanMeasuresRuleSet : RuleSet<PlanMeasuresRuleSet, PlanMeasuresCase>, IRuleSetDeclaration<PlanMeasuresRuleSet>
{
    /// <summary>The rule set id.</summary>
    public const string RuleSetId = "hlj-plan-measures";

    /// <summary>The largest number of trainees accepted in one claim.</summary>
    public const int MaxTrainees = 1_000_000;

    /// <summary>The largest original standard per trainee accepted (keeps the cap within the range of money).</summary>
    public static readonly Money MaxStandardPerTrainee = Money.FromYuan(1_000_000m);

    // The plan's period (2020—2022) from its issue on 2020-11-02. The fund's third year, 2023, is still decided by its
    // budget year; an as-of date in 2023 gets the outside-window notice.
    private static readonly DateWindow PlanPeriod = new(new DateOnly(2020, 11, 2), new DateOnly(2022, 12, 31));

    /// <summary>The fixed description.</summary>
    public static RuleSetInfo Description { get; } = HeilongjiangDocuments.ThreeYearPlanScope.Describe(
        RuleSetId,
        "1.1.0",
        new LocalizedText("直播电商发展三年行动计划(2020—2022年):政策保障措施", "Three-year live-commerce plan 2020–2022: policy measures"),
        new Deadline(new DateOnly(PlanMeasuresClauses.LastFundYear, 12, 31), new LocalizedText("省级财政产业结构调整资金(2021—2023年)", "the provincial fund (2021–2023)"), PlanMeasuresClauses.Fund.Id))
        with { EffectiveWindow = PlanPeriod };

    /// <summary>The parameters with the document's values: the loan ceilings may only be lowered, the yearly fund only raised.</summary>
    public static ImmutableArray<ParameterDefinition> ParameterDefinitions { get; } = RuleDescriptor.ParametersOf(
        PlanMeasuresClauses.Fund, PlanMeasuresClauses.LoanCap, PlanMeasuresClauses.LoanNoCounterGuarantee, PlanMeasuresClauses.ContributionIncentive, PlanMeasuresClauses.McnIncentive, PlanMeasuresClauses.ProducerIncentive);

    // Overrides may only lower the ceilings (and raise the yearly fund).
    private PlanMeasuresRuleSet(ParameterSet overrides)
        : base(overrides)
    {
    }

    static PlanMeasuresRuleSet IRuleSetDeclaration<PlanMeasuresRuleSet>.New(ParameterSet overrides) => new(overrides);

    private protected override JsonTypeInfo<PlanMeasuresCase> FactsTypeInfo => JsonContext.Default.PlanMeasuresCase;

    private protected override ImmutableArray<Rule<PlanMeasuresCase>> BuildRules() =>
    [
        new FundYearRule(Parameters.ThresholdOf(PlanMeasuresClauses.Fund)),
        new TrainingUpliftRule(),
        new LoanCapRule(Parameters.ThresholdOf(PlanMeasuresClauses.LoanCap)),
        new NoCounterGuaranteeRule(Parameters.ThresholdOf(PlanMeasuresClauses.LoanNoCounterGuarantee)),
        new ContributionIncentiveRule(LocalThreshold(PlanMeasuresClauses.ContributionIncentive, PlanMeasuresClauses.ContributionThresholdKey)),
        SalesIncentiveRule.Mcn(LocalThreshold(PlanMeasuresClauses.McnIncentive, PlanMeasuresClauses.McnSalesThresholdKey)),
        SalesIncentiveRule.Producer(LocalThreshold(PlanMeasuresClauses.ProducerIncentive, PlanMeasuresClauses.ProducerSalesThresholdKey)),
    ];

    /// <summary>一定规模以上: the local threshold <paramref name="clause"/> declares under <paramref name="key"/>, compared as the
    /// clause says (met at the value itself); null when the host gave none.</summary>
    private Threshold? LocalThreshold(RuleDescriptor clause, string key)
    {
        ParameterDefinition parameter = clause.Parameter(key);
        return Parameters.ValueOf(parameter) is { } value ? new Threshold(clause.Comparison!.Value, new Quantity(value, parameter.Unit), "达到一定规模") : null;
    }

    private protected override void ValidateFacts(PlanMeasuresCase facts, ValidationCollector problems)
    {
        FactsChecks.NotBlank(facts.Reference, "$.reference", problems);
        if (facts.TrainingSubsidy is null && facts.Loan is null && facts.Fund is null && facts.ContributionIncentive is null && facts.SalesIncentive is null)
        {
            problems.Add("$", "empty", "请至少填写 trainingSubsidy、loan、fund、contributionIncentive、salesIncentive 之一", "Give at least one of trainingSubsidy, loan, fund, contributionIncentive and salesIncentive.");
        }

        if (facts.ContributionIncentive is { } contribution)
        {
            NotNegative(contribution.LocalContribution, "$.contributionIncentive.localContribution", problems);
            if (contribution.CultivationStart.Year > 9990)
            {
                problems.Add("$.contributionIncentive.cultivationStart", "range", "培育期开始日期超出范围", "The start of the cultivation period is out of range.");
            }
        }

        if (facts.SalesIncentive is { } sales)
        {
            NotNegative(sales.AnnualLiveSales, "$.salesIncentive.annualLiveSales", problems);
            if (sales.Kind is not (SalesIncentiveKind.Mcn or SalesIncentiveKind.Producer))
            {
                problems.Add("$.salesIncentive.kind", "unknown-value", "未知的激励对象类型(可选 mcn、producer)", "Unknown incentive kind (use mcn or producer).", sales.Kind.ToString());
            }
        }

        if (facts.TrainingSubsidy is { } claim)
        {
            FactsChecks.NotBlank(claim.Occupation, "$.trainingSubsidy.occupation", problems);
            if (claim.Trainees < 1 || claim.Trainees > MaxTrainees)
            {
                problems.Add("$.trainingSubsidy.trainees", "range", FormattableString.Invariant($"培训人数应在 1 至 {MaxTrainees:N0} 之间"), FormattableString.Invariant($"The number of trainees must be from 1 to {MaxTrainees:N0}."), claim.Trainees.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            NotNegative(claim.OriginalStandardPerTrainee, "$.trainingSubsidy.originalStandardPerTrainee", problems);
            NotNegative(claim.ClaimedAmount, "$.trainingSubsidy.claimedAmount", problems);
            if (claim.OriginalStandardPerTrainee > MaxStandardPerTrainee)
            {
                problems.Add("$.trainingSubsidy.originalStandardPerTrainee", "range", "每人原补贴标准不应超过 1,000,000 元", "The original standard per trainee must be at most ¥1,000,000.");
            }
        }

        if (facts.Loan is { } loan)
        {
            NotNegative(loan.Amount, "$.loan.amount", problems);
        }

        if (facts.Fund is { } fund)
        {
            if (fund.Year < 1900 || fund.Year > 2100)
            {
                problems.Add("$.fund.year", "range", "年度应在 1900 至 2100 之间", "The year must be from 1900 to 2100.", fund.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            NotNegative(fund.AmountUsed, "$.fund.amountUsed", problems);
        }
    }

    private static void NotNegative(Money? amount, string path, ValidationCollector problems)
    {
        if (amount < Money.Zero)
        {
            problems.Add(path, "negative", "金额不能为负数", "An amount must not be negative.");
        }
    }
}
