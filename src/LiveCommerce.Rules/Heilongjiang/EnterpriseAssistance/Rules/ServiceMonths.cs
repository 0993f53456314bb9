using System.Collections.Immutable;
using LiveCommerce.Rules.Engine;
using LiveCommerce.Rules.Primitives;

namespace LiveCommerce.Rules.Heilongjiang.EnterpriseAssistance.Rules;

/// <summary>
/// Splits an enterprise's monthly figures by its service period: only months inside it count (服务期内); months outside are
/// reported, never silently dropped; months of the period without figures count as zero and are reported too.
/// </summary>
internal static class ServiceMonths
{
    /// <summary>The figures of the months inside the service period, in month order (validation guarantees one per month).</summary>
    public static IEnumerable<MonthlyAccountFigures> Inside(AssistedEnterprise facts) =>
        facts.Monthly.Where(m => facts.ServicePeriod.Contains(m.Month)).OrderBy(m => m.Month);

    /// <summary>Notes for the months given outside the period and the months of the period with no figures.</summary>
    public static ImmutableArray<LocalizedText> BoundaryNotes(AssistedEnterprise facts, bool includeOutside = true)
    {
        ImmutableArray<LocalizedText>.Builder notes = ImmutableArray.CreateBuilder<LocalizedText>();
        ServicePeriod period = facts.ServicePeriod;
        string outside = string.Join(", ", facts.Monthly.Where(m => !period.Contains(m.Month)).OrderBy(m => m.Month).Select(m => m.Month.ToString()));
        if (includeOutside && outside.Length > 0)
        {
            notes.Add(Text.Of(
                $"服务期 {period} 以外的月份不计入:{outside}",
                $"Months outside the service period {period} are not counted: {outside}"));
        }

        var given = new HashSet<YearMonth>(facts.Monthly.Select(m => m.Month));
        string missing = string.Join(", ", Enumerable.Range(0, Math.Max(0, period.Months)).Select(period.FirstMonth.PlusMonths).Where(m => !given.Contains(m)).Select(m => m.ToString()));
        if (missing.Length > 0)
        {
            notes.Add(Text.Of(
                $"服务期内以下月份未填报数据,按 0 计:{missing}",
                $"No figures given for these months of the service period; counted as zero: {missing}"));
        }

        return notes.ToImmutable();
    }
}
