using LiveCommerce.Rules.Engine;
using LiveCommerce.Rules.Heilongjiang.Evidence;

namespace LiveCommerce.Rules.Heilongjiang.EnterpriseAssistance.Rules;

/// <summary>
/// 省商务厅负责发布助企行动满意度调查问卷,各市(地)商务局负责组织各服务对象进行在线填报: every service target fills in the
/// survey. A target that did not is not met; while the survey is recorded for some targets only, the others are not
/// counted as done (not evaluated, naming them); recorded for none, not applicable.
/// </summary>
internal static class SatisfactionSurveyRule
{
    private static readonly ApplicantDutyTexts Texts = new(
        new LocalizedText("未记录服务对象填报满意度调查问卷的情况", "No service target's satisfaction survey is recorded"),
        static targets => Text.Of($"服务对象 {targets} 家均已在线填报满意度调查问卷", $"All {targets} service target(s) filled in the satisfaction survey online"),
        static (_, notFilled, unrecorded) => unrecorded.Length == 0
            ? Text.Of($"以下服务对象未填报满意度调查问卷:{notFilled}", $"Service target(s) that did not fill in the satisfaction survey: {notFilled}")
            : Text.Of(
                $"以下服务对象未填报满意度调查问卷:{notFilled};未记录:{unrecorded}",
                $"Service target(s) that did not fill in the satisfaction survey: {notFilled}; not recorded: {unrecorded}"),
        static unrecorded => Text.Of(
            $"未检查:以下服务对象未记录是否填报满意度调查问卷:{unrecorded}",
            $"Not checked: whether these service target(s) filled in the satisfaction survey is not recorded: {unrecorded}"));

    public static ApplicantDutyRule<AssistanceCityCohort, CohortEnterprise> Create() =>
        new(EnterpriseAssistanceClauses.CohortSatisfactionSurvey, static f => f.Enterprises, static e => e.EnterpriseId, State, Texts);

    private static DutyState State(CohortEnterprise e) =>
        !e.SelectedAsTarget ? DutyState.NotOwed
        : e.SatisfactionSurveySubmitted switch { true => DutyState.Done, false => DutyState.NotDone, null => DutyState.NotRecorded };
}
