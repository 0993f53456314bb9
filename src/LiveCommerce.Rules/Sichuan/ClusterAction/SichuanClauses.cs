using LiveCommerce.Rules.Engine;

namespace LiveCommerce.Rules.Sichuan.ClusterAction;

/// <summary>The clauses of the Sichuan draft action plan, verbatim, and the rule descriptors built on them.</summary>
internal static class SichuanClauses
{
    private static SourceDocument Doc => SichuanDocuments.ClusterActionPlanDraft;

    public static readonly RuleDescriptor ClusterApplicant = Describe(
        "SC-CLUSTER-APPLICANT", "集聚区项目试点申报主体", "Cluster pilot applicant",
        "四、(三)", "县(市、区)人民政府为项目试点申报主体",
        "The applicant for a cluster (集聚区) pilot must be a county-level (县(市、区)) people's government.");

    public static readonly RuleDescriptor ClusterSupportYears = Describe(
        "SC-CLUSTER-SUPPORT-YEARS", "集聚区试点连续支持年数", "Consecutive years of support for a cluster pilot",
        "四、(三)", "2023年启动评选电商消费新业态集聚区项目作为试点先行地,可连续给予三年支持",
        "Cluster pilots are selected from 2023; a pilot may be supported for at most three consecutive years (no gap, no fourth year).",
        Comparison.AtMost, "SC-CLUSTER-SUPPORT-YEARS");

    public static readonly RuleDescriptor BaseApplicant = Describe(
        "SC-BASE-APPLICANT", "省级电商新业态基地申报主体", "Provincial base applicant",
        "四、(三)", "县(市、区)人民政府或商务主管部门为项目申报主体",
        "The applicant for a provincial new-format e-commerce base is a county-level people's government or its commerce department.");

    public static readonly RuleDescriptor BaseCriteria = Describe(
        "SC-BASE-CRITERIA", "省级电商新业态基地条件", "Provincial base criteria",
        "四、(三)", "省级电商新业态基地为具有较大载体面积、运营管理权清晰,能够为入驻企业提供技术、信息、资本、供应链、市场对接等服务,且在人才集聚、服务生态、场景应用等方面有一定实绩",
        "A base has large premises (no figure in the draft: a parameter without default), clear operating and management rights, provides technology, information, capital, supply-chain and market-matching services to tenants, and has a track record in talent, service ecosystem and application scenarios; each item is backed by evidence.",
        Comparison.AtLeast, "SC-BASE-AREA");

    public static readonly RuleDescriptor PerformanceClawback = Describe(
        "SC-PERFORMANCE-CLAWBACK", "绩效评价与资金收回", "Performance evaluation and recovery of funds",
        "四、(四)", "对绩效评价不达标,且经整改不合格的,按程序收回下达资金",
        "Funds are recovered only when the performance evaluation fails and the rectification also fails.");

    private static RuleDescriptor Describe(
        string id, string subjectZh, string subjectEn, string section, string clause, string summary,
        Comparison? comparison = null, params string[] parameters) =>
        new(id, new LocalizedText(subjectZh, subjectEn), new Citation(Doc, section, clause, summary), Severity.Mandatory, comparison, [.. parameters]);
}
