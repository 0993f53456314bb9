using System.Collections.Immutable;
using LiveCommerce.Rules.Engine;
using LiveCommerce.Rules.Primitives;
using LiveCommerce.Rules.Sichuan;

namespace LiveCommerce.Rules.Goals.ProvinceGoals;

/// <summary>
/// Sichuan's goal set from the draft action plan: the 2025 goals (<c>SC-GOALS-2025</c>) and the 2030 goals
/// (<c>SC-GOALS-2030</c>). The source is a draft for comment: every report carries the <c>draft-document</c> notice.
/// </summary>
/// <remarks>
/// <para>"超2500亿元" is strictly more than (&gt;): ¥250,000,000,000 exactly does not meet it. "达1500亿元" and "30%以上" are ≥.
/// The cluster share is computed exactly from the clusters' turnover and the provincial retail figure.</para>
/// <para>Counted goals are computed from lists of entities with their annual figures: "培育年销售额10亿元以上的直播电商企业10个" is
/// at least 10 enterprises (a bare count in a goal is a floor) each with annual sales ≥ ¥1,000,000,000. Of the brands,
/// "亿级规模" is annual scale ≥ ¥100,000,000 and "千万级规模" the band ≥ ¥10,000,000 and below ¥100,000,000 (20 + 80 = 100:
/// the two classes partition the 100 brands).</para>
/// </remarks>
public static class SichuanGoals
{
    /// <summary>The goal set id.</summary>
    public const string GoalsId = "sc-goals";

    /// <summary>The list of live-commerce enterprises with annual sales.</summary>
    public const string EnterprisesList = "SC-LIVE-ENTERPRISES";

    /// <summary>The list of anchors with annual sales.</summary>
    public const string AnchorsList = "SC-ANCHORS";

    /// <summary>The list of supply-chain leader enterprises with annual turnover.</summary>
    public const string SupplyChainLeadersList = "SC-SUPPLY-CHAIN-LEADERS";

    /// <summary>The list of new consumer brands incubated with annual scale.</summary>
    public const string BrandsList = "SC-NEW-CONSUMER-BRANDS";

    /// <summary>The 2025 and 2030 goals.</summary>
    public static GoalSet Goals { get; } = Build();

    private static GoalSet Build()
    {
        var end2025 = new DateOnly(2025, 12, 31);
        var end2030 = new DateOnly(2030, 12, 31);
        var g25 = new GoalBuilder(GoalRows.Sichuan2025, end2025);
        var g30 = new GoalBuilder(GoalRows.Sichuan2030, end2030);
        var enterprises = new LocalizedText("直播电商企业名单(年销售额)", "Live-commerce enterprises (annual sales)");
        var anchors = new LocalizedText("带货主播名单(年销售额)", "Anchors (annual sales)");
        var leaders = new LocalizedText("电商供应链链主企业名单(年交易额)", "Supply-chain leader enterprises (annual turnover)");
        var brands = new LocalizedText("新消费品牌名单(年度规模)", "New consumer brands (annual scale)");
        GoalDefinition retail = g25.Goal("SC-GOALS-2025-RETAIL", "全省纳统实物商品零售额", "Retail of physical goods in statistics", Threshold.MoreThan(250_000_000_000m, Unit.Yuan, "超"), "二、(一)", "到2025年,全省纳统实物商品零售额超2500亿元", "Retail of physical goods in statistics more than ¥250,000,000,000 by 2025 (超: the bound itself does not meet it).");
        ImmutableArray<GoalDefinition> goals =
        [
            retail,
            g25.AtLeast("SC-GOALS-2025-LIVE-TURNOVER", "直播电商交易额", "Live-commerce turnover", 150_000_000_000m, Unit.Yuan, "达", "二、(一)", "直播电商交易额达1500亿元", "Live-commerce turnover of at least ¥150,000,000,000 by 2025."),
            g25.AtLeast("SC-GOALS-2025-CLUSTER-SHARE", "集聚区交易规模占全省纳统实物商品零售额比重", "Clusters' share of retail in statistics", 30, Unit.Percent, "以上", "二、(一)", "集聚区交易规模占全省纳统实物商品零售额比重30%以上", "The clusters' turnover is at least 30% of the province's retail of physical goods in statistics (exact share).", GoalMeasure.Share("SC-GOALS-2025-CLUSTER-TURNOVER", new LocalizedText("集聚区交易规模", "Clusters' turnover"), retail.Id)),
            g25.AtLeast("SC-GOALS-2025-ENTERPRISES", "年销售额10亿元以上的直播电商企业", "Live-commerce enterprises with annual sales ≥ ¥1,000,000,000", 10, Unit.Count, "培育…10个", "二、(二)", "到2025年,培育年销售额10亿元以上的直播电商企业10个", "At least 10 live-commerce enterprises each with annual sales of at least ¥1,000,000,000, counted from the list.", GoalMeasure.CountOf(EnterprisesList, enterprises, AtLeastYuan(1_000_000_000m, "10亿元以上", "年销售额10亿元以上", "annual sales ≥ ¥1,000,000,000"))),
            g25.AtLeast("SC-GOALS-2025-ANCHORS", "年销售额1亿元以上带货主播", "Anchors with annual sales ≥ ¥100,000,000", 10, Unit.Count, "培育…10个", "二、(二)", "年销售额1亿元以上带货主播10个", "At least 10 anchors each with annual sales of at least ¥100,000,000, counted from the list.", GoalMeasure.CountOf(AnchorsList, anchors, AtLeastYuan(100_000_000m, "1亿元以上", "年销售额1亿元以上", "annual sales ≥ ¥100,000,000"))),
            g30.AtLeast("SC-GOALS-2030-BASES", "省级电商新业态基地", "Provincial new-format e-commerce bases", 30, Unit.Count, "以上", "二、(一)", "到2030年,省级电商新业态基地数量30个以上", "At least 30 provincial bases by 2030."),
            g30.AtLeast("SC-GOALS-2030-SERVICE-AGENCIES", "直播电商头部服务机构", "Head live-commerce service agencies", 10, Unit.Count, "以上", "二、(二)", "重点培育和引进直播电商头部服务机构10个以上", "At least 10 head service agencies fostered or brought in by 2030."),
            g30.AtLeast("SC-GOALS-2030-SUPPLY-CHAIN-LEADERS", "年交易额50亿元以上电商供应链链主企业", "Supply-chain leaders with annual turnover ≥ ¥5,000,000,000", 5, Unit.Count, "培育…5个", "二、(二)", "培育年交易额50亿元以上电商供应链链主企业5个", "At least 5 supply-chain leader enterprises each with annual turnover of at least ¥5,000,000,000, counted from the list.", GoalMeasure.CountOf(SupplyChainLeadersList, leaders, AtLeastYuan(5_000_000_000m, "50亿元以上", "年交易额50亿元以上", "annual turnover ≥ ¥5,000,000,000"))),
            g30.AtLeast("SC-GOALS-2030-PROFESSIONALS", "直播电商专业服务人才(名)", "Live-commerce service professionals (people)", 30_000, Unit.Count, "以上", "二、(二)", "集聚直播电商专业服务人才30000名以上", "At least 30,000 professionals by 2030."),
            g30.AtLeast("SC-GOALS-2030-BRANDS", "孵化新消费品牌", "New consumer brands incubated", 100, Unit.Count, "以上", "二、(三)", "到2030年,力争孵化100个以上新消费品牌", "At least 100 new consumer brands incubated by 2030: every brand of the list.", GoalMeasure.CountOf(BrandsList, brands)),
            g30.AtLeast("SC-GOALS-2030-BRANDS-100M", "亿级规模品牌", "Brands of ¥100,000,000 scale", 20, Unit.Count, "以上", "二、(三)", "其中亿级规模品牌20个以上", "Of them, at least 20 brands with annual scale of at least ¥100,000,000.", GoalMeasure.CountOf(BrandsList, brands, AtLeastYuan(100_000_000m, "亿级", "亿级规模(1亿元及以上)", "scale ≥ ¥100,000,000"))),
            g30.AtLeast("SC-GOALS-2030-BRANDS-10M", "千万级规模品牌", "Brands of ¥10,000,000 scale", 80, Unit.Count, "以上", "二、(三)", "千万级规模品牌80个以上", "Of them, at least 80 brands with annual scale from ¥10,000,000 to below ¥100,000,000 (the 千万级 class).", GoalMeasure.CountOf(BrandsList, brands, new EntityCondition(Threshold.AtLeast(10_000_000m, Unit.Yuan, "千万级"), Money.FromYuan(100_000_000m), new LocalizedText("千万级规模(1000万元及以上、不满1亿元)", "scale ≥ ¥10,000,000 and < ¥100,000,000")))),
        ];
        return GoalSet.Define(
            SichuanDocuments.ClusterActionPlanDraftScope.Describe(
                GoalsId,
                "1.0.0",
                new LocalizedText("电商消费新业态集聚发展主要目标(征求意见稿)", "New e-commerce consumption formats: main goals (draft)"),
                new Deadline(end2025, new LocalizedText("2025年目标", "the 2025 goals"), GoalRows.Sichuan2025.Id),
                new Deadline(end2030, new LocalizedText("2030年目标", "the 2030 goals"), GoalRows.Sichuan2030.Id)),
            Province.Sichuan,
            goals);
    }

    private static EntityCondition AtLeastYuan(decimal bound, string wording, string zh, string en) =>
        new(Threshold.AtLeast(bound, Unit.Yuan, wording), null, new LocalizedText(zh, en));
}
