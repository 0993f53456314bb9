using LiveCommerce.Rules.Engine;

namespace LiveCommerce.Rules.Guizhou.ShiBaiQianWan.Rules;

/// <summary>
/// 示范项目申报由项目建设运营主体或企业向属地商务主管部门提交申报材料,市州商务主管部门汇总审核推荐: submitted by the operating
/// entity or the enterprise, to the local commerce department, and recommended by the city with its recommendation on file.
/// </summary>
/// <remarks>Decision order: no route on record → evidence incomplete; another submitter, another recipient or the city declining
/// → not met; the city not yet decided → not evaluated; recommended without the document → evidence incomplete; else met.
/// Either submitter is accepted for every category (the clause pairs them with the categories only loosely).</remarks>
internal sealed class ApplicationRouteRule() : LegacyRule<DemonstrationProject>(ShiBaiQianWanClauses.Route)
{
    private static readonly LocalizedText NotApplied = new("本年度未申报", "No application this year");
    private static readonly LocalizedText NoRoute = new("缺少申报途径记录(申报主体、属地商务主管部门受理、市州审核推荐)", "No record of the application route (submitter, local commerce department, city recommendation)");
    private static readonly LocalizedText WrongSubmitter = new("申报材料须由项目建设运营主体或企业提交", "The application must be submitted by the project's operating entity or the enterprise");
    private static readonly LocalizedText WrongRecipient = new("申报材料须提交属地商务主管部门", "The application must be submitted to the local commerce department");
    private static readonly LocalizedText Declined = new("市州商务主管部门审核后未予推荐", "The city commerce department reviewed the application and did not recommend it");
    private static readonly LocalizedText Pending = new("未检查:市州商务主管部门尚未完成汇总审核推荐", "Not yet decided: the city commerce department has not yet reviewed and recommended the application");
    private static readonly LocalizedText NoDocument = new("市州已推荐,但缺少推荐文件", "Recommended by the city, but the recommendation document is missing");
    private static readonly LocalizedText Complete = new("由运营主体或企业向属地商务主管部门申报,经市州商务主管部门审核推荐", "Submitted by the operator or enterprise to the local commerce department and recommended by the city");

    public override Finding Evaluate(DemonstrationProject facts, DateOnly asOf)
    {
        if (facts.Application is not { } application)
        {
            return With(Outcome.NotApplicable, NotApplied);
        }

        if (application.Route is not { } route)
        {
            return With(Outcome.EvidenceIncomplete, NoRoute);
        }

        if (route.SubmittedBy is not (ApplicationSubmitter.OperatingEntity or ApplicationSubmitter.Enterprise))
        {
            return Flag(false, WrongSubmitter);
        }

        if (!route.SubmittedToLocalCommerceDepartment)
        {
            return Flag(false, WrongRecipient);
        }

        return route.RecommendedByCity switch
        {
            false => Flag(false, Declined),
            null => With(Outcome.NotEvaluated, Pending),
            true when string.IsNullOrWhiteSpace(route.RecommendationEvidence) => With(Outcome.EvidenceIncomplete, NoDocument),
            true => Flag(true, Complete, [Text.Of($"推荐文件:{route.RecommendationEvidence}", $"Recommendation: {route.RecommendationEvidence}")]),
        };
    }
}
