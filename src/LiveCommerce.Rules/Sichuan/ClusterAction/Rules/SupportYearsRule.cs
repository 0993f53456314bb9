using System.Collections.Immutable;
using LiveCommerce.Rules.Engine;

namespace LiveCommerce.Rules.Sichuan.ClusterAction.Rules;

/// <summary>
/// 2023年启动评选…试点先行地,可连续给予三年支持: selection from 2023; support no earlier than the selection year and at most
/// three years (the cap is a tightening-only parameter). The default reading (<see cref="SupportYearsReading.ConsecutiveRun"/>)
/// asks for one consecutive run, which may start after selection; <see cref="SupportYearsReading.WithinYearsOfSelection"/>
/// asks instead that every year lie within the three years from selection, gaps allowed.
/// </summary>
/// <remarks>The options are read from the rule set when the rule evaluates (the base constructor builds the rules first).</remarks>
internal sealed class SupportYearsRule(Threshold maximumYears, SichuanClusterPilotRuleSet owner) : LegacyRule<SichuanClusterPilotApplication>(SichuanClauses.ClusterSupportYears)
{
    /// <summary>The first year pilots are selected (2023年启动评选).</summary>
    public const int FirstSelectionYear = 2023;

    public override Finding Evaluate(SichuanClusterPilotApplication facts, DateOnly asOf)
    {
        ImmutableArray<int> years = [.. facts.SupportYears.Distinct().Order()];
        int selection = facts.SelectionYear;
        var measured = Quantity.OfCount(years.Length) with { Unit = Unit.Years };
        if (facts.SelectionYear < FirstSelectionYear)
        {
            return Refuse(measured, () => Text.Of(
                $"评选年份 {selection} 早于 2023 年:集聚区试点自 2023 年启动评选",
                $"Selected in {selection}, before 2023: cluster pilots are selected from 2023"));
        }

        if (years.IsEmpty)
        {
            return Lazy(Outcome.Met, () => Text.Of($"{selection} 年入选,尚无支持年度", $"Selected in {selection}; no year of support yet"), measured: measured, required: maximumYears);
        }

        if (years[0] < facts.SelectionYear)
        {
            return Refuse(measured, () => Text.Of(
                $"支持年度 {years[0]} 早于评选年份 {selection}",
                $"Support in {years[0]} precedes the selection in {selection}"));
        }

        int limit = (int)maximumYears.Bound.Value;
        if (owner.Options.SupportYears == SupportYearsReading.WithinYearsOfSelection)
        {
            int last = selection + limit - 1;
            if (years[^1] > last)
            {
                int outside = years.First(y => y > last);
                return Refuse(measured, () => Text.Of(
                    $"支持年度 {outside} 超出自 {selection} 年入选起的 {limit} 年({selection}–{last})",
                    $"Support in {outside} falls outside the {limit} years from the selection in {selection} ({selection}–{last})"));
            }

            return Lazy(Outcome.Met, () => Text.Of(
                $"{selection} 年入选,支持年度 {string.Join("、", years)} 均在入选起 {limit} 年内({selection}–{last})",
                $"Selected in {selection}; every year of support ({string.Join(", ", years)}) lies within the {limit} years from selection ({selection}–{last})"), measured: measured, required: maximumYears);
        }

        for (int i = 1; i < years.Length; i++)
        {
            if (years[i] != years[i - 1] + 1)
            {
                int before = years[i - 1], after = years[i];
                return Refuse(measured, () => Text.Of(
                    $"支持年度不连续:{before} 年之后为 {after} 年,中间间断;只能连续给予支持",
                    $"The years of support are not consecutive: {before} is followed by {after}; support may only be given in consecutive years"));
            }
        }

        if (!maximumYears.IsMetBy(measured))
        {
            int refused = years.Length > limit ? years[limit] : years[^1];
            return Refuse(measured, () => Text.Of(
                $"连续支持 {years.Length} 年({years[0]}–{years[^1]}),超过最多连续 {limit} 年;{refused} 年起不予支持",
                $"Support for {years.Length} consecutive years ({years[0]}–{years[^1]}) exceeds the {limit}-year maximum; support from {refused} on is refused"));
        }

        return Lazy(Outcome.Met, () => Text.Of(
            $"{selection} 年入选,连续支持 {years.Length} 年({years[0]}–{years[^1]})",
            $"Selected in {selection}; supported for {years.Length} consecutive year(s) ({years[0]}–{years[^1]})"), measured: measured, required: maximumYears);
    }

    private Finding Refuse(Quantity measured, Func<LocalizedText> reason) =>
        Lazy(Outcome.NotMet, reason, measured: measured, required: maximumYears);
}
