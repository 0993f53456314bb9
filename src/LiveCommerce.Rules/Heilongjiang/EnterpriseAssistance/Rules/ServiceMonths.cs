using System.Collections.Immutable;
using LiveCommerce.Rules.Engine;
using LiveCommerce.Rules.Primitives;

namespace LiveCommerce.Rules.Heilongjiang.EnterpriseAssistance.Rules;

/// <summary>
/// Splits an enterprise's monthly figures by its service period: only months the period covers count (服务期内; a month it
/// covers in part is given for the days inside it); months outside are reported, never silently dropped; months of the
/// period without figures count as zero and are reported too. A period still running on the as-of date is not yet due.
/// </summary>
internal static class ServiceMonths
{
    /// <summary>The figures of the months the service period covers, in month order (validation guarantees one per month).</summary>
    public static IEnumerable<MonthlyAccountFigures> Inside(AssistedEnterprise facts) =>
        facts.Monthly.Where(m => facts.ServicePeriod.Overlaps(m.Month)).OrderBy(m => m.Month);

    /// <summary>Whether the service period is still running on <paramref name="asOf"/>: its standards are not yet due.</summary>
    public static bool Running(AssistedEnterprise facts, DateOnly asOf) => asOf < facts.ServicePeriod.End;

    /// <summary>The calendar months the period covers, wholly or in part.</summary>
    public static IEnumerable<YearMonth> Covered(ServicePeriod period)
    {
        YearMonth first = YearMonth.FromDate(period.Start);
        int months = YearMonth.MonthsBetween(first, YearMonth.FromDate(period.End));
        for (int i = 0; i <= months; i++)
        {
            yield return first.PlusMonths(i);
        }
    }

    /// <summary>Holds a figure of the service period to its standard: a standard not reached while the period is still running
    /// is not yet due (not evaluated), never not met.</summary>
    public static Decision Judge(AssistedEnterprise facts, DateOnly asOf, Quantity measured, Threshold required) =>
        new(required.IsMetBy(measured) ? Outcome.Met : Running(facts, asOf) ? Outcome.NotEvaluated : Outcome.NotMet, measured, required);

    /// <summary>The explanation of a standard <see cref="Judge"/> found not yet due; <see langword="null"/> for any other decision.</summary>
    public static LocalizedText? Explain(AssistedEnterprise facts, DateOnly asOf, in Decision decision) =>
        decision.Outcome != Outcome.NotEvaluated
            ? null
            : Text.Of(
                $"尚未到期:服务期 {facts.ServicePeriod} 尚未结束(评估日期 {asOf:yyyy-MM-dd}),暂未达到标准",
                $"Not yet due: the service period {facts.ServicePeriod} is still running as of {asOf:yyyy-MM-dd}, and the standard is not reached yet");

    /// <summary>Notes for the months given outside the period and the months of the period with no figures.</summary>
    public static ImmutableArray<LocalizedText> BoundaryNotes(AssistedEnterprise facts, bool includeOutside = true)
    {
        ImmutableArray<LocalizedText>.Builder notes = ImmutableArray.CreateBuilder<LocalizedText>();
        ServicePeriod period = facts.ServicePeriod;
        string outside = string.Join(", ", facts.Monthly.Where(m => !period.Overlaps(m.Month)).OrderBy(m => m.Month).Select(m => m.Month.ToString()));
        if (includeOutside && outside.Length > 0)
        {
            notes.Add(Text.Of(
                $"服务期 {period} 以外的月份不计入:{outside}",
                $"Months outside the service period {period} are not counted: {outside}"));
        }

        var given = new HashSet<YearMonth>(facts.Monthly.Select(m => m.Month));
        string missing = string.Join(", ", Covered(period).Where(m => !given.Contains(m)).Select(m => m.ToString()));
        if (missing.Length > 0)
        {
            notes.Add(Text.Of(
                $"服务期内以下月份未填报数据,按 0 计:{missing}",
                $"No figures given for these months of the service period; counted as zero: {missing}"));
        }

        return notes.ToImmutable();
    }
}
