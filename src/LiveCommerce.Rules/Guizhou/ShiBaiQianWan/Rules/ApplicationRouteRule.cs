using System.Collections.Immutable;
using LiveCommerce.Rules.Engine;

namespace LiveCommerce.Rules.Guizhou.ShiBaiQianWan.Rules;

/// <summary>
/// 示范项目申报由项目建设运营主体或企业向属地商务主管部门提交申报材料,市州商务主管部门汇总审核推荐: submitted by the operating
/// entity or the enterprise, to the local commerce department, and recommended by the city with its recommendation on file.
/// </summary>
/// <remarks>Decision order: no route on record → evidence incomplete; another submitter, another recipient or the city declining
/// → not met; the city not yet decided → not evaluated; recommended without the document → evidence incomplete; else met.
/// Either submitter is accepted for every category (the clause pairs them with the categories only loosely).</remarks>
internal sealed class ApplicationRouteRule() : Rule<DemonstrationProject>(ShiBaiQianWanClauses.Route)
{
    /// <summary>Where the route stands, in decision order: the first step that fails decides.</summary>
    private enum Step
    {
        NotApplied,
        NoRoute,
        WrongSubmitter,
        WrongRecipient,
        Declined,
        Pending,
        NoDocument,
        Complete,
    }

    /// <summary>What each <see cref="Step"/> says, by its number.</summary>
    private static readonly LocalizedText[] Texts =
    [
        new("本年度未申报", "No application this year"),
        new("缺少申报途径记录(申报主体、属地商务主管部门受理、市州审核推荐)", "No record of the application route (submitter, local commerce department, city recommendation)"),
        new("申报材料须由项目建设运营主体或企业提交", "The application must be submitted by the project's operating entity or the enterprise"),
        new("申报材料须提交属地商务主管部门", "The application must be submitted to the local commerce department"),
        new("市州商务主管部门审核后未予推荐", "The city commerce department reviewed the application and did not recommend it"),
        new("未检查:市州商务主管部门尚未完成汇总审核推荐", "Not yet decided: the city commerce department has not yet reviewed and recommended the application"),
        new("市州已推荐,但缺少推荐文件", "Recommended by the city, but the recommendation document is missing"),
        new("由运营主体或企业向属地商务主管部门申报,经市州商务主管部门审核推荐", "Submitted by the operator or enterprise to the local commerce department and recommended by the city"),
    ];

    public override Decision Decide(DemonstrationProject facts, DateOnly asOf) => StepOf(facts) switch
    {
        Step.NotApplied => Decision.NotApplicable,
        Step.NoRoute or Step.NoDocument => new(Outcome.EvidenceIncomplete),
        Step.Pending => Decision.NotEvaluated,
        Step.Complete => new(Outcome.Met),
        _ => new(Failed),
    };

    protected override LocalizedText? Explain(DemonstrationProject facts, DateOnly asOf, in Decision decision) => Texts[(int)StepOf(facts)];

    protected override ImmutableArray<LocalizedText> Describe(DemonstrationProject facts, DateOnly asOf, in Decision decision) =>
        decision.Outcome == Outcome.Met && facts.Application?.Route?.RecommendationEvidence is { } evidence
            ? [Text.Of($"推荐文件:{evidence}", $"Recommendation: {evidence}")]
            : [];

    private static Step StepOf(DemonstrationProject facts) => facts.Application switch
    {
        null => Step.NotApplied,
        { Route: null } => Step.NoRoute,
        { Route.SubmittedBy: not (ApplicationSubmitter.OperatingEntity or ApplicationSubmitter.Enterprise) } => Step.WrongSubmitter,
        { Route.SubmittedToLocalCommerceDepartment: false } => Step.WrongRecipient,
        { Route.RecommendedByCity: false } => Step.Declined,
        { Route.RecommendedByCity: null } => Step.Pending,
        { Route.RecommendationEvidence: var evidence } when string.IsNullOrWhiteSpace(evidence) => Step.NoDocument,
        _ => Step.Complete,
    };
}
