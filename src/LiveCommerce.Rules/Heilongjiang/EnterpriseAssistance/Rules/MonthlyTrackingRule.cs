using LiveCommerce.Rules.Engine;
using LiveCommerce.Rules.Primitives;

namespace LiveCommerce.Rules.Heilongjiang.EnterpriseAssistance.Rules;

/// <summary>
/// 各市(地)商务局要按月跟踪助企行动工作进展: a tracking record in every calendar month of the local service period, which runs
/// from the month the earliest recorded service period of a target begins to the month the city's service period ends
/// (本地服务期结束). A month is due once it is over, so the month in progress never fails. A due month not tracked: not met
/// (measured: the due months tracked, against the due months); all of them tracked once the span is over: met. Every due
/// month tracked while later months are not over: not applicable (not yet due), with nothing measured. No target's service period recorded: not evaluated (the span is unknown). Tracking not
/// recorded: not applicable, like the city's other recorded duties.
/// </summary>
internal sealed class MonthlyTrackingRule() : Rule<AssistanceCityCohort>(EnterpriseAssistanceClauses.CohortMonthlyTracking)
{
    public override Decision Decide(AssistanceCityCohort facts, DateOnly asOf)
    {
        if (facts.ProgressTrackedMonths is not { } tracked)
        {
            return Decision.NotApplicable;
        }

        if (LocalServiceMonths(facts) is not { } span)
        {
            return Decision.NotEvaluated;
        }

        int due = span.DueAsOf(asOf);
        if (due == 0)
        {
            return Decision.NotApplicable;
        }

        // The facts list each month once (validated), so counting the due months among them is exact.
        int trackedDue = 0;
        foreach (YearMonth month in tracked)
        {
            trackedDue += span.IsAmongFirst(month, due) ? 1 : 0;
        }

        // Every due month tracked while later ones run: nothing to hold yet, and no measure that would read as a shortfall.
        return trackedDue == due && due < span.Count
            ? Decision.NotApplicable
            : Judge(new Quantity(trackedDue, Unit.Months), Threshold.AtLeast(due, Unit.Months, "按月"));
    }

    protected override LocalizedText? Explain(AssistanceCityCohort facts, DateOnly asOf, in Decision decision)
    {
        if (facts.ProgressTrackedMonths is not { } tracked)
        {
            return new("未记录按月跟踪助企行动工作进展的情况", "The monthly tracking of the action's progress is not recorded");
        }

        if (LocalServiceMonths(facts) is not { } span)
        {
            return new(
                "未检查:没有服务对象记录服务期,无法确定本地服务期的起始月份",
                "Not checked: no service target has a recorded service period, so the first month of the local service period is unknown");
        }

        int due = span.DueAsOf(asOf);
        if (due == 0)
        {
            return Text.Of($"按月跟踪尚未到期:本地服务期首月 {span.First} 尚未结束", $"Not yet due: the first month of the local service period, {span.First}, is not over");
        }

        if (decision.Outcome == Outcome.NotMet)
        {
            var done = new HashSet<YearMonth>(tracked);
            string missing = string.Join(", ", Enumerable.Range(0, due).Select(span.First.PlusMonths).Where(m => !done.Contains(m)));
            return Text.Of(
                $"本地服务期 {span} 中已结束的 {due} 个月,未跟踪:{missing}",
                $"Of the {due} month(s) of the local service period {span} that are over, not tracked: {missing}");
        }

        return due < span.Count
            ? Text.Of(
                $"本地服务期 {span} 中已结束的 {due} 个月均已跟踪;{span.First.PlusMonths(due)} 起的月份尚未结束",
                $"The {due} month(s) of the local service period {span} that are over were all tracked; the months from {span.First.PlusMonths(due)} on are not over yet")
            : Text.Of($"本地服务期 {span} 共 {span.Count} 个月均已按月跟踪", $"Every month of the local service period {span} ({span.Count}) was tracked");
    }

    protected override System.Collections.Immutable.ImmutableArray<LocalizedText> Describe(AssistanceCityCohort facts, DateOnly asOf, in Decision decision)
    {
        if (facts.ProgressTrackedMonths is not { } tracked || LocalServiceMonths(facts) is not { } span)
        {
            return [];
        }

        return [.. tracked.Where(m => !span.IsAmongFirst(m, span.Count)).Order().Select(m => Text.Of(
            $"跟踪月份 {m} 不在本地服务期 {span} 内,不计",
            $"Tracked month {m} lies outside the local service period {span}: not counted"))];
    }

    // From the month of the earliest recorded service period of a target to the month of the city's service period end;
    // null when no target records its period.
    private static MonthSpan? LocalServiceMonths(AssistanceCityCohort facts)
    {
        DateOnly? start = null;
        foreach (CohortEnterprise e in facts.Enterprises)
        {
            if (e.SelectedAsTarget && e.ServicePeriod is { } period && (start is null || period.Start < start))
            {
                start = period.Start;
            }
        }

        return start is { } first ? new MonthSpan(YearMonth.FromDate(first), YearMonth.FromDate(facts.ServicePeriodEnd)) : null;
    }

    // The calendar months First..Last, both included (validation keeps every target's period within the city's).
    private readonly record struct MonthSpan(YearMonth First, YearMonth Last)
    {
        public int Count => YearMonth.MonthsBetween(First, Last) + 1;

        // The months of the span that are over on asOf: every month before asOf's own.
        public int DueAsOf(DateOnly asOf) => Math.Clamp(YearMonth.MonthsBetween(First, YearMonth.FromDate(asOf)), 0, Count);

        public bool IsAmongFirst(YearMonth month, int count) => YearMonth.MonthsBetween(First, month) is var i && i >= 0 && i < count;

        public override string ToString() => First == Last ? First.ToString() : $"{First}–{Last}";
    }
}
