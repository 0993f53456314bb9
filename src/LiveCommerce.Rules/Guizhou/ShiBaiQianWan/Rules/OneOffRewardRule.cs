using LiveCommerce.Rules.Engine;

namespace LiveCommerce.Rules.Guizhou.ShiBaiQianWan.Rules;

/// <summary>
/// 对……运营主体分别给予不超过300万元、50万元、5万元、5万元的一次性奖励: the operator of a recognised project may receive
/// a one-off reward up to its category's cap (a cap, never an entitlement). 一次性: an earlier one-off award in the same
/// category refuses the claim, citing it.
/// </summary>
internal sealed class OneOffRewardRule(SupportMeasures measures) : LegacyRule<SupportClaim>(ShiBaiQianWanClauses.OneOffReward)
{
    private static readonly LocalizedText NotClaimed = new("未申报示范项目一次性奖励(无已认定的示范项目类别)", "No one-off reward claimed (no recognised demonstration category)");

    public override Finding Evaluate(SupportClaim facts, DateOnly asOf)
    {
        if (facts.RecognisedCategory is not { } category || measures.OneOff(facts) is not { } cap)
        {
            return With(Outcome.NotApplicable, NotClaimed);
        }

        if (!cap.Eligible)
        {
            return Lazy(Outcome.NotMet, cap.Reason, () => [Text.Of($"公式:{cap.Formula}", $"Formula: {cap.Formula}")]);
        }

        var threshold = Threshold.AtMost(cap.Cap.Yuan, Unit.Yuan, "不超过");
        return Stacking.Apply(
            this,
            measures,
            facts,
            asOf,
            () =>
            {
                LocalizedText name = DemonstrationCategories.Name(category);
                return Text.Of(
                    $"已认定的{name.ZhCn}运营主体:一次性奖励不超过 {cap.Cap}",
                    $"Operator of a recognised {name.En}: one-off reward of at most {cap.Cap}");
            },
            cap,
            threshold,
            null);
    }

    public override bool Passes(SupportClaim facts, DateOnly asOf) => measures.OneOff(facts) is null or { Eligible: true };
}
