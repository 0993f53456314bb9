using LiveCommerce.Rules.Engine;
using LiveCommerce.Rules.Heilongjiang.Evidence;
using LiveCommerce.Rules.Heilongjiang.FundDiscipline;

namespace LiveCommerce.Rules.Heilongjiang.EnterpriseAssistance;

/// <summary>The clauses of the enterprise-assistance action plan, verbatim, and the rule descriptors built on them.</summary>
internal static class EnterpriseAssistanceClauses
{
    private static SourceDocument Doc => HeilongjiangDocuments.EnterpriseAssistanceAction;

    /// <summary>行动时限 2023年10月30日止, and 实施助企行动 (2023年10月30日完成).</summary>
    public static readonly DateOnly ActionDeadline = new(2023, 10, 30);

    /// <summary>The day the action's plan was issued (黑龙江商务厅 2022年2月24日): no service period of the action begins earlier.</summary>
    public static readonly DateOnly ActionStart = new(2022, 2, 24);

    /// <summary>The action's window, plan issue to 行动时限: the rule sets' effective window.</summary>
    public static readonly Primitives.DateWindow ActionWindow = new(ActionStart, ActionDeadline);

    /// <summary>The provincial internet marketing contest window: 2023年上半年.</summary>
    public static readonly Primitives.DateWindow ContestWindow = new(new DateOnly(2023, 1, 1), new DateOnly(2023, 6, 30));

    /// <summary>服务周期为6个月.</summary>
    public const int ServiceMonths = 6;

    /// <summary>在本地服务期结束一周内: days after the end of the local service period.</summary>
    public const int SummaryDays = 7;

    /// <summary>③'s monthly sales standard, declared by <see cref="SalesMonths"/>.</summary>
    public const string MonthlySalesKey = "HLJ-ACT-ACCEPT-MONTHLY-SALES";

    /// <summary>④'s monthly orders standard, declared by <see cref="OrderMonths"/>.</summary>
    public const string MonthlyOrdersKey = "HLJ-ACT-ACCEPT-MONTHLY-ORDERS";

    /// <summary>The city's enterprise quota, from an attachment not in the source: declared by <see cref="CohortQuota"/>.</summary>
    public const string CityQuotaKey = "HLJ-ACT-CITY-QUOTA";

    /// <summary>The city's allocated funds, from an attachment not in the source: declared by <see cref="CohortFunds"/>.</summary>
    public const string CityFundsKey = "HLJ-ACT-CITY-FUNDS";

    public static readonly RuleDescriptor TargetLocal = Doc.Clause(
        "HLJ-ACT-TARGET-LOCAL", "本地企业(服务对象)", "Local enterprise (service target)",
        "五、(一)", "有开展直播电商新零售意愿的本地企业,包括但不限于:",
        "The service target is a local (Heilongjiang) enterprise; the kinds listed are 'including but not limited to', so the kind is recorded and never a reason to refuse.");

    public static readonly FlagClause TargetWilling = Doc.Clause(
            "HLJ-ACT-TARGET-WILLING", "电商化转型主动意愿", "Will to transform to e-commerce",
            "五、(四)2①", "具有电商化转型的主动意愿",
            "The enterprise has the active will to transform to e-commerce.")
        .Answered(
            met: new("具有电商化转型的主动意愿", "The enterprise has the active will to transform to e-commerce"),
            notMet: new("未表明电商化转型的主动意愿", "The enterprise has not shown the active will to transform to e-commerce"));

    public static readonly FlagClause TargetCommitment = Doc.Clause(
            "HLJ-ACT-TARGET-COMMITMENT", "承诺书", "Commitment letter",
            "五、(四)2②", "签订承诺书等",
            "The enterprise signs the commitment letter.")
        .Answered(
            met: new("已签订承诺书", "The commitment letter is signed"),
            notMet: new("未签订承诺书", "The commitment letter is not signed"));

    public static readonly FlagClause TargetTeam = Doc.Clause(
            "HLJ-ACT-TARGET-TEAM", "专人(团队)对接服务主体", "Dedicated person or team for the provider",
            "五、(四)2③", "被服务期间组织专人(团队)对接服务主体,按照相关要求接受业务指导和服务",
            "During the service the enterprise assigns a dedicated person or team to work with the service provider.")
        .Answered(
            met: new("已组织专人(团队)对接服务主体", "A dedicated person or team works with the service provider"),
            notMet: new("未组织专人(团队)对接服务主体", "No dedicated person or team works with the service provider"));

    public static readonly FlagClause TargetCatalog = Doc.Clause(
            "HLJ-ACT-TARGET-CATALOG", "电商选品库注册和产品填报", "Registration and products in the selection library",
            "五、(四)2④", "在黑龙江省(直播)电商选品库完成注册和产品填报",
            "The enterprise is registered in the Heilongjiang (live) e-commerce product-selection library and has filed its products there.")
        .Answered(
            met: new("已在黑龙江省(直播)电商选品库完成注册和产品填报", "Registered in the selection library with products filed"),
            notMet: new("未在黑龙江省(直播)电商选品库完成注册和产品填报(须注册并填报产品)", "Not registered in the selection library with products filed (both are required)"));

    public static readonly RuleDescriptor Provider = Doc.Clause(
        "HLJ-ACT-PROVIDER", "服务主体所属电商平台活跃用户数", "Active users of the service provider's platform",
        "五、(二)", "①活跃用户数超过2亿的大型电商平台企业;\n②具备活跃用户数超过2亿的大型电商平台企业官方认证服务商资质的企业。",
        "The provider is a platform with more than 200,000,000 active users, or holds the official certified-service-provider qualification of such a platform (exactly 200,000,000 does not qualify).")
        .DeclaringThreshold(new("电商平台活跃用户数(须超过)", "Platform active users (must exceed)"), Threshold.MoreThan(200_000_000m, Unit.Count, "超过"));

    public static readonly RuleDescriptor Period = Doc.Clause(
        "HLJ-ACT-ACCEPT-PERIOD", "服务周期", "Service period",
        "五、(六)", "服务主体需为服务对象提供6个月的服务期,服务期内服务对象平台帐号需达到以下基本标准",
        "The service period is six months from its first day (start + 6 months − 1 day), begins no earlier than the plan's issue (2022-02-24) and must be over by the as-of date (while it runs: not yet due); only the account's figures for months it covers count (figures for other months are listed in the notes, not counted).");

    public static readonly RuleDescriptor LiveHours = Doc.Clause(
        "HLJ-ACT-ACCEPT-LIVE-HOURS", "服务期内直播时长", "Live-streaming hours in the service period",
        "五、(六)①", "直播时长不低于60小时",
        "Live-streaming hours over the months the service period covers total at least 60 (not yet due while the period runs).")
        .DeclaringThreshold(new("服务期内直播时长下限", "Minimum live-streaming hours in the service period"), Threshold.AtLeast(60m, Unit.Hours, "不低于"));

    public static readonly RuleDescriptor Videos = Doc.Clause(
        "HLJ-ACT-ACCEPT-VIDEOS", "服务期内发布短视频数量", "Short videos published in the service period",
        "五、(六)②", "发布短视频不低于20条",
        "Short videos published over the months the service period covers total at least 20 (not yet due while the period runs).")
        .DeclaringThreshold(new("服务期内发布短视频数量下限", "Minimum short videos in the service period"), Threshold.AtLeast(20m, Unit.Count, "不低于"));

    public static readonly RuleDescriptor SalesMonths = Doc.Clause(
        "HLJ-ACT-ACCEPT-SALES-MONTHS", "单月店铺销售额达标月数", "Months with the store's monthly sales at the standard",
        "五、(六)③", "服务期内至少2个月的单月店铺销售额不低于10万元人民币。",
        "At least 2 whole calendar months inside the service period in which that month's store sales are at least ¥100,000.")
        .DeclaringThreshold(new("销售额达标月数下限", "Minimum months with monthly sales at the standard"), Threshold.AtLeast(2m, Unit.Months, "至少"))
        .DeclaringThreshold(new("单月店铺销售额标准", "Monthly store sales standard"), Threshold.AtLeast(100_000m, Unit.Yuan, "不低于"), MonthlySalesKey);

    public static readonly RuleDescriptor OrderMonths = Doc.Clause(
        "HLJ-ACT-ACCEPT-ORDER-MONTHS", "单月店铺成交单量达标月数", "Months with the store's monthly orders at the standard",
        "五、(六)④", "服务期内至少2个月的单月店铺成交单量不低于1000单。",
        "At least 2 whole calendar months inside the service period in which that month's completed orders are at least 1,000 (need not be the months of ③).")
        .DeclaringThreshold(new("成交单量达标月数下限", "Minimum months with monthly orders at the standard"), Threshold.AtLeast(2m, Unit.Months, "至少"))
        .DeclaringThreshold(new("单月店铺成交单量标准", "Monthly store orders standard"), Threshold.AtLeast(1_000m, Unit.Count, "不低于"), MonthlyOrdersKey);

    public static readonly RuleDescriptor LocalAdjust = Doc.Clause(
        "HLJ-ACT-ACCEPT-LOCAL-ADJUST", "验收标准的本地调整", "Local adjustment of the acceptance standard",
        "五、(六)", "各市(地)可在满足基本标准的基础上根据实际调整",
        "A city may make standards ①–④ stricter, never looser: loosening overrides are rejected when the rule set is built; the finding lists the standards in force.",
        severity: Severity.Informational)
        .ReadingEvery(LiveHours, Videos, SalesMonths, OrderMonths);

    public static readonly RuleDescriptor Deadline = Doc.Clause(
        "HLJ-ACT-ACCEPT-DEADLINE", "服务完成期限", "Service completion deadline",
        "五、(四)5", "服务主体按照与各市(地)商务局签订的政府采购合同对服务对象开展实体企业转型直播电商(电子商务)相关服务并达到验收标准。(2023年10月30日完成)",
        "The service period must end on or before 2023-10-30 (行动时限 2023年10月30日止).");

    public static readonly RuleDescriptor CohortAboveQuota = Doc.Clause(
        "HLJ-ACT-COHORT-ABOVE-QUOTA", "服务对象中限上商贸流通企业比例", "Share of above-quota trade enterprises among service targets",
        "五、(四)2", "遴选实体企业参与助企行动,其中限上商贸流通企业数量比例不低于30%",
        "Among the city's service targets, above-quota trade and distribution enterprises are at least 30% (exact share).")
        .DeclaringThreshold(new("服务对象中限上商贸流通企业比例下限", "Minimum share of above-quota trade enterprises among service targets"), Threshold.AtLeast(30m, Unit.Percent, "不低于"));

    public static readonly RuleDescriptor CohortContest = Doc.Clause(
        "HLJ-ACT-COHORT-CONTEST", "参加互联网营销大赛的服务对象比例", "Share of service targets in the internet marketing contest",
        "五、(四)6", "各市(地)商务局在服务对象中优选20%以上的企业参与2023年举办的黑龙江省第二届互联网营销大赛。(2023年上半年)",
        "At least 20% of the city's service targets take part in the contest, held 2023-01-01..2023-06-30; participation dated outside that window does not count.")
        .DeclaringThreshold(new("参加互联网营销大赛的服务对象比例下限", "Minimum share of service targets in the contest"), Threshold.AtLeast(20m, Unit.Percent, "以上"));

    public static readonly RuleDescriptor CohortInspection = Doc.Clause(
        "HLJ-ACT-COHORT-INSPECTION", "申报企业实地查验面", "Share of applicants inspected on site",
        "六、(二)", "对申报企业实地查验面要达到50%以上",
        "At least 50% of the applicant enterprises are inspected on site (exact share).")
        .DeclaringThreshold(new("申报企业实地查验面下限", "Minimum share of applicants inspected on site"), Threshold.AtLeast(50m, Unit.Percent, "以上"));

    public static readonly RuleDescriptor CohortQuota = Doc.Clause(
        "HLJ-ACT-COHORT-QUOTA", "达标服务对象数量(对照市(地)数量指标)", "Accepted service targets against the city's quota",
        "五、(六)", "各市(地)商务局按照标准验收确定达标服务对象数量,并依照政府采购合同兑现服务主体资金。",
        "The number of service targets accepted is at least the city's quota from the allocation table (an attachment not in the source: a parameter without default).",
        Comparison.AtLeast)
        .DeclaringValue(CityQuotaKey, new("市(地)助企行动数量指标(附件,源文件未载明)", "The city's enterprise quota (attachment, not in the source)"), Unit.Count, 1m);

    public static readonly RuleDescriptor CohortSummary = Doc.Clause(
        "HLJ-ACT-COHORT-SUMMARY", "助企行动总结报告报送", "Summary report submission",
        "五、(七)", "在本地服务期结束一周内,将本地区助企行动的组织实施、资金使用管理和绩效评价等工作情况形成总结报告,以正式文件报送至省商务厅、省财政厅。",
        "The city's summary report is submitted within one week (7 days, the 7th day included) after the local service period ends.",
        Comparison.AtMost);

    public static readonly FlagClause ProviderCapability = Doc.Clause(
            "HLJ-ACT-PROVIDER-CAPABILITY", "服务主体服务能力", "Service provider's capability",
            "五、(二)", "有面向服务对象提供培训、伴教、陪跑、代运营等服务和获取平台流量等资源的能力",
            "The provider is able to train, teach alongside, coach and operate for the target and to obtain platform traffic; not assessed: not applicable.")
        .Answered(
            met: new("服务主体具备培训、伴教、陪跑、代运营等服务和获取平台流量等资源的能力", "The provider can train, teach alongside, coach, operate and obtain platform traffic"),
            notMet: new("服务主体不具备培训、伴教、陪跑、代运营等服务和获取平台流量等资源的能力", "The provider lacks the ability to train, teach alongside, coach, operate or obtain platform traffic"),
            notRecorded: new("未评估服务主体的服务能力", "The provider's capability is not assessed"));

    public static readonly FlagClause ProviderTeam = Doc.Clause(
            "HLJ-ACT-PROVIDER-TEAM", "服务主体专业技术团队和服务专员", "Provider's technical team and service specialist",
            "五、(四)7", "服务主体要建立专业技术团队和服务专员,及时解决服务对象提出的需求和诉求",
            "The provider sets up a professional technical team and a service specialist for the target, to meet its needs and requests in time; not recorded: not applicable.")
        .Answered(
            met: new("服务主体已建立专业技术团队和服务专员", "The provider has a professional technical team and a service specialist"),
            notMet: new("服务主体未建立专业技术团队和服务专员", "The provider has no professional technical team and service specialist"),
            notRecorded: new("未记录服务主体是否建立专业技术团队和服务专员", "Whether the provider set up a technical team and a service specialist is not recorded"));

    public static readonly FlagClause ProviderReturnVisits = Doc.Clause(
            "HLJ-ACT-PROVIDER-RETURN-VISITS", "服务主体定期回访服务对象", "Provider's regular return visits",
            "五、(五)", "各服务主体应定期对服务对象开展回访,收集整理意见建议,不断改进优化服务",
            "The provider pays the target return visits regularly and gathers its opinions; the text sets no interval, so the city's record decides; not recorded: not applicable.")
        .Answered(
            met: new("服务主体已定期对服务对象开展回访", "The provider paid the target regular return visits"),
            notMet: new("服务主体未定期对服务对象开展回访", "The provider did not pay the target regular return visits"),
            notRecorded: new("未记录服务主体是否定期回访服务对象", "Whether the provider paid the target regular return visits is not recorded"));

    public static readonly FlagClause TargetCooperation = Doc.Clause(
            "HLJ-ACT-TARGET-COOPERATION", "后续配合商务部门工作", "Cooperation with the commerce departments afterwards",
            "五、(四)2⑤", "后续积极配合各级商务部门做好电商活动、情况调研、报送信息等工作",
            "The target cooperates afterwards with the commerce departments (e-commerce events, surveys, reporting); nothing recorded: not applicable.")
        .Answered(
            met: new("后续积极配合各级商务部门工作", "Cooperates with the commerce departments afterwards"),
            notMet: new("未配合各级商务部门做好电商活动、情况调研、报送信息等工作", "Does not cooperate with the commerce departments (events, surveys, reporting)"),
            notRecorded: new("未记录后续配合情况", "Cooperation afterwards is not recorded"));

    public static readonly RuleDescriptor CohortPayment = Doc.Clause(
        "HLJ-ACT-COHORT-PAYMENT", "仅对达标服务对象兑现服务主体资金", "Providers paid for accepted targets only",
        "五、(六)", "按照标准验收确定达标服务对象数量,并依照政府采购合同兑现服务主体资金",
        "The city pays a provider under the procurement contract only for service targets accepted as meeting the standard; no payment recorded: not applicable.");

    public static readonly RuleDescriptor CohortFunds = Doc.Clause(
        "HLJ-ACT-COHORT-FUNDS", "兑现资金不超过本市(地)资金分配数量", "Payments within the city's allocated funds",
        "五、", "省商务厅负责制定全省整体方案,明确各市地资金分配数量、企业转型数量等任务指标",
        "The payments to providers total at most the funds allocated to the city (an attachment not in the source: parameter HLJ-ACT-CITY-FUNDS without default).",
        Comparison.AtMost)
        .DeclaringValue(CityFundsKey, new("市(地)资金分配数量(附件,源文件未载明)", "The city's allocated funds (attachment, not in the source)"), Unit.Yuan, 0m);

    public static readonly RuleDescriptor CohortSatisfactionSurvey = Doc.Clause(
        "HLJ-ACT-COHORT-SATISFACTION-SURVEY", "服务对象在线填报满意度调查问卷", "Service targets fill in the satisfaction survey",
        "五、(五)", "省商务厅负责发布助企行动满意度调查问卷,各市(地)商务局负责组织各服务对象进行在线填报",
        "The city has every service target fill in the province's satisfaction survey online. A target that did not is not met; targets whose survey is not recorded while others' is: not evaluated, naming them; none recorded: not applicable.");

    public static readonly RuleDescriptor CohortMonthlyTracking = Doc.Clause(
        "HLJ-ACT-COHORT-MONTHLY-TRACKING", "按月跟踪助企行动工作进展", "Monthly tracking of the action's progress",
        "五、(四)7", "各市(地)商务局要按月跟踪助企行动工作进展",
        "The city tracks the action's progress in every calendar month of its local service period: from the month the earliest recorded service period of a target begins to the month the city's service period ends. A month is due once it is over; a tracked month outside that span is noted, not counted. A due month without tracking: not met; every due month tracked while later months are not over: not applicable (not yet due); no target's service period recorded: not evaluated; tracking not recorded: not applicable.");

    public static readonly RuleDescriptor CohortUnspent = FundDisciplineClauses.UnspentReturned(Doc, "HLJ-ACT-COHORT-UNSPENT-RETURNED", "六、(一)");

    public static readonly RuleDescriptor CohortOnSiteReview = SelectionClauses.OnSiteReview(Doc, "HLJ-ACT-COHORT-ON-SITE-REVIEW", "六、(二)");

    public static readonly FlagClause CohortResultsPublic = Doc.Clause(
            "HLJ-ACT-COHORT-RESULTS-PUBLIC", "遴选结果向社会公开", "Selection results made public",
            "六、(二)", "遴选结果应向社会公开",
            "The city makes the results of selecting service targets and providers public; not recorded: not applicable.")
        .Answered(
            met: new("遴选结果已向社会公开", "The selection results were made public"),
            notMet: new("遴选结果未向社会公开", "The selection results were not made public"),
            notRecorded: new("未记录是否公开遴选结果", "Publication of the selection results is not recorded"));

    public static readonly FlagClause CohortPerformanceReport = FundDisciplineClauses.PerformanceReport(Doc, "HLJ-ACT-COHORT-PERFORMANCE-REPORT", "六、(三)");

    public static readonly FlagClause CohortLocalPlans = FundDisciplineClauses.LocalPlans(
        Doc, "HLJ-ACT-COHORT-LOCAL-PLANS", "六、(一)", "各市(地)商务局要积极与当地财政部门沟通,抓紧制定本地区助企行动实施方案和专项资金使用管理方案");

    public static readonly FlagClause CohortEarmarkedUse = FundDisciplineClauses.EarmarkedUse(Doc, "HLJ-ACT-COHORT-EARMARKED-USE", "六、(三)");
}
