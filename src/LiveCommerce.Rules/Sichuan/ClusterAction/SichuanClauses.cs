using LiveCommerce.Rules.Engine;

namespace LiveCommerce.Rules.Sichuan.ClusterAction;

/// <summary>The clauses of the Sichuan draft action plan, verbatim, and the rule descriptors built on them.</summary>
internal static class SichuanClauses
{
    private static SourceDocument Doc => SichuanDocuments.ClusterActionPlanDraft;

    public static readonly RuleDescriptor ClusterApplicant = Doc.Clause(
        "SC-CLUSTER-APPLICANT", "集聚区项目试点申报主体", "Cluster pilot applicant",
        "四、(三)", "县(市、区)人民政府为项目试点申报主体",
        "The applicant for a cluster (集聚区) pilot must be a county-level (县(市、区)) people's government.");

    public static readonly RuleDescriptor ClusterSupportYears = Doc.Clause(
        "SC-CLUSTER-SUPPORT-YEARS", "集聚区试点连续支持年数", "Consecutive years of support for a cluster pilot",
        "四、(三)", "2023年启动评选电商消费新业态集聚区项目作为试点先行地,可连续给予三年支持",
        "Cluster pilots are selected from 2023; support for at most three years, not before selection: by default one consecutive run (no gap, a later start allowed); by option every year within the three years from selection.")
        .DeclaringThreshold(new("最多连续支持年数", "Maximum consecutive years of support"), Threshold.AtMost(3, Unit.Years, "可连续给予三年"));

    public static readonly RuleDescriptor BaseApplicant = Doc.Clause(
        "SC-BASE-APPLICANT", "省级电商新业态基地申报主体", "Provincial base applicant",
        "四、(三)", "县(市、区)人民政府或商务主管部门为项目申报主体",
        "The applicant for a provincial new-format e-commerce base is a county-level people's government or its commerce department.");

    private const string MinimumAreaKey = "SC-BASE-AREA";

    public static readonly RuleDescriptor BaseCriteria = Doc.Clause(
        "SC-BASE-CRITERIA", "省级电商新业态基地条件", "Provincial base criteria",
        "四、(三)", "省级电商新业态基地为具有较大载体面积、运营管理权清晰,能够为入驻企业提供技术、信息、资本、供应链、市场对接等服务,且在人才集聚、服务生态、场景应用等方面有一定实绩",
        "A base has large premises (no figure in the draft: a parameter without default), clear operating and management rights, provides technology, information, capital, supply-chain and market-matching services to tenants, and has a track record in talent, service ecosystem and application scenarios; each item is backed by evidence.",
        Comparison.AtLeast)
        .DeclaringValue(MinimumAreaKey, new("较大载体面积(征求意见稿未规定数值)", "Minimum premises area (no figure in the draft)"), Unit.SquareMetres, 0m);

    /// <summary>The premises area parameter of <see cref="BaseCriteria"/>: no default, the draft gives no figure.</summary>
    public static ParameterDefinition MinimumArea => BaseCriteria.Parameter(MinimumAreaKey);

    public static readonly RuleDescriptor PerformanceClawback = Doc.Clause(
        "SC-PERFORMANCE-CLAWBACK", "绩效评价与资金收回", "Performance evaluation and recovery of funds",
        "四、(四)", "对绩效评价不达标,且经整改不合格的,按程序收回下达资金",
        "Funds are recovered only when the performance evaluation fails and the rectification also fails.");

    public static readonly RuleDescriptor ClusterSelection = Doc.Clause(
        "SC-CLUSTER-SELECTION", "集聚区试点确定程序", "Selection procedure of a cluster pilot",
        "四、(三)", "商务厅视情会同省直有关部门通过材料审查、专家评审、现场察看、社会公示、项目入库等程序确定",
        "A cluster pilot is settled through material review, expert review, site inspection, public notice and entry into the project library; each step is done and evidenced.");

    public static readonly RuleDescriptor CountyDuties = Doc.Clause(
        "SC-CLUSTER-COUNTY-DUTIES", "项目地县级政府工作责任", "Duties of the project's county government",
        "四、(一)", "项目地县(市、区)政府制定工作实施方案和出台直播产业专项扶持政策,组建工作专班,指定专人负责",
        "The project's county government draws up an implementation plan, issues a special live-streaming support policy, sets up a working group and designates a person in charge; each is evidenced.");

    public static readonly RuleDescriptor SelfEvaluation = Doc.Clause(
        "SC-SELF-EVALUATION", "业主单位绩效自查自评自纠", "Owner unit's own performance review",
        "四、(四)", "依据设定的绩效目标,加强县(市、区)业主单位对项目绩效的自查自评自纠",
        "A project's performance evaluation includes the county owner unit's own inspection, evaluation and correction of the project's performance against the set targets, evidenced by its record.");

    public static readonly RuleDescriptor ThirdPartyEvaluation = Doc.Clause(
        "SC-THIRD-PARTY-EVALUATION", "第三方绩效评价", "Third-party performance evaluation",
        "四、(四)", "邀请第三方机构对项目支出的决策、资金管理、使用、监管制度的建立、执行、实现的产出、取得的效益等情况进行客观、公正的分析和评判",
        "A project's performance evaluation includes an objective, impartial analysis by a third-party institution (decisions, fund management and use, supervision, outputs, benefits), evidenced by its report.");

    /// <summary>The configured minimum premises area (较大载体面积, compared as <see cref="BaseCriteria"/> says), or
    /// <see langword="null"/> when the host gave none.</summary>
    public static Threshold? MinimumAreaIn(ResolvedParameters parameters) =>
        parameters.ValueOf(MinimumArea) is { } area ? new Threshold(BaseCriteria.Comparison!.Value, new Quantity(area, MinimumArea.Unit), "较大") : null;
}
