namespace LiveCommerce.Rules.Catalog;

/// <summary>
/// Clauses of the rule catalog (shared/spec/rule-catalog.md) that no rule set encodes yet. They are listed in the
/// catalog's output as <em>not implemented</em>, never as implemented. An entry is removed here when its rule lands.
/// </summary>
internal static class PlannedRules
{
    public static readonly PlannedRule[] All =
    [
        new("XY-1-1-RESEARCH", "xy-2023-rural-e-town", "主导产业调研", "research plan, base archive, research report (3 documents)"),
        new("XY-1-2-STANDARD-PRODUCTS", "xy-2023-rural-e-town", "主导产业标准化", "≥ 5 standardized net products (5种以上); standards issued by the town public service centre"),
        new("XY-1-3-TRACE-PLATFORM", "xy-2023-rural-e-town", "质量安全追溯与监管平台", "1 platform (at least) with modules 备案管理, 质量溯源与品控管理, 质量检测管理, 标识管理, 公共服务; one code per item (每物一码)"),
        new("XY-1-4-SUPPLY-CHAIN", "xy-2023-rural-e-town", "上下游产业链供应链", "≥ 1"),
        new("XY-1-5-SINKING-PILOT", "xy-2023-rural-e-town", "大型企业下沉供应链试点", "≥ 1 large enterprise connected"),
        new("XY-2-1-LEADING-ENTERPRISES", "xy-2023-rural-e-town", "电商龙头企业", "≥ 5, each with online store / official account / video account operating records"),
        new("XY-2-2-SUPPORT-POLICY", "xy-2023-rural-e-town", "扶持奖补政策", "policy approved, replied and publicly announced before execution"),
        new("XY-2-3-PRODUCT-HALL", "xy-2023-rural-e-town", "电商平台特色产品馆", "≥ 1 on a mainstream platform"),
        new("XY-2-4-SHOWROOMS", "xy-2023-rural-e-town", "特色农产品展示销售区", "1 in Beijing and 1 in Taiyuan, in high-footfall areas"),
        new("XY-2-5-FINANCE-CENTRE", "xy-2023-rural-e-town", "金融服务中心", "≥ 1 financial institution brought in"),
        new("XY-3-1-CROSS-BORDER-POLICY", "xy-2023-rural-e-town", "跨境电商扶持政策", "approved and announced before execution"),
        new("XY-3-2-CROSS-BORDER-TRAINING", "xy-2023-rural-e-town", "跨境电商培训(孵化)基地", "area ≥ 100 m² (原则上, soft), inside the e-commerce centre; 1 display screen, 1 microphone/speaker set; 200 trainee-times (培训人次200人)"),
        new("XY-3-3-CROSS-BORDER-ENTERPRISE", "xy-2023-rural-e-town", "跨境电商龙头企业", "≥ 1"),
        new("XY-3-4-CROSS-BORDER-PLATFORM", "xy-2023-rural-e-town", "第三方跨境平台对接", "≥ 1 platform, with dedicated operator"),
        new("XY-4-1-PUBLIC-BRAND", "xy-2023-rural-e-town", "农产品区域公用品牌", "1 brand (at least); trademark registered as a collective trademark (集体商标); 1 logo/slogan vote; VIS manual"),
        new("XY-4-2-SMALL-BRANDS", "xy-2023-rural-e-town", "\"小而美\"自主品牌", "≥ 5"),
        new("XY-4-3-NET-PRODUCTS", "xy-2023-rural-e-town", "适销对路的网货产品", "≥ 5; development and packaging by a third-party agency"),
        new("XY-4-4-BRAND-GOVERNANCE", "xy-2023-rural-e-town", "品牌运行和管理制度", "usage rules, authorization rules, licence contract; authorization approved and announced before use"),
        new("XY-4-5-LAUNCH-EVENT", "xy-2023-rural-e-town", "区域公用品牌发布会", "1 event (at least), attended by authority, enterprises, media and other guests; segments 产品展销, 直播带货, 产品推介, 品牌授权, 产销对接 all present"),
        new("XY-4-6-NEW-MEDIA", "xy-2023-rural-e-town", "新媒体平台", "accounts on WeChat official account, Weibo and Douyin; a dedicated operator; content pushed every week; daily live streams; short videos"),
        new("XY-4-7-PROMO-VIDEO", "xy-2023-rural-e-town", "宣传片", "1 set, by a professional team, duration ≥ 5 minutes"),
        new("XY-4-8-WEEKLY-LIVE", "xy-2023-rural-e-town", "直播带货活动", "≥ 1 live-selling event in every week of the project; venues include live room, place of origin, showroom"),
        new("XY-5-1-TRAINING-BASE", "xy-2023-rural-e-town", "电商培训孵化基地", "area ≥ 100 m² (原则上, soft), inside the public service centre, shared with XY-3-2"),
        new("XY-5-2-TRAINING", "xy-2023-rural-e-town", "电商培训机构与培训", "≥ 1 training institution; ≥ 500 trainee-times in all, of which cadre training 100, general training ≥ 300 (300人次以上), influencer skills 100"),
        new("XY-5-3-LEADERS", "xy-2023-rural-e-town", "电商带头人", "≥ 5 people"),
        new("XY-5-4-INFLUENCERS", "xy-2023-rural-e-town", "本地网红主播", "≥ 5 people, accounts able to sell"),
        new("XY-5-5-CONTEST", "xy-2023-rural-e-town", "创业技能大赛", "≥ 1 per year"),
        new("XY-6-1-SERVICE-CENTRE", "xy-2023-rural-e-town", "电子商务公共服务中心", "area ≥ 2,000 m² (原则上, soft); 1 photo studio, 1 meeting room, 3 live rooms, enterprise office area, 1 training base, social service area"),
        new("XY-6-2-EXPERIENCE-CENTRE", "xy-2023-rural-e-town", "电商产品展示体验中心", "area ≥ 700 m²; functions: culture display, product sales, live, interactive experience, study tours, cultural-creative display"),
        new("XY-6-3-INCUBATOR", "xy-2023-rural-e-town", "电商企业创业孵化中心", "inside the centre; ≥ 10 offices (原则上, soft); entry and exit rules"),
        new("XY-6-4-BIG-DATA", "xy-2023-rural-e-town", "大数据展示平台", "1 (at least), inside the centre"),
        new("XY-6-5-SERVICES", "xy-2023-rural-e-town", "电商综合服务", "professional operating team; services publicly listed"),
        new("XY-6-6-ONLINE-PLATFORM", "xy-2023-rural-e-town", "线上公共服务平台", "1 (at least)"),
        new("XY-6-7-SALONS", "xy-2023-rural-e-town", "电商交流沙龙会", "≥ 1 per quarter, each with a stated theme"),
        new("XY-6-8-SERVICE-STATIONS", "xy-2023-rural-e-town", "便民服务站体系", "stations offering information, job referral, parcels, bill payment, small cash, e-commerce start-up, village goods upward, daily services; uniform standard"),
        new("XY-7-1-LOGISTICS-CENTRE", "xy-2023-rural-e-town", "物流配送中心", "area ≥ 500 m²; storage, sorting, transit, delivery, office areas"),
        new("XY-7-2-DELIVERY", "xy-2023-rural-e-town", "共同配送", "parcels reach towns and villages the same day normally, remote ones within 2 days; subsidised carriers charge no pick-up fee"),
        new("XY-7-3-LOGISTICS-PLATFORM", "xy-2023-rural-e-town", "物流公共信息服务平台", "1 (at least)"),
        new("XY-8-1-MEDIA-REPORTS", "xy-2023-rural-e-town", "市级及以上媒体报道", "≥ 2 reports in city-level or higher media"),
        new("XY-8-2-MEDIA-MATRIX", "xy-2023-rural-e-town", "媒体宣传矩阵", "≥ 80 published pieces (不低于80篇)"),
        new("XY-8-3-CAMPAIGN", "xy-2023-rural-e-town", "宣传活动与手册", "1 campaign; 2 kinds of brochure"),
        new("XY-9-1-RETAIL", "xy-2023-rural-e-town", "网络零售增长", "online retail ≥ ¥30,000,000 per year; year-on-year growth ≥ 10%"),
        new("XY-9-2-NEW-ENTITIES", "xy-2023-rural-e-town", "壮大市场主体", "new legal entities ≥ 10 per year per town; of them, those doing e-commerce ≥ 60%"),
        new("XY-9-3-EMPLOYMENT", "xy-2023-rural-e-town", "增加就业人员", "new employment > 150 per year (strictly more), from enterprises the project trained or partnered"),
    ];
}

/// <summary>A catalogued clause not yet encoded.</summary>
internal sealed record PlannedRule(string Id, string DocumentId, string Clause, string Summary);
