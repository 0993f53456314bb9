using System.Collections.Immutable;
using LiveCommerce.Rules.Engine;

namespace LiveCommerce.Rules.Guizhou.ShiBaiQianWan.Rules;

/// <summary>
/// 对……运营主体分别给予不超过300万元、50万元、5万元、5万元的一次性奖励: the operator of a recognised project may receive
/// a one-off reward up to its category's cap (a cap, never an entitlement). 一次性: an earlier one-off award in the same
/// category refuses the claim, citing it.
/// </summary>
internal sealed class OneOffRewardRule(SupportMeasures measures) : Rule<SupportClaim>(ShiBaiQianWanClauses.OneOffReward)
{
    private static readonly LocalizedText NotClaimed = new("未申报示范项目一次性奖励(无已认定的示范项目类别)", "No one-off reward claimed (no recognised demonstration category)");
    private static readonly LocalizedText CapLabel = new("示范项目一次性奖励上限", "Demonstration project one-off reward: cap");

    public override Decision Decide(SupportClaim facts, DateOnly asOf) => facts.RecognisedCategory is not { } category || measures.OneOff(facts) is not { } cap
        ? Decision.NotApplicable
        : !cap.Eligible ? new(Outcome.NotMet, workings: cap)
        : Stacking.Met(Descriptor, measures, facts, asOf, CapLabel, cap, measures.OneOffCapAsPaid(category, cap.Cap), null);

    protected override LocalizedText? Explain(SupportClaim facts, DateOnly asOf, in Decision decision)
    {
        if (facts.RecognisedCategory is not { } category || Stacking.CapOf(decision) is not { } cap)
        {
            return NotClaimed;
        }

        if (!cap.Eligible)
        {
            return cap.Reason?.Invoke();
        }

        LocalizedText name = DemonstrationCategories.Name(category);
        return Text.Of($"已认定的{name.ZhCn}运营主体:一次性奖励不超过 {cap.Cap}", $"Operator of a recognised {name.En}: one-off reward of at most {cap.Cap}");
    }

    protected override ImmutableArray<LocalizedText> Describe(SupportClaim facts, DateOnly asOf, in Decision decision) =>
        Stacking.CapOf(decision) is not { } cap ? []
        : cap.Eligible ? Stacking.Notes(Descriptor, measures, facts, asOf, cap)
        : [cap.FormulaNote];
}
