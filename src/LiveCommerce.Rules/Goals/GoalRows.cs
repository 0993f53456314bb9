using System.Collections.Immutable;
using LiveCommerce.Rules.Engine;
using LiveCommerce.Rules.Guizhou;
using LiveCommerce.Rules.Heilongjiang;
using LiveCommerce.Rules.Sichuan;

namespace LiveCommerce.Rules.Goals;

/// <summary>The catalog rows of goals, each declared once: its id, subject and the whole clause it encodes, verbatim. A
/// goal belongs to a row (<see cref="ProvinceGoals.GoalBuilder"/>); the goal set adds the goals' targets as the row's
/// parameters.</summary>
internal static class GoalRows
{
    public static readonly RuleDescriptor PlanGoals = Row(
        "HLJ-PLAN-GOALS", "三年行动计划发展目标(2020—2022年)", "Three-year plan goals (2020–2022)",
        HeilongjiangDocuments.ThreeYearPlan, "二、发展目标",
        "到2022年底,力争建成一批直播电商共享基地(1个大型、5个中型、20个区域直播电商共享基地),培育100个骨干企业、1000个网红品牌,培训10万名直播销售和运营人员,将我省打造成为全国知名“直播电商之都”。实现直播带货销售100亿元,集聚生态企业1000家,带动产值1000亿元。",
        "By the end of 2022: 1 large, 5 medium and 20 regional shared bases; 100 backbone enterprises; 1,000 influencer brands; 100,000 people trained; live-selling sales ¥10,000,000,000; 1,000 ecosystem enterprises; ¥100,000,000,000 of output driven (each at least).");

    public static readonly RuleDescriptor ActionEnterprises = Row(
        "HLJ-ACT-GOAL-ENTERPRISES", "新开并持续运营网络店铺的企业数", "Enterprises opening and operating live-commerce stores",
        HeilongjiangDocuments.EnterpriseAssistanceAction, "二、行动目标",
        "支持全省1500家及以上企业新开并持续运营直播电商平台网络店铺",
        "At least 1,500 enterprises province-wide open and keep operating live-commerce platform stores by the end of the action (2023-10-30).");

    public static readonly RuleDescriptor ActionRetailGrowth = Row(
        "HLJ-ACT-GOAL-RETAIL-GROWTH", "带动全省网络零售额增长", "Online retail growth driven",
        HeilongjiangDocuments.EnterpriseAssistanceAction, "二、行动目标",
        "带动全省网络零售额增长10亿元以上",
        "The action drives growth of the province's online retail of at least ¥1,000,000,000 by the end of the action (2023-10-30).");

    public static readonly RuleDescriptor BaseGoal = Row(
        "HLJ-BASE-GOAL", "区域共享示范基地(园区)创建数量", "Regional shared demonstration bases created",
        HeilongjiangDocuments.SharedBaseDemonstration, "二、创建目标",
        "在全省力争创建20家及以上区域直播电商(电子商务)共享示范基地(园区)",
        "At least 20 regional shared demonstration bases province-wide by the end of the creation period (2023-06-30).");

    public static readonly RuleDescriptor Guizhou2025 = Row(
        "GZ-GOALS-2025", "“十百千万”工程2025年工作目标", "\"Ten-Hundred-Thousand-Ten-thousand\" 2025 goals",
        GuizhouDocuments.ShiBaiQianWan, "一、工作目标",
        "到2025年,培育打造省级电商产业园区10个以上、省级电商直播基地100个以上、省级电商龙头企业及电商直播团队1000个以上,打造电商畅销产品10000个以上,网络零售额达1000亿元以上",
        "By 2025: at least 10 provincial parks, 100 live bases, 1,000 leading enterprises and live teams (of which at least 500 enterprises and 500 teams, task 6), 10,000 best-selling products, and online retail of at least ¥100,000,000,000.");

    public static readonly RuleDescriptor Sichuan2025 = Row(
        "SC-GOALS-2025", "2025年主要目标(征求意见稿)", "2025 goals (draft)",
        SichuanDocuments.ClusterActionPlanDraft, "二、(一)(二)",
        "到2025年,全省纳统实物商品零售额超2500亿元、直播电商交易额达1500亿元。集聚区交易规模占全省纳统实物商品零售额比重30%以上。……到2025年,培育年销售额10亿元以上的直播电商企业10个、年销售额1亿元以上带货主播10个。",
        "By 2025: retail of physical goods in statistics more than ¥250,000,000,000; live-commerce turnover at least ¥150,000,000,000; cluster turnover at least 30% of that retail; 10 live-commerce enterprises and 10 anchors with annual sales of at least ¥1,000,000,000 and ¥100,000,000.");

    public static readonly RuleDescriptor Sichuan2030 = Row(
        "SC-GOALS-2030", "2030年主要目标(征求意见稿)", "2030 goals (draft)",
        SichuanDocuments.ClusterActionPlanDraft, "二、(一)(二)(三)",
        "到2030年,省级电商新业态基地数量30个以上。……到2030年,重点培育和引进直播电商头部服务机构10个以上,培育年交易额50亿元以上电商供应链链主企业5个,集聚直播电商专业服务人才30000名以上。……到2030年,力争孵化100个以上新消费品牌,其中亿级规模品牌20个以上,千万级规模品牌80个以上。",
        "By 2030: at least 30 provincial bases, 10 head service agencies, 5 supply-chain leaders with annual turnover of at least ¥5,000,000,000, 30,000 professionals, and 100 new consumer brands of which at least 20 of ¥100,000,000 scale and 80 of ¥10,000,000 scale.");

    /// <summary>Every declared row.</summary>
    public static ImmutableArray<RuleDescriptor> All { get; } = [PlanGoals, ActionEnterprises, ActionRetailGrowth, BaseGoal, Guizhou2025, Sichuan2025, Sichuan2030];

    /// <summary>The declared row <paramref name="id"/>, if any.</summary>
    public static RuleDescriptor? Find(string id) => All.FirstOrDefault(r => r.Id == id);

    private static RuleDescriptor Row(string id, string subjectZh, string subjectEn, SourceDocument document, string section, string clause, string summary) =>
        new(id, new LocalizedText(subjectZh, subjectEn), new Citation(document, section, clause, summary), Severity.Mandatory, null, []);
}
