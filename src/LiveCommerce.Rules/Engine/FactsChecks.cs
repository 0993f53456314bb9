using System.Collections.Immutable;
using LiveCommerce.Rules.Primitives;

namespace LiveCommerce.Rules.Engine;

/// <summary>Checks shared by the programmes' facts validators.</summary>
internal static class FactsChecks
{
    public static void NotBlank(string? value, string path, ValidationCollector problems)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            problems.Add(path, "blank", "不能为空", "Must not be empty.", value);
        }
    }

    /// <summary>Reports a null object (facts built in C# can break the non-null contract the JSON reader enforces).</summary>
    public static bool NotNull(object? value, string path, ValidationCollector problems)
    {
        if (value is null)
        {
            problems.Add(path, "null", "不能为 null", "Must not be null.");
            return false;
        }

        return true;
    }

    /// <summary>Reports a default (null) array and every null item in it.</summary>
    public static bool NoNullItems<T>(ImmutableArray<T> items, string path, ValidationCollector problems)
        where T : class
    {
        if (items.IsDefault)
        {
            problems.Add(path, "null", "不能为 null", "Must not be null.");
            return false;
        }

        bool ok = true;
        for (int i = 0; i < items.Length; i++)
        {
            if (items[i] is null)
            {
                problems.Add(FormattableString.Invariant($"{path}[{i}]"), "null", "数组项不能为 null", "An array item must not be null.");
                ok = false;
            }
        }

        return ok;
    }

    /// <summary>Reports every missing, duplicated and out-of-window month of a monthly series of items.</summary>
    public static void MonthlySeries<T>(ImmutableArray<T> items, Func<T, YearMonth> month, YearMonth first, YearMonth last, string arrayPath, ValidationCollector problems)
    {
        if (CoversExactly(items, month, first, last))
        {
            return; // the common case, checked without allocating
        }

        var months = new YearMonth[items.Length];
        for (int i = 0; i < months.Length; i++)
        {
            months[i] = month(items[i]);
        }

        MonthlySeries(months, first, last, arrayPath, problems);
    }

    /// <summary>Whether the items' months are exactly <paramref name="first"/>..<paramref name="last"/>, each once.</summary>
    private static bool CoversExactly<T>(ImmutableArray<T> items, Func<T, YearMonth> month, YearMonth first, YearMonth last)
    {
        int count = YearMonth.MonthsBetween(first, last) + 1;
        if (items.Length != count || count > 64)
        {
            return false;
        }

        ulong seen = 0;
        foreach (T item in items)
        {
            int i = YearMonth.MonthsBetween(first, month(item));
            ulong bit = 1UL << i;
            if (i < 0 || i >= count || (seen & bit) != 0)
            {
                return false;
            }

            seen |= bit;
        }

        return true; // as many distinct in-window months as the window has: none missing
    }

    /// <summary>Reports every missing, duplicated and out-of-window month of a monthly series given as an array.</summary>
    public static void MonthlySeries(IReadOnlyList<YearMonth> months, YearMonth first, YearMonth last, string arrayPath, ValidationCollector problems)
    {
        foreach (MonthProblem p in Primitives.MonthlySeries.FindProblems(months, first, last))
        {
            string month = p.Month.ToString();
            string window = $"{first}..{last}";
            switch (p.Kind)
            {
                case MonthProblemKind.Duplicate:
                    problems.Add($"{arrayPath}[{p.Index}].month", "month-duplicate", $"月份 {month} 重复", $"The month {month} appears more than once.", month);
                    break;
                case MonthProblemKind.OutsideWindow:
                    problems.Add($"{arrayPath}[{p.Index}].month", "month-outside-window", $"月份 {month} 不在 {window} 期间内", $"The month {month} is outside {window}.", month);
                    break;
                default:
                    problems.Add(arrayPath, "month-missing", $"缺少 {month} 的数据(应逐月填报 {window},未运营月份填 0)", $"No entry for {month}: give every month {window} (zero for a month before operation began).", month);
                    break;
            }
        }
    }

    /// <summary>
    /// Reports the list at <paramref name="path"/> when its amounts, taken without sign, total more than the largest amount of
    /// money, so that no rule's sum of them can overflow.
    /// </summary>
    /// <param name="items">The list.</param>
    /// <param name="yuan">An item's amount in yuan, 0 when it has none (a decimal, which comes back in registers where a
    /// <c>Money?</c> would be copied through memory).</param>
    /// <param name="path">The list's JSON path.</param>
    /// <param name="zhWhat">What the amounts are, in Chinese (投资额).</param>
    /// <param name="enWhat">What the amounts are, in English, plural (investments).</param>
    /// <param name="problems">Where to report.</param>
    public static void TotalInRange<T>(ImmutableArray<T> items, Func<T, decimal> yuan, string path, string zhWhat, string enWhat, ValidationCollector problems)
    {
        decimal total = 0m;
        foreach (T item in items)
        {
            total += Math.Abs(yuan(item));
        }

        if (total > Money.MaxYuan)
        {
            problems.Add(path, "range", $"{zhWhat}合计超出金额范围(最多 999,999,999,999,999.99 元)", $"The {enWhat} total more than the largest amount of money, ¥999,999,999,999,999.99.");
        }
    }
}
