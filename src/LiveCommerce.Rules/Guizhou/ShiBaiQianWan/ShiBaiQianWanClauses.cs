using System.Collections.Immutable;
using LiveCommerce.Rules.Engine;

namespace LiveCommerce.Rules.Guizhou.ShiBaiQianWan;

/// <summary>The clauses of the Guizhou "十百千万" plan (黔商发〔2023〕1号), verbatim, and the rule descriptors built on them.</summary>
internal static class ShiBaiQianWanClauses
{
    // The parameter keys, each written once: the clauses below declare them, the properties after them read them.
    private const string OneOffParkKey = "GZ-REWARD-ONE-OFF-PARK";
    private const string OneOffLiveBaseKey = "GZ-REWARD-ONE-OFF-LIVE-BASE";
    private const string OneOffEnterpriseKey = "GZ-REWARD-ONE-OFF-ENTERPRISE";
    private const string OneOffLiveTeamKey = "GZ-REWARD-ONE-OFF-LIVE-TEAM";
    private const string SalesHighKey = "GZ-REWARD-SALES-TIER-HIGH";
    private const string SalesHighCapKey = "GZ-REWARD-SALES-TIER-HIGH-CAP";
    private const string SalesLowKey = "GZ-REWARD-SALES-TIER-LOW";
    private const string SalesLowCapKey = "GZ-REWARD-SALES-TIER-LOW-CAP";
    private const string TrafficRetailKey = "GZ-TRAFFIC-SUBSIDY-RETAIL";
    private const string TrafficRateKey = "GZ-TRAFFIC-SUBSIDY-RATE";
    private const string TrafficCapKey = "GZ-TRAFFIC-SUBSIDY-CAP";

    private static SourceDocument Doc => GuizhouDocuments.ShiBaiQianWan;

    public static readonly RuleDescriptor Categories = Doc.Clause(
        "GZ-DEMO-CATEGORIES", "示范项目类别", "Demonstration category",
        "三、(二)2.(1)", "示范项目申报范围为电商产业示范园区、电商示范(直播)基地、电商示范企业、电商直播示范团队4类。",
        "A demonstration project is one of four categories: park, (live-streaming) base, enterprise, live-streaming team.",
        severity: Severity.Informational);

    public static readonly RuleDescriptor Criteria = Doc.Clause(
        "GZ-DEMO-CRITERIA", "示范项目认定标准", "Recognition criteria",
        "三、(二)1.", "统一认定标准。(见附件2)",
        "The application meets the uniform recognition criteria of its category; they are in attachment 2, not in the source, so the host configures them.");

    public static readonly RuleDescriptor Annual = Doc.Clause(
        "GZ-DEMO-ANNUAL", "每年申报一次", "One application a year",
        "三、(二)2.(1)", "从2023年开始,相关工作每年开展1次",
        "From 2023 the application round is held once a year: one application per project per category per year.");

    public static readonly RuleDescriptor Route = Doc.Clause(
        "GZ-DEMO-ROUTE", "示范项目申报推荐途径", "Application and recommendation route",
        "三、(二)2.(1)", "示范项目申报由项目建设运营主体或企业向属地商务主管部门提交申报材料,市州商务主管部门汇总审核推荐。",
        "The operating entity or the enterprise submits the application to the local commerce department; the city commerce department reviews and recommends it (with its recommendation as evidence).");

    public static readonly RuleDescriptor Attachments = Doc.Clause(
        "GZ-DEMO-ATTACHMENTS", "申报材料(附件3-12)", "Application materials (attachments 3–12)",
        "三、(二)2.(1)", "示范项目申报主体需按照附件3-12分别填报相应资料。",
        "The applicant files the attachments (3–12) of its category: park 3, 6, 7, 9; live base 4, 6, 7, 9; enterprise 5, 8 and 10 or 11; live team 8, 12.");

    public static readonly RuleDescriptor Review = Doc.Clause(
        "GZ-DEMO-REVIEW", "省级评审方式", "Provincial review",
        "三、(二)2.(2)", "省商务厅根据市州推荐报送项目,采取资料审核、实地考察、组织评审等方式综合评定。",
        "A recognition rests on a document review, a site visit and a panel review, each held and recorded.");

    public static readonly RuleDescriptor Reporting = Doc.Clause(
        "GZ-DEMO-REPORTING", "年度数据报送", "Annual data report",
        "三、(三)", "于每年12月10日向省商务厅报送相关数据和园区(基地、企业)发展情况",
        "A recognised project's data and development report reaches the provincial department of commerce on or before 10 December each year.");

    public static readonly RuleDescriptor Revocation = Doc.Clause(
        "GZ-DEMO-REVOCATION", "动态管理:运营达标", "Dynamic management: operation up to standard",
        "三、(三)", "示范项目实行动态管理,对运营不达标取消示范项目资格。",
        "A recognised project whose latest annual data no longer meets the criteria of its category loses the title.");

    public static readonly RuleDescriptor OneOffReward = Doc.Clause(
        "GZ-REWARD-ONE-OFF", "示范项目一次性奖励上限", "Cap on the one-off reward of a demonstration project",
        "四、(二)2.", "对省级电子商务产业发展示范园区、电子商务直播示范基地、电子商务产业发展示范企业、电子商务直播示范团队的运营主体分别给予不超过300万元、50万元、5万元、5万元的一次性奖励。",
        "The operator of a recognised project receives a one-off reward of at most ¥3,000,000 (park), ¥500,000 (live base), ¥50,000 (enterprise) or ¥50,000 (live team), once per category: an earlier award in the category refuses the claim.")
        .DeclaringThreshold(new("电子商务产业发展示范园区一次性奖励上限", "One-off reward cap: demonstration park"), Threshold.AtMost(3_000_000m, Unit.Yuan, "不超过"), OneOffParkKey)
        .DeclaringThreshold(new("电子商务直播示范基地一次性奖励上限", "One-off reward cap: live-streaming demonstration base"), Threshold.AtMost(500_000m, Unit.Yuan, "不超过"), OneOffLiveBaseKey)
        .DeclaringThreshold(new("电子商务产业发展示范企业一次性奖励上限", "One-off reward cap: demonstration enterprise"), Threshold.AtMost(50_000m, Unit.Yuan, "不超过"), OneOffEnterpriseKey)
        .DeclaringThreshold(new("电子商务直播示范团队一次性奖励上限", "One-off reward cap: live-streaming demonstration team"), Threshold.AtMost(50_000m, Unit.Yuan, "不超过"), OneOffLiveTeamKey);

    public static readonly RuleDescriptor SalesTier = Doc.Clause(
        "GZ-REWARD-SALES-TIER", "年销售额(奖励档次)", "Annual sales (reward tier)",
        "四、(二)3.", "对年销售额达50亿元、10亿元的一次性分别给予不超过300万、100万奖励",
        "Annual sales of a finished year of at least ¥5,000,000,000 earn a one-off reward of at most ¥3,000,000; otherwise at least ¥1,000,000,000 earn at most ¥1,000,000; only the highest tier reached applies, once (a later upper tier after a lower award: refused, or the difference by option).")
        .DeclaringThreshold(new("年销售额高档门槛", "Annual sales: upper tier"), Threshold.AtLeast(5_000_000_000m, Unit.Yuan, "达"), SalesHighKey)
        .DeclaringThreshold(new("年销售额高档奖励上限", "Upper tier reward cap"), Threshold.AtMost(3_000_000m, Unit.Yuan, "不超过"), SalesHighCapKey)
        .DeclaringThreshold(new("年销售额低档门槛", "Annual sales: lower tier"), Threshold.AtLeast(1_000_000_000m, Unit.Yuan, "达"), SalesLowKey)
        .DeclaringThreshold(new("年销售额低档奖励上限", "Lower tier reward cap"), Threshold.AtMost(1_000_000m, Unit.Yuan, "不超过"), SalesLowCapKey);

    public static readonly RuleDescriptor TrafficSubsidy = Doc.Clause(
        "GZ-TRAFFIC-SUBSIDY", "当年商品网络零售额(流量补贴)", "Online retail of goods that year (traffic subsidy)",
        "四、(二)3.", "对当年实现商品网络零售额在亿元以上的上规入统的电商企业(不含跨境电商),每实现1万元最高给予5元流量补贴,每家企业最高补贴不超过100万元。",
        "An above-size enterprise in the statistics, not cross-border, with a finished year's online retail of goods of at least ¥100,000,000 may receive up to ¥5 per complete ¥10,000 of it, at most ¥1,000,000 (a year, or across years by option; cross-border retail left out instead of the enterprise by option), once per year.")
        .DeclaringThreshold(new("当年商品网络零售额下限(亿元以上)", "Minimum online retail of goods that year"), Threshold.AtLeast(100_000_000m, Unit.Yuan, "以上"), TrafficRetailKey)
        .DeclaringThreshold(new("每实现1万元补贴上限(元)", "Subsidy cap per complete ¥10,000 (yuan)"), Threshold.AtMost(5m, Unit.Yuan, "最高"), TrafficRateKey)
        .DeclaringThreshold(new("每家企业流量补贴上限", "Traffic subsidy cap per enterprise"), Threshold.AtMost(1_000_000m, Unit.Yuan, "不超过"), TrafficCapKey);

    /// <summary>The upper sales tier (达 ¥5,000,000,000).</summary>
    public static ParameterDefinition SalesTierHigh => SalesTier.Parameter(SalesHighKey);

    /// <summary>The upper tier's reward cap.</summary>
    public static ParameterDefinition SalesTierHighCap => SalesTier.Parameter(SalesHighCapKey);

    /// <summary>The lower sales tier (达 ¥1,000,000,000).</summary>
    public static ParameterDefinition SalesTierLow => SalesTier.Parameter(SalesLowKey);

    /// <summary>The lower tier's reward cap.</summary>
    public static ParameterDefinition SalesTierLowCap => SalesTier.Parameter(SalesLowCapKey);

    /// <summary>The traffic subsidy's minimum retail (亿元以上).</summary>
    public static ParameterDefinition TrafficRetail => TrafficSubsidy.Parameter(TrafficRetailKey);

    /// <summary>The traffic subsidy per complete ¥10,000 (最高5元).</summary>
    public static ParameterDefinition TrafficRate => TrafficSubsidy.Parameter(TrafficRateKey);

    /// <summary>The traffic subsidy cap per enterprise.</summary>
    public static ParameterDefinition TrafficCap => TrafficSubsidy.Parameter(TrafficCapKey);

    /// <summary>The one-off reward cap of <paramref name="category"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="category"/> is not one of the four.</exception>
    public static ParameterDefinition OneOffCap(DemonstrationCategory category) => OneOffReward.Parameter(category switch
    {
        DemonstrationCategory.Park => OneOffParkKey,
        DemonstrationCategory.LiveBase => OneOffLiveBaseKey,
        DemonstrationCategory.Enterprise => OneOffEnterpriseKey,
        DemonstrationCategory.LiveTeam => OneOffLiveTeamKey,
        _ => throw new ArgumentOutOfRangeException(nameof(category), category, "Not one of the four demonstration categories."),
    });
}
