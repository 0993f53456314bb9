using LiveCommerce.Rules.Engine;

namespace LiveCommerce.Rules.Heilongjiang.SharedBase.Rules;

/// <summary>①具有法人资格的运营管理机构单位、正式投入运营1年以上.</summary>
/// <remarks>"1年以上" includes one year: the base passes once start + 12 months ≤ the as-of date.</remarks>
internal sealed class OperatorRule(Threshold minimumMonths) : Rule<SharedBaseApplication>(SharedBaseClauses.Operator)
{
    public override Decision Decide(SharedBaseApplication facts, DateOnly asOf)
    {
        var measured = new Quantity(CompletedMonths(facts.Operator.OperationStartDate, asOf), Unit.Months);
        return facts.Operator.IsLegalEntity ? Judge(measured, minimumMonths) : new Decision(Outcome.NotMet, measured, minimumMonths);
    }

    protected override LocalizedText? Explain(SharedBaseApplication facts, DateOnly asOf, in Decision decision) =>
        facts.Operator.IsLegalEntity ? null : Text.Of($"运营管理机构“{facts.Operator.Name}”不具有法人资格", $"The operator '{facts.Operator.Name}' is not a legal entity");

    /// <summary>Whole months from <paramref name="start"/> to <paramref name="asOf"/>: the largest m with start + m months ≤ asOf.</summary>
    internal static int CompletedMonths(DateOnly start, DateOnly asOf)
    {
        if (asOf < start)
        {
            return 0;
        }

        int months = ((asOf.Year - start.Year) * 12) + asOf.Month - start.Month;

        // start + months lands in asOf's month on a day no later than start's: only an earlier asOf day needs the
        // calendar (AddMonths clamps 31 January + 1 month to 28 February).
        return asOf.Day >= start.Day || start.AddMonths(months) <= asOf ? months : months - 1;
    }
}
