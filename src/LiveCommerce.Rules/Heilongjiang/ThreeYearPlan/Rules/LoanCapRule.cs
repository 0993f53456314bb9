using LiveCommerce.Rules.Engine;
using LiveCommerce.Rules.Primitives;

namespace LiveCommerce.Rules.Heilongjiang.ThreeYearPlan.Rules;

/// <summary>
/// 对符合创业担保贷款贴息政策条件的直播电商创业可给予最高20万元个人创业担保贷款: only for a borrower meeting the
/// interest-subsidy conditions; 最高 is a cap, so ¥200,000.00 passes and ¥200,000.01 does not.
/// </summary>
internal sealed class LoanCapRule(Threshold cap) : LegacyRule<PlanMeasuresCase>(PlanMeasuresClauses.LoanCap)
{
    private static readonly LocalizedText NoLoan = new("未涉及创业担保贷款", "No start-up guarantee loan given");
    private static readonly LocalizedText CapLabel = new("个人创业担保贷款上限", "Cap on the personal start-up guarantee loan");
    private static readonly LocalizedText NotEligible = new("借款人不符合创业担保贷款贴息政策条件", "The borrower does not meet the start-up guarantee loan interest-subsidy conditions");

    public override Finding Evaluate(PlanMeasuresCase facts, DateOnly asOf)
    {
        if (facts.Loan is not { } loan)
        {
            return With(Outcome.NotApplicable, NoLoan);
        }

        Money capAmount = Money.FromYuan(cap.Bound.Value);
        var amount = new ComputedAmount(AmountKind.Cap, CapLabel, capAmount, FormattableString.Invariant($"最高 {capAmount}"));
        if (!loan.MeetsInterestSubsidyConditions)
        {
            return With(
                Outcome.NotMet,
                NotEligible,
                amount: amount,
                measured: Quantity.Of(loan.Amount),
                required: cap);
        }

        return Judge(Quantity.Of(loan.Amount), cap, amount: amount);
    }
}
