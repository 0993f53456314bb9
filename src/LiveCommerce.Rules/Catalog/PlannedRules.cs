namespace LiveCommerce.Rules.Catalog;

/// <summary>
/// Clauses of the rule catalog (shared/spec/rule-catalog.md) that no rule set encodes yet. They are listed in the
/// catalog's output as <em>not implemented</em>, never as implemented. An entry is removed here when its rule lands.
/// </summary>
internal static class PlannedRules
{
    public static readonly PlannedRule[] All =
    [
        new("HLJ-ACT-TARGET-LOCAL", "hlj-2022-enterprise-assistance", "有开展直播电商新零售意愿的本地企业", "local (Heilongjiang) enterprise willing to do live commerce. Kinds ①限上商贸流通企业 ②龙江特色产品生产加工企业 ③农村合作社 ④个体工商户 are listed \"包括但不限于\": kind is recorded, never a reason to refuse"),
        new("HLJ-ACT-TARGET-WILLING", "hlj-2022-enterprise-assistance", "①具有电商化转型的主动意愿", "required"),
        new("HLJ-ACT-TARGET-COMMITMENT", "hlj-2022-enterprise-assistance", "②签订承诺书", "signed commitment letter required"),
        new("HLJ-ACT-TARGET-TEAM", "hlj-2022-enterprise-assistance", "③组织专人(团队)对接服务主体", "dedicated person/team required"),
        new("HLJ-ACT-TARGET-CATALOG", "hlj-2022-enterprise-assistance", "④在黑龙江省(直播)电商选品库完成注册和产品填报", "registered in the provincial product-selection library with products filed"),
        new("HLJ-ACT-TARGET-BLACKLIST", "hlj-2022-enterprise-assistance", "列入黑名单,五年之内不得再申请财政相关补助", "an applicant blacklisted for fraud may not apply within 5 years of the blacklisting date (applies to every programme's applicants; see 1.6)"),
        new("HLJ-ACT-PROVIDER", "hlj-2022-enterprise-assistance", "①活跃用户数超过2亿的大型电商平台企业; ②具备…官方认证服务商资质的企业", "eligible if it is a platform with active users > 200,000,000, or holds an official certified-service-provider qualification of such a platform"),
        new("HLJ-ACT-ACCEPT-PERIOD", "hlj-2022-enterprise-assistance", "服务周期为6个月", "the service period is 6 calendar months; only data inside it counts"),
        new("HLJ-ACT-ACCEPT-LIVE-HOURS", "hlj-2022-enterprise-assistance", "①直播时长不低于60小时", "total live-streaming hours ≥ 60"),
        new("HLJ-ACT-ACCEPT-VIDEOS", "hlj-2022-enterprise-assistance", "②发布短视频不低于20条", "short videos published ≥ 20"),
        new("HLJ-ACT-ACCEPT-SALES-MONTHS", "hlj-2022-enterprise-assistance", "③至少2个月的单月店铺销售额不低于10万元", "at least 2 months in the period with that month's store sales ≥ ¥100,000"),
        new("HLJ-ACT-ACCEPT-ORDER-MONTHS", "hlj-2022-enterprise-assistance", "④至少2个月的单月店铺成交单量不低于1000单", "at least 2 months in the period with that month's orders ≥ 1,000 (need not be the same months as ③)"),
        new("HLJ-ACT-ACCEPT-LOCAL-ADJUST", "hlj-2022-enterprise-assistance", "各市(地)可在满足基本标准的基础上根据实际调整", "a city may make ①–④ stricter, never looser (0.4)"),
        new("HLJ-ACT-ACCEPT-DEADLINE", "hlj-2022-enterprise-assistance", "(2023年10月30日完成)", "service must be completed by 2023-10-30"),
        new("HLJ-ACT-COHORT-ABOVE-QUOTA", "hlj-2022-enterprise-assistance", "其中限上商贸流通企业数量比例不低于30%", "among selected service targets, above-quota trade/distribution enterprises ≥ 30%"),
        new("HLJ-ACT-COHORT-CONTEST", "hlj-2022-enterprise-assistance", "在服务对象中优选20%以上的企业参与…互联网营销大赛 (2023年上半年)", "contest participants ≥ 20% of service targets; contest held 2023-01-01..2023-06-30"),
        new("HLJ-ACT-COHORT-INSPECTION", "hlj-2022-enterprise-assistance", "对申报企业实地查验面要达到50%以上", "on-site inspection of applicants ≥ 50%"),
        new("HLJ-ACT-COHORT-QUOTA", "hlj-2022-enterprise-assistance", "各市(地)数量指标任务分配表", "served/accepted enterprises against the city's quota (quota table is an attachment not in the seed: a parameter with no default)"),
        new("HLJ-ACT-COHORT-SUMMARY", "hlj-2022-enterprise-assistance", "在本地服务期结束一周内…形成总结报告", "summary report due within 7 days after the city's service period ends"),
        new("HLJ-ACT-GOAL-ENTERPRISES", "hlj-2022-enterprise-assistance", "", "≥ 1,500 enterprises open and keep operating live-commerce stores (1500家及以上)"),
        new("HLJ-ACT-GOAL-RETAIL-GROWTH", "hlj-2022-enterprise-assistance", "", "online retail growth ≥ ¥1,000,000,000 (10亿元以上)"),
        new("HLJ-BASE-GOAL", "hlj-2022-shared-base", "力争创建20家及以上", "≥ 20 bases province-wide"),
        new("HLJ-PLAN-GOALS", "hlj-2020-three-year-plan", "二、发展目标", "by end of 2022: bases 1 large, 5 medium, 20 regional; 100 backbone enterprises; 1,000 influencer brands; 100,000 people trained; live-commerce sales ¥10,000,000,000; 1,000 ecosystem enterprises; ¥100,000,000,000 output driven"),
        new("HLJ-PLAN-FUND", "hlj-2020-three-year-plan", "从2021年开始连续三年,省级财政每年使用产业结构调整资金1亿元", "¥100,000,000 a year for 2021, 2022, 2023"),
        new("HLJ-PLAN-TRAINING-UPLIFT", "hlj-2020-three-year-plan", "按原有补贴标准上浮30%", "live-commerce training subsidy = original standard × 1.30"),
        new("HLJ-PLAN-LOAN-CAP", "hlj-2020-three-year-plan", "最高20万元个人创业担保贷款", "personal start-up guarantee loan ≤ ¥200,000"),
        new("HLJ-PLAN-LOAN-NO-COUNTER-GUARANTEE", "hlj-2020-three-year-plan", "对新发放10万元以下贷款免除反担保要求", "newly issued loans ≤ ¥100,000 (以下 includes the number) need no counter-guarantee"),
        new("GZ-GOALS-2025", "gz-2023-shibaiqianwan", "一、工作目标", "by 2025: ≥ 10 provincial e-commerce parks; ≥ 100 live-streaming bases; ≥ 1,000 leading enterprises and live teams (≥ 500 leading enterprises and ≥ 500 teams, task 6); ≥ 10,000 best-selling products; online retail ≥ ¥100,000,000,000"),
        new("GZ-DEMO-CATEGORIES", "gz-2023-shibaiqianwan", "电商产业示范园区、电商示范(直播)基地、电商示范企业、电商直播示范团队4类", "four categories of demonstration project"),
        new("GZ-DEMO-CRITERIA", "gz-2023-shibaiqianwan", "统一认定标准(见附件2)", "recognition criteria are in attachment 2, not in the seed: the library takes them as configuration and refuses to evaluate recognition without it (clear error), never invents them"),
        new("GZ-DEMO-ANNUAL", "gz-2023-shibaiqianwan", "从2023年开始,相关工作每年开展1次", "one application round per year from 2023; one application per project per category per year"),
        new("GZ-DEMO-REPORTING", "gz-2023-shibaiqianwan", "于每年12月10日向省商务厅报送", "annual data report due on or before 10 December"),
        new("GZ-DEMO-REVOCATION", "gz-2023-shibaiqianwan", "对运营不达标取消示范项目资格", "dynamic management: a project that stops meeting the standard loses the title"),
        new("GZ-REWARD-ONE-OFF", "gz-2023-shibaiqianwan", "分别给予不超过300万元、50万元、5万元、5万元的一次性奖励", "one-off reward caps: park ≤ ¥3,000,000; live base ≤ ¥500,000; enterprise ≤ ¥50,000; live team ≤ ¥50,000"),
        new("GZ-REWARD-SALES-TIER", "gz-2023-shibaiqianwan", "对年销售额达50亿元、10亿元的一次性分别给予不超过300万、100万奖励", "annual sales ≥ ¥5,000,000,000 → one-off reward ≤ ¥3,000,000; else ≥ ¥1,000,000,000 → ≤ ¥1,000,000; only the highest tier reached applies"),
        new("GZ-TRAFFIC-SUBSIDY", "gz-2023-shibaiqianwan", "对当年实现商品网络零售额在亿元以上的上规入统的电商企业(不含跨境电商),每实现1万元最高给予5元流量补贴,每家企业最高补贴不超过100万元", "eligible when that year's online retail of goods ≥ ¥100,000,000, the enterprise is above designated size and in statistics (上规入统), and it is not cross-border; cap = ¥5 per complete ¥10,000 of that year's online retail, and ≤ ¥1,000,000 per enterprise"),
        new("SC-GOALS-2025", "sc-2023-cluster-draft", "(一)(二)", "by 2025: retail of goods in statistics > ¥250,000,000,000 (超2500亿元); live-commerce turnover ¥150,000,000,000 (达); cluster share of that retail ≥ 30% (30%以上); 10 live-commerce enterprises with annual sales ≥ ¥1,000,000,000; 10 anchors with annual sales ≥ ¥100,000,000"),
        new("SC-GOALS-2030", "sc-2023-cluster-draft", "(一)(二)(三)", "by 2030: ≥ 30 provincial bases; ≥ 10 head service agencies; 5 supply-chain leaders with annual turnover ≥ ¥5,000,000,000; ≥ 30,000 professionals; ≥ 100 new consumer brands, of which ≥ 20 at ≥ ¥100,000,000 and ≥ 80 at ≥ ¥10,000,000"),
        new("SC-CLUSTER-APPLICANT", "sc-2023-cluster-draft", "县(市、区)人民政府为项目试点申报主体", "cluster pilot applicant must be a county-level people's government"),
        new("SC-CLUSTER-SUPPORT-YEARS", "sc-2023-cluster-draft", "2023年启动…可连续给予三年支持", "pilots selected from 2023; support for at most 3 consecutive years"),
        new("SC-BASE-APPLICANT", "sc-2023-cluster-draft", "县(市、区)人民政府或商务主管部门为项目申报主体", "base applicant: county-level government or commerce department"),
        new("SC-BASE-CRITERIA", "sc-2023-cluster-draft", "较大载体面积、运营管理权清晰…服务…实绩", "qualitative: large premises, clear operating rights, services (technology, information, capital, supply chain, market matching), track record (talent, service ecosystem, scenarios): checked as evidence items; the area threshold is not numeric in the draft, so it is a parameter with no default"),
        new("SC-PERFORMANCE-CLAWBACK", "sc-2023-cluster-draft", "对绩效评价不达标,且经整改不合格的,按程序收回下达资金", "funds are recovered only when the evaluation fails and rectification also fails"),
    ];
}

/// <summary>A catalogued clause not yet encoded.</summary>
internal sealed record PlannedRule(string Id, string DocumentId, string Clause, string Summary);
