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
}
