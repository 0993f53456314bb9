using LiveCommerce.Rules.Engine;

namespace LiveCommerce.Rules.Heilongjiang.ThreeYearPlan.Rules;

/// <summary>
/// 对符合创业担保贷款贴息政策条件的直播电商创业……对新发放10万元以下贷款免除反担保要求: the exemption belongs to the
/// start-up guarantee loan policy, so a borrower that does not meet its conditions is not applicable. 以下 includes the
/// number, so a newly issued loan of exactly ¥100,000.00 is exempt and ¥100,000.01 is not. For an exempt loan a demanded
/// counter-guarantee is not met; for any other loan the exemption does not apply.
/// </summary>
internal sealed class NoCounterGuaranteeRule(Threshold exemptUpTo)
    : MeasureRule<StartUpGuaranteeLoan>(PlanMeasuresClauses.LoanNoCounterGuarantee, LoanCapRule.NoLoanText)
{
    private static readonly LocalizedText NotEligible = new("借款人不符合创业担保贷款贴息政策条件,不适用免除反担保", "The borrower does not meet the start-up guarantee loan conditions: the exemption does not apply");
    private static readonly LocalizedText NotNew = new("非新发放贷款,不适用免除反担保", "Not a newly issued loan: the exemption does not apply");

    protected override StartUpGuaranteeLoan? MeasureOf(PlanMeasuresCase facts) => facts.Loan;

    protected override Decision Decide(StartUpGuaranteeLoan loan, DateOnly asOf) =>
        IsExempt(loan) ? new(loan.CounterGuaranteeRequired ? Failed : Outcome.Met, Quantity.Of(loan.Amount), exemptUpTo) : Decision.NotApplicable;

    protected override LocalizedText? Explain(StartUpGuaranteeLoan loan, DateOnly asOf, in Decision decision) =>
        !loan.MeetsInterestSubsidyConditions ? NotEligible
        : !loan.NewlyIssued ? NotNew
        : !IsExempt(loan) ? Text.Of($"贷款 {loan.Amount} 超过 {exemptUpTo.Bound.Format(ReportLanguage.ChineseSimplified)},不免除反担保", $"The loan of {loan.Amount} is above {exemptUpTo.Bound.Format(ReportLanguage.English)}: no exemption (a counter-guarantee may be required)")
        : loan.CounterGuaranteeRequired ? Text.Of($"新发放贷款 {loan.Amount} 属10万元以下,应免除反担保,但被要求提供反担保", $"The new loan of {loan.Amount} is ¥100,000 or less and exempt, yet a counter-guarantee was demanded")
        : Text.Of($"新发放贷款 {loan.Amount} 属10万元以下,已免除反担保", $"The new loan of {loan.Amount} is ¥100,000 or less: no counter-guarantee, as required");

    /// <summary>Whether <paramref name="loan"/> is exempt: a newly issued loan up to the bound, to a borrower under the policy.</summary>
    private bool IsExempt(StartUpGuaranteeLoan loan) =>
        loan.MeetsInterestSubsidyConditions && loan.NewlyIssued && exemptUpTo.IsMetBy(Quantity.Of(loan.Amount));
}
