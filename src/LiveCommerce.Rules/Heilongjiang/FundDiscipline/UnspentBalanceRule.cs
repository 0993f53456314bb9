using LiveCommerce.Rules.Engine;
using LiveCommerce.Rules.Heilongjiang.Evidence;

namespace LiveCommerce.Rules.Heilongjiang.FundDiscipline;

/// <summary>
/// 对未按时完成项目资金结算的,结余资金按照财政的有关规定缴回省级财政 (<see cref="FundDisciplineClauses.UnspentReturned"/>): a
/// city's record of the unspent balance, the same in both 2022 plans. Returned, met; not returned, not met; nothing recorded
/// (settled on time, or no record yet), not applicable.
/// </summary>
internal static class UnspentBalanceRule
{
    private static readonly LocalizedText Returned = new("未按时结算项目的结余资金已缴回省级财政", "The balance of funds not settled on time was returned to the province");
    private static readonly LocalizedText NotReturned = new("未按时结算项目的结余资金未缴回省级财政", "The balance of funds not settled on time was not returned to the province");
    private static readonly LocalizedText NotRecorded = new("未记录结余资金(已按时结算或尚无记录)", "No unspent balance recorded (settled on time, or nothing recorded)");

    /// <summary>The rule of <paramref name="clause"/> over the city's record <paramref name="returned"/>.</summary>
    public static RecordedFlagRule<TFacts> Of<TFacts>(RuleDescriptor clause, Func<TFacts, bool?> returned) =>
        new(clause.Answered(Returned, NotReturned, NotRecorded), returned);
}
