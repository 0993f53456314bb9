using System.Collections.Immutable;
using LiveCommerce.Rules.Primitives;

namespace LiveCommerce.Rules.Sichuan.ClusterAction;

/// <summary>Who applies for a Sichuan cluster pilot or provincial base (申报主体).</summary>
public enum SichuanApplicantKind
{
    /// <summary>A county-level people's government (县(市、区)人民政府).</summary>
    CountyGovernment,

    /// <summary>A county-level commerce department (县(市、区)商务主管部门).</summary>
    CountyCommerceDepartment,

    /// <summary>A prefecture-level (市(州)) government or department: not a county-level applicant.</summary>
    PrefectureAuthority,

    /// <summary>An enterprise, operator or association.</summary>
    Enterprise,

    /// <summary>Any other body.</summary>
    Other,
}

/// <summary>The applicant of a Sichuan project.</summary>
public sealed record SichuanApplicant
{
    /// <summary>The applicant's name.</summary>
    public required string Name { get; init; }

    /// <summary>What kind of body it is.</summary>
    public required SichuanApplicantKind Kind { get; init; }
}

/// <summary>
/// The performance evaluation of a supported project (四、(四) 加强绩效管理) and, after a failed evaluation, its rectification.
/// </summary>
public sealed record PerformanceReview
{
    /// <summary>Whether the performance evaluation (绩效评价) met its targets (达标).</summary>
    public required bool EvaluationPassed { get; init; }

    /// <summary>After a failed evaluation: whether the rectification (整改) passed; omit while it is under way.</summary>
    public bool? RectificationPassed { get; init; }

    /// <summary>The funds allocated to the project (下达资金), when known: the amount recovered if both fail.</summary>
    public Money? FundsAllocated { get; init; }

    /// <summary>Whether the county owner unit (县(市、区)业主单位) inspected, evaluated and corrected the project's performance
    /// itself against the set targets (依据设定的绩效目标…自查自评自纠), with its record as evidence (SC-SELF-EVALUATION);
    /// omitted, the evidence is incomplete.</summary>
    public EvidenceItem? OwnerSelfEvaluation { get; init; }

    /// <summary>Whether a third-party institution analysed and judged the project (邀请第三方机构…进行客观、公正的分析和评判),
    /// with its report as evidence (SC-THIRD-PARTY-EVALUATION); omitted, the evidence is incomplete.</summary>
    public EvidenceItem? ThirdPartyEvaluation { get; init; }
}

/// <summary>The steps by which the province settles a cluster pilot (四、(三) 通过材料审查、专家评审、现场察看、社会公示、项目入库等程序确定).</summary>
public sealed record SelectionProcedure
{
    /// <summary>Review of the application materials (材料审查).</summary>
    public required EvidenceItem MaterialReview { get; init; }

    /// <summary>Expert review (专家评审).</summary>
    public required EvidenceItem ExpertReview { get; init; }

    /// <summary>Site inspection (现场察看).</summary>
    public required EvidenceItem SiteInspection { get; init; }

    /// <summary>Public notice (社会公示).</summary>
    public required EvidenceItem PublicNotice { get; init; }

    /// <summary>Entry into the project library (项目入库).</summary>
    public required EvidenceItem ProjectLibrary { get; init; }
}

/// <summary>What the project's county government undertakes (四、(一) 制定工作实施方案和出台直播产业专项扶持政策,组建工作专班,指定专人负责).</summary>
public sealed record CountyDuties
{
    /// <summary>A work implementation plan (工作实施方案).</summary>
    public required EvidenceItem ImplementationPlan { get; init; }

    /// <summary>A special support policy for the live-streaming industry (直播产业专项扶持政策).</summary>
    public required EvidenceItem SpecialSupportPolicy { get; init; }

    /// <summary>A dedicated working group (工作专班).</summary>
    public required EvidenceItem WorkingGroup { get; init; }

    /// <summary>A designated person in charge (指定专人负责).</summary>
    public required EvidenceItem DesignatedPerson { get; init; }
}

/// <summary>
/// One county's application for, and record as, a Sichuan new-consumption-format cluster pilot (电商消费新业态集聚区项目试点),
/// 四、(三) and 四、(四) of the draft action plan.
/// </summary>
public sealed record SichuanClusterPilotApplication
{
    /// <summary>The cluster project's name.</summary>
    public required string ProjectName { get; init; }

    /// <summary>The county (县(市、区)) of the project.</summary>
    public required string County { get; init; }

    /// <summary>The applicant (申报主体).</summary>
    public required SichuanApplicant Applicant { get; init; }

    /// <summary>The year the project was (or is to be) selected as a pilot (评选); selection starts in 2023.</summary>
    public required int SelectionYear { get; init; }

    /// <summary>Every year for which support is given or requested (连续给予三年支持), in any order.</summary>
    public required ImmutableArray<int> SupportYears { get; init; }

    /// <summary>The selection procedure's steps, with evidence (SC-CLUSTER-SELECTION); omitted, the evidence is incomplete.</summary>
    public SelectionProcedure? Selection { get; init; }

    /// <summary>The county government's duties, with evidence (SC-CLUSTER-COUNTY-DUTIES); omitted, the evidence is incomplete.</summary>
    public CountyDuties? CountyDuties { get; init; }

    /// <summary>The performance evaluation, once there is one.</summary>
    public PerformanceReview? Performance { get; init; }
}

/// <summary>An evidence item: whether the criterion is satisfied and the document that shows it.</summary>
public sealed record EvidenceItem
{
    /// <summary>Whether the applicant states the criterion is satisfied.</summary>
    public required bool Satisfied { get; init; }

    /// <summary>The supporting document (for example a contract, a service list, a case file); required when satisfied.</summary>
    public string? Evidence { get; init; }
}

/// <summary>The services a base provides to its tenants (能够为入驻企业提供…等服务).</summary>
public sealed record BaseServices
{
    /// <summary>Technology (技术).</summary>
    public required EvidenceItem Technology { get; init; }

    /// <summary>Information (信息).</summary>
    public required EvidenceItem Information { get; init; }

    /// <summary>Capital (资本).</summary>
    public required EvidenceItem Capital { get; init; }

    /// <summary>Supply chain (供应链).</summary>
    public required EvidenceItem SupplyChain { get; init; }

    /// <summary>Market matching (市场对接).</summary>
    public required EvidenceItem MarketMatching { get; init; }
}

/// <summary>The base's track record (在…等方面有一定实绩).</summary>
public sealed record BaseTrackRecord
{
    /// <summary>Talent gathering (人才集聚).</summary>
    public required EvidenceItem TalentGathering { get; init; }

    /// <summary>Service ecosystem (服务生态).</summary>
    public required EvidenceItem ServiceEcosystem { get; init; }

    /// <summary>Application scenarios (场景应用).</summary>
    public required EvidenceItem ApplicationScenarios { get; init; }
}

/// <summary>One application for a Sichuan provincial new-format e-commerce base (省级电商新业态基地), 四、(三) of the draft.</summary>
public sealed record SichuanBaseApplication
{
    /// <summary>The base's name.</summary>
    public required string BaseName { get; init; }

    /// <summary>The county (县(市、区)) of the base.</summary>
    public required string County { get; init; }

    /// <summary>The applicant (申报主体).</summary>
    public required SichuanApplicant Applicant { get; init; }

    /// <summary>The premises' area (载体面积); the draft asks for "较大" without a figure.</summary>
    public required Area PremisesArea { get; init; }

    /// <summary>Clear operating and management rights (运营管理权清晰).</summary>
    public required EvidenceItem OperatingRightsClear { get; init; }

    /// <summary>The services provided to tenants.</summary>
    public required BaseServices Services { get; init; }

    /// <summary>The track record.</summary>
    public required BaseTrackRecord TrackRecord { get; init; }

    /// <summary>The performance evaluation, once there is one.</summary>
    public PerformanceReview? Performance { get; init; }
}
