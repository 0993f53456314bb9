using LiveCommerce.Rules.Engine;

namespace LiveCommerce.Rules.Heilongjiang.EnterpriseAssistance.Rules;

/// <summary>
/// 省商务厅负责发布助企行动满意度调查问卷,各市(地)商务局负责组织各服务对象进行在线填报: every service target fills in the
/// survey. A target that did not is not met; while the survey is recorded for some targets only, the others are not
/// counted as done (not evaluated, naming them); recorded for none, not applicable.
/// </summary>
internal sealed class SatisfactionSurveyRule() : Rule<AssistanceCityCohort>(EnterpriseAssistanceClauses.CohortSatisfactionSurvey)
{
    private static readonly LocalizedText NoneRecorded = new("未记录服务对象填报满意度调查问卷的情况", "No service target's satisfaction survey is recorded");

    // One pass: not met at the first target recorded as not having filled it in.
    public override Decision Decide(AssistanceCityCohort facts, DateOnly asOf)
    {
        bool anyRecorded = false;
        bool anyUnrecorded = false;
        foreach (CohortEnterprise e in facts.Enterprises)
        {
            if (!e.SelectedAsTarget)
            {
                continue;
            }

            switch (e.SatisfactionSurveySubmitted)
            {
                case false:
                    return Flag(false);
                case true:
                    anyRecorded = true;
                    break;
                default:
                    anyUnrecorded = true;
                    break;
            }
        }

        return !anyRecorded ? Decision.NotApplicable
            : anyUnrecorded ? Decision.NotEvaluated
            : Flag(true);
    }

    protected override LocalizedText? Explain(AssistanceCityCohort facts, DateOnly asOf, in Decision decision)
    {
        if (decision.Outcome == Outcome.NotApplicable)
        {
            return NoneRecorded;
        }

        CohortEnterprise[] targets = [.. facts.Enterprises.Where(e => e.SelectedAsTarget)];
        if (decision.Outcome == Outcome.Met)
        {
            return Text.Of($"服务对象 {targets.Length} 家均已在线填报满意度调查问卷", $"All {targets.Length} service target(s) filled in the satisfaction survey online");
        }

        string unrecorded = string.Join(", ", targets.Where(e => e.SatisfactionSurveySubmitted is null).Select(e => e.EnterpriseId));
        if (decision.Outcome == Outcome.NotEvaluated)
        {
            return Text.Of(
                $"未检查:以下服务对象未记录是否填报满意度调查问卷:{unrecorded}",
                $"Not checked: whether these service target(s) filled in the satisfaction survey is not recorded: {unrecorded}");
        }

        string notFilled = string.Join(", ", targets.Where(e => e.SatisfactionSurveySubmitted == false).Select(e => e.EnterpriseId));
        return unrecorded.Length == 0
            ? Text.Of($"以下服务对象未填报满意度调查问卷:{notFilled}", $"Service target(s) that did not fill in the satisfaction survey: {notFilled}")
            : Text.Of(
                $"以下服务对象未填报满意度调查问卷:{notFilled};未记录:{unrecorded}",
                $"Service target(s) that did not fill in the satisfaction survey: {notFilled}; not recorded: {unrecorded}");
    }
}
