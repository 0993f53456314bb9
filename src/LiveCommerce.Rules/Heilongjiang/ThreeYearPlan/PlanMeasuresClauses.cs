using LiveCommerce.Rules.Engine;

namespace LiveCommerce.Rules.Heilongjiang.ThreeYearPlan;

/// <summary>The policy measures of the three-year plan, verbatim, and the rule descriptors built on them.</summary>
internal static class PlanMeasuresClauses
{
    private static SourceDocument Doc => HeilongjiangDocuments.ThreeYearPlan;

    /// <summary>上浮30%: the uplift factor on the original training subsidy standard.</summary>
    public const decimal TrainingUpliftFactor = 1.30m;

    /// <summary>从2021年开始连续三年: the fund years.</summary>
    public const int FirstFundYear = 2021;

    /// <summary>The last of the three fund years.</summary>
    public const int LastFundYear = 2023;

    public static readonly RuleDescriptor Fund = Doc.Clause(
        "HLJ-PLAN-FUND", "省级财政年度资金", "Provincial fund for the year",
        "三、(五)1", "从2021年开始连续三年,省级财政每年使用产业结构调整资金1亿元用于支持直播电商等新经济新业态发展。",
        "For three consecutive years from 2021 (2021, 2022, 2023) the provincial budget uses ¥100,000,000 a year of industrial-restructuring funds: a fixed commitment, not a ceiling, so a year's shortfall (¥0 included) is not met once the year is over; other years have no such fund.")
        .DeclaringThreshold(new("省级财政每年使用资金", "Provincial fund used each year"), Threshold.AtLeast(100_000_000m, Unit.Yuan, "每年使用"));

    public static readonly RuleDescriptor TrainingUplift = Doc.Clause(
        "HLJ-PLAN-TRAINING-UPLIFT", "直播电商培训补贴", "Live-commerce training subsidy",
        "三、(五)2", "加大对互联网营销师、直播销售员等直播电商相关职业(工种)培训(含企业职工培训)补贴支持力度,按原有补贴标准上浮30%。",
        "The training subsidy standard for live-commerce occupations (互联网营销师, 直播销售员 and other live-commerce occupations) is the original standard raised by 30% (× 1.30, rounded to the fen half away from zero): a standard, not a ceiling; a claim above standard × trainees is not met, another occupation is not applicable.",
        Comparison.AtMost);

    public static readonly RuleDescriptor LoanCap = Doc.Clause(
        "HLJ-PLAN-LOAN-CAP", "个人创业担保贷款额度", "Personal start-up guarantee loan amount",
        "三、(五)8", "对符合创业担保贷款贴息政策条件的直播电商创业可给予最高20万元个人创业担保贷款",
        "A live-commerce start-up meeting the interest-subsidy conditions may get a personal start-up guarantee loan of at most ¥200,000 (最高: a cap).")
        .DeclaringThreshold(new("个人创业担保贷款最高额度", "Maximum personal start-up guarantee loan"), Threshold.AtMost(200_000m, Unit.Yuan, "最高"));

    public static readonly RuleDescriptor LoanNoCounterGuarantee = Doc.Clause(
        "HLJ-PLAN-LOAN-NO-COUNTER-GUARANTEE", "新发放贷款免除反担保", "No counter-guarantee for new small loans",
        "三、(五)8", "对新发放10万元以下贷款免除反担保要求",
        "For a live-commerce start-up meeting the start-up guarantee loan conditions, a newly issued loan of ¥100,000 or less (以下 includes the number) needs no counter-guarantee; a borrower outside that policy is not applicable.")
        .DeclaringThreshold(new("免除反担保的新发放贷款额度", "Largest new loan exempt from counter-guarantee"), Threshold.AtMost(100_000m, Unit.Yuan, "以下"));

    /// <summary>三年培育期: the cultivation period in years.</summary>
    public const int CultivationYears = 3;

    /// <summary>The local contribution an incentive needs (一定规模以上), set by each locality: declared by <see cref="ContributionIncentive"/>.</summary>
    public const string ContributionThresholdKey = "HLJ-PLAN-CONTRIBUTION-THRESHOLD";

    /// <summary>The annual sales an MCN's incentive needs, set by each locality: declared by <see cref="McnIncentive"/>.</summary>
    public const string McnSalesThresholdKey = "HLJ-PLAN-MCN-SALES-THRESHOLD";

    /// <summary>The annual live sales a producer's incentive needs, set by each locality: declared by <see cref="ProducerIncentive"/>.</summary>
    public const string ProducerSalesThresholdKey = "HLJ-PLAN-PRODUCER-SALES-THRESHOLD";

    public static readonly RuleDescriptor ContributionIncentive = Doc.Clause(
        "HLJ-PLAN-CONTRIBUTION-INCENTIVE", "地方贡献激励(三年培育期内)", "Local-contribution incentive within the cultivation period",
        "三、(五)4", "鼓励各地对实现地方贡献达到一定规模以上的直播电商企业,在三年培育期内分别给予相应的激励扶持",
        "An incentive goes to a live-commerce enterprise whose local contribution is at or above the local threshold (以上 includes it; parameter HLJ-PLAN-CONTRIBUTION-THRESHOLD without default), granted within its three-year cultivation period (start + 3 years − 1 day).",
        Comparison.AtLeast)
        .DeclaringValue(ContributionThresholdKey, new("地方贡献激励门槛(各地确定,源文件未载明)", "Local-contribution threshold (set locally, not in the source)"), Unit.Yuan, 0m);

    public static readonly RuleDescriptor McnIncentive = Doc.Clause(
        "HLJ-PLAN-MCN-INCENTIVE", "MCN机构年销售额激励", "MCN annual sales incentive",
        "三、(五)6", "鼓励各地对MCN机构实现年直播电商网络销售额达到一定规模且纳入全省社会消费品零售总额统计的,给予相应的激励扶持",
        "An MCN's incentive needs both parts: its annual live-commerce sales reach the local scale (parameter HLJ-PLAN-MCN-SALES-THRESHOLD without default) and are included in the provincial retail statistics; sales outside the statistics are not met even without the threshold.",
        Comparison.AtLeast)
        .DeclaringValue(McnSalesThresholdKey, new("MCN机构年直播电商网络销售额门槛(各地确定)", "MCN annual sales threshold (set locally)"), Unit.Yuan, 0m);

    public static readonly RuleDescriptor ProducerIncentive = Doc.Clause(
        "HLJ-PLAN-PRODUCER-INCENTIVE", "生产型企业年直播销售额激励", "Producer annual live sales incentive",
        "三、(五)7", "年直播销售额达到一定规模且纳入全省社会消费品零售总额统计的,给予相应的激励扶持",
        "A producer's incentive needs both parts: its annual live sales reach the local scale (parameter HLJ-PLAN-PRODUCER-SALES-THRESHOLD without default) and are included in the provincial retail statistics; sales outside the statistics are not met even without the threshold.",
        Comparison.AtLeast)
        .DeclaringValue(ProducerSalesThresholdKey, new("生产型企业年直播销售额门槛(各地确定)", "Producer annual live sales threshold (set locally)"), Unit.Yuan, 0m);
}
