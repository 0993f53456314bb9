using LiveCommerce.Rules.Engine;
using LiveCommerce.Rules.Primitives;

namespace LiveCommerce.Rules.Heilongjiang.ThreeYearPlan.Rules;

/// <summary>
/// 对符合创业担保贷款贴息政策条件的直播电商创业可给予最高20万元个人创业担保贷款: only for a borrower meeting the
/// interest-subsidy conditions; 最高 is a cap, so ¥200,000.00 passes and ¥200,000.01 does not.
/// </summary>
internal sealed class LoanCapRule(Threshold cap) : MeasureRule<StartUpGuaranteeLoan>(PlanMeasuresClauses.LoanCap, NoLoanText)
{
    /// <summary>Why a case without a loan is not applicable to the loan clauses.</summary>
    public static readonly LocalizedText NoLoanText = new("未涉及创业担保贷款", "No start-up guarantee loan given");

    private static readonly LocalizedText CapLabel = new("个人创业担保贷款上限", "Cap on the personal start-up guarantee loan");
    private static readonly LocalizedText NotEligible = new("借款人不符合创业担保贷款贴息政策条件", "The borrower does not meet the start-up guarantee loan interest-subsidy conditions");

    protected override StartUpGuaranteeLoan? MeasureOf(PlanMeasuresCase facts) => facts.Loan;

    protected override Decision Decide(StartUpGuaranteeLoan loan, DateOnly asOf)
    {
        Money capAmount = Money.FromYuan(cap.Bound.Value);
        var amount = ComputedAmount.Prefixed(AmountKind.Cap, CapLabel, capAmount, "最高 ");
        return loan.MeetsInterestSubsidyConditions
            ? Judge(Quantity.Of(loan.Amount), cap, amount)
            : new(Failed, Quantity.Of(loan.Amount), cap, amount);
    }

    protected override LocalizedText? Explain(StartUpGuaranteeLoan loan, DateOnly asOf, in Decision decision) =>
        loan.MeetsInterestSubsidyConditions ? null : NotEligible;
}
