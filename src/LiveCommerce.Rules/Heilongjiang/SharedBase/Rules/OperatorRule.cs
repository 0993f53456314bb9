using LiveCommerce.Rules.Engine;

namespace LiveCommerce.Rules.Heilongjiang.SharedBase.Rules;

/// <summary>①具有法人资格的运营管理机构单位、正式投入运营1年以上.</summary>
/// <remarks>"1年以上" includes one year: the base passes once start + 12 months ≤ the as-of date.</remarks>
internal sealed class OperatorRule(Threshold minimumMonths) : Rule<SharedBaseApplication>(SharedBaseClauses.Operator)
{
    public override Finding Evaluate(SharedBaseApplication facts, DateOnly asOf)
    {
        int months = CompletedMonths(facts.Operator.OperationStartDate, asOf);
        var measured = new Quantity(months, Unit.Months);
        if (facts.Operator.IsLegalEntity)
        {
            return Judge(measured, minimumMonths);
        }

        string name = facts.Operator.Name;
        return Lazy(
            Outcome.NotMet,
            () => Text.Of($"运营管理机构“{name}”不具有法人资格", $"The operator '{name}' is not a legal entity"),
            measured: measured,
            required: minimumMonths);
    }

    public override bool Passes(SharedBaseApplication facts, DateOnly asOf) =>
        facts.Operator.IsLegalEntity && minimumMonths.IsMetBy(CompletedMonths(facts.Operator.OperationStartDate, asOf));

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
