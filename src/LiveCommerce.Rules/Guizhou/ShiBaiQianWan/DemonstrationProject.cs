using System.Collections.Immutable;

namespace LiveCommerce.Rules.Guizhou.ShiBaiQianWan;

/// <summary>
/// One provincial demonstration project of the Guizhou "十百千万" programme (a park, live base, enterprise or live team):
/// this year's application, if any, the project's earlier applications, and, once recognised, its annual data reports.
/// </summary>
/// <remarks>
/// The recognition criteria are not in the source (附件2): the host supplies them as a <see cref="DemonstrationCriteria"/>
/// configuration, and the indicator values here are held to them by indicator key.
/// JSON: camelCase, see docs/programmes/guizhou.md.
/// </remarks>
public sealed record DemonstrationProject
{
    /// <summary>The project's name.</summary>
    public required string ProjectName { get; init; }

    /// <summary>The project's operator (运营主体): the construction and operation entity or the enterprise.</summary>
    public required string OperatorName { get; init; }

    /// <summary>The city or prefecture (市(州)) whose commerce department recommends the project.</summary>
    public required string City { get; init; }

    /// <summary>The demonstration category (GZ-DEMO-CATEGORIES).</summary>
    public required DemonstrationCategory Category { get; init; }

    /// <summary>This year's application for recognition in <see cref="Category"/>, if the project applies.</summary>
    public DemonstrationApplication? Application { get; init; }

    /// <summary>The project's earlier applications (any category), as recorded by the commerce departments.</summary>
    public required ImmutableArray<PriorApplication> PriorApplications { get; init; }

    /// <summary>The recognition as a provincial demonstration project in <see cref="Category"/>, once granted.</summary>
    public Recognition? Recognition { get; init; }

    /// <summary>The annual data reports submitted since recognition (one per year).</summary>
    public required ImmutableArray<AnnualDataReport> AnnualReports { get; init; }
}

/// <summary>An application for recognition as a provincial demonstration project.</summary>
public sealed record DemonstrationApplication
{
    /// <summary>The application round (year), 2023 or later (从2023年开始,每年开展1次).</summary>
    public required int Year { get; init; }

    /// <summary>The indicator values the application reports, held to the configured criteria of its category.</summary>
    public required ImmutableArray<IndicatorValue> Indicators { get; init; }

    /// <summary>How the application travelled (GZ-DEMO-ROUTE): operator or enterprise → local commerce department → the
    /// city's review and recommendation. Omitted, the evidence is incomplete.</summary>
    public ApplicationRoute? Route { get; init; }

    /// <summary>The numbers of the attachments filed (附件3–12, GZ-DEMO-ATTACHMENTS; give [] for none); each category needs its own.</summary>
    public required ImmutableArray<int> AttachmentsFiled { get; init; }
}

/// <summary>Who submits a demonstration application (示范项目申报由项目建设运营主体或企业…提交).</summary>
public enum ApplicationSubmitter
{
    /// <summary>The project's construction and operation entity (项目建设运营主体).</summary>
    OperatingEntity,

    /// <summary>The enterprise itself (企业).</summary>
    Enterprise,

    /// <summary>Anyone else (a city department, an agent): not the route the plan sets.</summary>
    Other,
}

/// <summary>The route of one application: 由项目建设运营主体或企业向属地商务主管部门提交申报材料,市州商务主管部门汇总审核推荐.</summary>
public sealed record ApplicationRoute
{
    /// <summary>Who submitted the application materials.</summary>
    public required ApplicationSubmitter SubmittedBy { get; init; }

    /// <summary>Whether they were submitted to the local (属地) commerce department.</summary>
    public required bool SubmittedToLocalCommerceDepartment { get; init; }

    /// <summary>Whether the city (市州) commerce department reviewed and recommended the project; omit while it has not decided.</summary>
    public bool? RecommendedByCity { get; init; }

    /// <summary>The city's recommendation document (推荐文件), required once recommended.</summary>
    public string? RecommendationEvidence { get; init; }
}

/// <summary>One step of the provincial review: whether it was held, and the record that shows it.</summary>
public sealed record ReviewStep
{
    /// <summary>Whether the step was held.</summary>
    public required bool Held { get; init; }

    /// <summary>The record of the step (minutes, a site-visit report, the panel's scores); required when held.</summary>
    public string? Evidence { get; init; }
}

/// <summary>The provincial review behind a recognition (省级评审: 采取资料审核、实地考察、组织评审等方式综合评定).</summary>
public sealed record ProvincialReview
{
    /// <summary>Review of the documents (资料审核).</summary>
    public required ReviewStep DocumentReview { get; init; }

    /// <summary>A site visit (实地考察).</summary>
    public required ReviewStep SiteVisit { get; init; }

    /// <summary>A panel review (组织评审).</summary>
    public required ReviewStep PanelReview { get; init; }
}

/// <summary>An earlier application of the same project.</summary>
public sealed record PriorApplication
{
    /// <summary>The application round (year), 2023 or later.</summary>
    public required int Year { get; init; }

    /// <summary>The category applied for.</summary>
    public required DemonstrationCategory Category { get; init; }
}

/// <summary>The project's recognition as a provincial demonstration project.</summary>
public sealed record Recognition
{
    /// <summary>The date of recognition (in 2023 or later).</summary>
    public required DateOnly RecognisedOn { get; init; }

    /// <summary>The provincial review the recognition rests on (GZ-DEMO-REVIEW); omitted, the evidence is incomplete.</summary>
    public ProvincialReview? Review { get; init; }
}

/// <summary>One annual data report to the provincial commerce department (due on or before 10 December of its year).</summary>
public sealed record AnnualDataReport
{
    /// <summary>The year the data is for.</summary>
    public required int Year { get; init; }

    /// <summary>The date the report was submitted.</summary>
    public required DateOnly SubmittedOn { get; init; }

    /// <summary>The indicator values reported, held to the configured criteria (dynamic management).</summary>
    public required ImmutableArray<IndicatorValue> Indicators { get; init; }
}

/// <summary>One reported indicator: a key the configured criteria name, and its value in the criterion's unit.</summary>
public sealed record IndicatorValue
{
    /// <summary>The indicator key, such as <c>onlineRetail</c> (the keys are defined by the criteria configuration).</summary>
    public required string Indicator { get; init; }

    /// <summary>The value, non-negative, in the unit the criterion declares (yuan to the fen, a count, m², percent).</summary>
    public required decimal Value { get; init; }
}
