using System.Collections.Immutable;
using LiveCommerce.Rules.Engine;
using LiveCommerce.Rules.Primitives;

namespace LiveCommerce.Rules.Heilongjiang;

/// <summary>The validators' check that a list's amounts can be summed: what each Heilongjiang rule set that sums money
/// (investments, subsidies, payments) asks of its facts.</summary>
/// <remarks>Not Heilongjiang's own logic: it could move to the engine's <see cref="FactsChecks"/>.</remarks>
internal static class AmountChecks
{
    /// <summary>
    /// Reports the list at <paramref name="path"/> when its amounts, taken without sign, total more than the largest amount of
    /// money, so that no rule's sum of them can overflow.
    /// </summary>
    /// <param name="items">The list.</param>
    /// <param name="amount">An item's amount, if it has one.</param>
    /// <param name="path">The list's JSON path.</param>
    /// <param name="zhWhat">What the amounts are, in Chinese (投资额).</param>
    /// <param name="enWhat">What the amounts are, in English, plural (investments).</param>
    /// <param name="problems">Where to report.</param>
    public static void TotalInRange<T>(ImmutableArray<T> items, Func<T, Money?> amount, string path, string zhWhat, string enWhat, ValidationCollector problems)
    {
        decimal total = 0m;
        foreach (T item in items)
        {
            total += Math.Abs(amount(item)?.Yuan ?? 0m);
        }

        if (total > Money.MaxYuan)
        {
            problems.Add(path, "range", $"{zhWhat}合计超出金额范围(最多 999,999,999,999,999.99 元)", $"The {enWhat} total more than the largest amount of money, ¥999,999,999,999,999.99.");
        }
    }
}
