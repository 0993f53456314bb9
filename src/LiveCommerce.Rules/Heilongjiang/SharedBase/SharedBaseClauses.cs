using System.Collections.Immutable;
using LiveCommerce.Rules.Engine;
using LiveCommerce.Rules.Heilongjiang.Evidence;
using LiveCommerce.Rules.Heilongjiang.FundDiscipline;
using LiveCommerce.Rules.Primitives;

namespace LiveCommerce.Rules.Heilongjiang.SharedBase;

/// <summary>The clauses of the shared-base demonstration plan, verbatim, and the rule descriptors built on them.</summary>
internal static class SharedBaseClauses
{
    private static SourceDocument Doc => HeilongjiangDocuments.SharedBaseDemonstration;

    /// <summary>五、创建时限 2023年6月30日止, from the plan's issue date: the rule sets' effective window.</summary>
    public static readonly DateWindow CreationWindow = new(new DateOnly(2022, 2, 24), new DateOnly(2023, 6, 30));

    /// <summary>The city's base quota, from an attachment not in the source: declared by <see cref="Ranking"/>, read by <see cref="SubsidyCap"/>.</summary>
    public const string CityQuotaKey = "HLJ-BASE-CITY-QUOTA";

    /// <summary>The provincial funds allocated to the city, from an attachment not in the source: declared by <see cref="SubsidyCap"/>.</summary>
    public const string CityFundsKey = "HLJ-BASE-CITY-FUNDS";

    public static readonly RuleDescriptor Operator = Doc.Clause(
        "HLJ-BASE-OPERATOR", "正式投入运营时长(具有法人资格的运营管理机构)", "Formal operation (by a legal-entity operator)",
        "六、(一)①", "具有法人资格的运营管理机构单位、正式投入运营1年以上",
        "The operator is a legal entity and the base has formally operated for at least one full year by the as-of date.")
        .DeclaringThreshold(new("正式投入运营最短时长(月)", "Minimum formal operation (months)"), Threshold.AtLeast(12, Unit.Months, "以上"));

    public static readonly RuleDescriptor Area = Doc.Clause(
        "HLJ-BASE-AREA", "建筑面积", "Building area",
        "六、(一)②", "建筑面积不少于2000平方米",
        "Building area at least 2,000 m².")
        .DeclaringThreshold(new("最小建筑面积", "Minimum building area"), Threshold.AtLeast(2000, Unit.SquareMetres, "不少于"));

    public static readonly RuleDescriptor Tenants = Doc.Clause(
        "HLJ-BASE-TENANTS", "2022年月平均入驻电商企业数量", "Monthly mean of resident e-commerce enterprises in 2022",
        "六、(一)③", "2022年1月1日至2022年12月31日期间月平均入驻电商企业数量不少于10家",
        "The mean of the twelve monthly counts of resident e-commerce enterprises, January–December 2022, is at least 10.")
        .DeclaringThreshold(new("月平均入驻电商企业最少数量", "Minimum monthly mean of resident e-commerce enterprises"), Threshold.AtLeast(10, Unit.Count, "不少于"));

    public static readonly RuleDescriptor LiveRooms = Doc.Clause(
        "HLJ-BASE-LIVE-ROOMS", "2022年月平均直播间数量", "Monthly mean of live rooms in 2022",
        "六、(一)③", "2022年1月1日至2022年12月31日期间月平均……直播间数量不少于10间",
        "The mean of the twelve monthly counts of live rooms, January–December 2022, is at least 10.")
        .DeclaringThreshold(new("月平均直播间最少数量", "Minimum monthly mean of live rooms"), Threshold.AtLeast(10, Unit.Count, "不少于"));

    public static readonly RuleDescriptor Retail = Doc.Clause(
        "HLJ-BASE-RETAIL", "2022年网络零售额", "Online retail in 2022",
        "六、(一)④", "2022年1月1日至2022年12月31日期间网络零售额不低于3000万元",
        "Online retail from 2022-01-01 to 2022-12-31 is at least ¥30,000,000.")
        .DeclaringThreshold(new("2022年网络零售额下限", "Minimum 2022 online retail"), Threshold.AtLeast(30_000_000m, Unit.Yuan, "不低于"));

    public static readonly RuleDescriptor Investment = Doc.Clause(
        "HLJ-BASE-INVESTMENT", "2020年11月1日至2022年12月31日电商投资额", "E-commerce investment 2020-11-01 to 2022-12-31",
        "六、(一)⑤", "2020年11月1日至2022年12月31日期间电商投资额不低于500万元",
        "E-commerce investment dated 2020-11-01 to 2022-12-31 (inclusive) is at least ¥5,000,000.")
        .DeclaringThreshold(new("电商投资额下限", "Minimum e-commerce investment"), Threshold.AtLeast(5_000_000m, Unit.Yuan, "不低于"));

    public static readonly RuleDescriptor Audit = Doc.Clause(
        "HLJ-BASE-AUDIT", "专项审计报告", "Special audit report",
        "六、(一)⑥", "基地电商投资额和电子商务企业网络零售额需具有审计资格的会计师事务所出具的专项审计报告",
        "A qualified accounting firm's special audit report covers the base's e-commerce investment and the enterprises' online retail.");

    public static readonly FlagClause Commitment = Doc.Clause(
            "HLJ-BASE-COMMITMENT", "申报材料真实性承诺书", "Authenticity commitment letter",
            "六、(一)⑦", "企业申报材料真实性承诺书",
            "The applicant signs a commitment that its application materials are authentic.")
        .Answered(
            met: new("已签署申报材料真实性承诺书", "The authenticity commitment letter is signed"),
            notMet: new("未签署申报材料真实性承诺书", "The authenticity commitment letter is not signed"));

    public static readonly FlagClause NoDoubleSupport = Doc.Clause(
            "HLJ-BASE-NO-DOUBLE-SUPPORT", "未重复享受省级示范基地扶持", "No double provincial support",
            "六、(一)⑧", "已获得省级电子商务示范基地政策扶持的不再重复支持",
            "A base already supported as a provincial e-commerce demonstration base is not supported again.")
        .Answered(
            met: new("未获得过省级电子商务示范基地政策扶持", "Not previously supported as a provincial e-commerce demonstration base"),
            notMet: new("已获得省级电子商务示范基地政策扶持,不再重复支持", "Already supported as a provincial e-commerce demonstration base: not supported again"));

    public static readonly RuleDescriptor RuralProject = Doc.Clause(
        "HLJ-BASE-RURAL-PROJECT", "电子商务进农村综合示范项目验收", "Rural e-commerce demonstration project acceptance",
        "六、(一)⑨", "国家电子商务进农村综合示范县专项资金扶持的项目应于2020年10月31日前经国家项目验收合格完成后方可申报",
        "A project funded by the national rural e-commerce demonstration county programme may apply only if it passed national acceptance on or before 2020-10-31.");

    public static readonly RuleDescriptor Ranking = Doc.Clause(
        "HLJ-BASE-RANKING", "按专家评分择优确定候选名单", "Candidates chosen by expert score",
        "六、(三)4", "按照专家评审打分结果由高至低对各申报单位进行排序,择优确定示范创建单位候选名单",
        "Applicants meeting the basic criteria are ranked by expert score, highest first; the top ones up to the city's quota become candidates.")
        .DeclaringValue(CityQuotaKey, new("市(地)基地示范创建数量指标(附件,源文件未载明)", "The city's base quota (attachment, not in the source)"), Unit.Count, 1m);

    public static readonly RuleDescriptor Inspection = Doc.Clause(
        "HLJ-BASE-INSPECTION", "申报企业实地查验面", "Share of applicants inspected on site",
        "七、(二)", "对申报企业实地查验面要达到50%以上",
        "At least 50% of applicants are inspected on site.")
        .DeclaringThreshold(new("实地查验面下限", "Minimum share inspected on site"), Threshold.AtLeast(50, Unit.Percent, "以上"));

    public static readonly RuleDescriptor SubsidyCap = Doc.Clause(
        "HLJ-BASE-SUBSIDY-CAP", "平均每个基地补助额", "Average subsidy per accepted base",
        "六、(四)", "按照平均每个基地不高于省财政下发给各市(地)资金总额对市(地)数量指标的平均额给予示范基地资金补助",
        "A city's average subsidy per accepted base is at most the provincial funds allocated to the city divided by the city's base quota, and the subsidies never total more than those funds (with more bases accepted than the quota the average alone would allow more); individual bases may differ.",
        Comparison.AtMost)
        .DeclaringValue(CityFundsKey, new("省财政下发给本市(地)的资金总额", "Provincial funds allocated to the city"), Unit.Yuan, 0m)
        .Reading(CityQuotaKey);

    public static readonly RuleDescriptor Acceptance = Doc.Clause(
        "HLJ-BASE-ACCEPTANCE", "经公示无异议的候选单位方可验收", "Only candidates cleared by the public notice are accepted",
        "六、(三)6", "对经公示无异议的示范创建候选单位,组织专家组进行验收,经验收合格的确定为示范创建单位",
        "Every accepted base is a candidate (候选名单) that passed the public notice without objection; an accepted non-candidate or an objected candidate is not met, an unrecorded public notice is missing evidence.");

    public static readonly RuleDescriptor Summary = Doc.Clause(
        "HLJ-BASE-SUMMARY", "示范创建总结报告报送", "Summary report submission",
        "六、(五)", "6月30日前,将本地区示范创建项目的组织实施、资金使用管理和绩效评价等工作情况形成总结报告,以正式文件报送至省商务厅、省财政厅。",
        "The city's summary report is submitted on or before 2023-06-30 (6月30日前 includes the day; the year is that of 五、创建时限 2023年6月30日止). Not yet submitted and not yet due: not applicable (not yet due).",
        Comparison.AtMost);

    public static readonly RuleDescriptor InProvince = Doc.Clause(
        "HLJ-BASE-IN-PROVINCE", "黑龙江省内基地(园区)", "A base in Heilongjiang",
        "四、", "黑龙江省内直播电商(电子商务)基地(园区)",
        "Only live-commerce bases (parks) in Heilongjiang may apply: the city the base applies in is one of the province's 13 市(地).");

    public static readonly RuleDescriptor OnSiteReview = SelectionClauses.OnSiteReview(Doc, "HLJ-BASE-ON-SITE-REVIEW", "七、(二)");

    public static readonly FlagClause ResultsPublic = Doc.Clause(
            "HLJ-BASE-RESULTS-PUBLIC", "申报和评审结果向社会公开", "Applications and results made public",
            "七、(二)", "项目申报和评审结果应向社会公开",
            "The applications and the review results are made public; not recorded: not applicable.")
        .Answered(
            met: new("申报和评审结果已向社会公开", "The applications and review results were made public"),
            notMet: new("申报和评审结果未向社会公开", "The applications and review results were not made public"),
            notRecorded: new("未记录是否公开申报和评审结果", "Publication of the applications and results is not recorded"));

    public static readonly RuleDescriptor UnspentReturned = FundDisciplineClauses.UnspentReturned(Doc, "HLJ-BASE-UNSPENT-RETURNED", "七、(一)");

    public static readonly FlagClause PerformanceReport = FundDisciplineClauses.PerformanceReport(Doc, "HLJ-BASE-PERFORMANCE-REPORT", "七、(三)");

    public static readonly FlagClause LocalPlans = FundDisciplineClauses.LocalPlans(
        Doc, "HLJ-BASE-LOCAL-PLANS", "七、(一)", "各市(地)商务局要积极与当地财政部门沟通,抓紧制定本地区示范创建项目的实施方案和专项资金使用管理方案");

    public static readonly FlagClause EarmarkedUse = FundDisciplineClauses.EarmarkedUse(Doc, "HLJ-BASE-EARMARKED-USE", "七、(三)");
}
