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
internal sealed class SupportYearsRule(Threshold maximumYears, SichuanClusterPilotRuleSet owner) : Rule<SichuanClusterPilotApplication>(SichuanClauses.ClusterSupportYears)
{
    /// <summary>The first year pilots are selected (2023年启动评选).</summary>
    public const int FirstSelectionYear = 2023;

    /// <summary>What the years of support were found to be.</summary>
    private enum Case
    {
        SelectedTooEarly,
        NoSupportYet,
        BeforeSelection,
        OutsideWindow,
        WithinWindow,
        Gap,
        TooMany,
        Consecutive,
    }

    /// <summary>The case, the years of support (sorted, distinct) and the years its text names.</summary>
    private readonly record struct Verdict(Case Case, ImmutableArray<int> Years, int Year = 0, int Other = 0)
    {
        public bool Met => Case is Case.NoSupportYet or Case.WithinWindow or Case.Consecutive;
    }

    private int Limit => (int)maximumYears.Bound.Value;

    public override Decision Decide(SichuanClusterPilotApplication facts, DateOnly asOf)
    {
        Verdict verdict = Judge(facts);
        return new Decision(verdict.Met ? Outcome.Met : Outcome.NotMet, Quantity.OfCount(verdict.Years.Length) with { Unit = Unit.Years }, maximumYears);
    }

    protected override LocalizedText? Explain(SichuanClusterPilotApplication facts, DateOnly asOf, in Decision decision)
    {
        Verdict v = Judge(facts);
        ImmutableArray<int> years = v.Years;
        int selection = facts.SelectionYear, limit = Limit, last = selection + limit - 1;
        return v.Case switch
        {
            Case.SelectedTooEarly => Text.Of(
                $"评选年份 {selection} 早于 2023 年:集聚区试点自 2023 年启动评选",
                $"Selected in {selection}, before 2023: cluster pilots are selected from 2023"),
            Case.NoSupportYet => Text.Of($"{selection} 年入选,尚无支持年度", $"Selected in {selection}; no year of support yet"),
            Case.BeforeSelection => Text.Of(
                $"支持年度 {years[0]} 早于评选年份 {selection}",
                $"Support in {years[0]} precedes the selection in {selection}"),
            Case.OutsideWindow => Text.Of(
                $"支持年度 {v.Year} 超出自 {selection} 年入选起的 {limit} 年({selection}–{last})",
                $"Support in {v.Year} falls outside the {limit} years from the selection in {selection} ({selection}–{last})"),
            Case.WithinWindow => Text.Of(
                $"{selection} 年入选,支持年度 {string.Join("、", years)} 均在入选起 {limit} 年内({selection}–{last})",
                $"Selected in {selection}; every year of support ({string.Join(", ", years)}) lies within the {limit} years from selection ({selection}–{last})"),
            Case.Gap => Text.Of(
                $"支持年度不连续:{v.Year} 年之后为 {v.Other} 年,中间间断;只能连续给予支持",
                $"The years of support are not consecutive: {v.Year} is followed by {v.Other}; support may only be given in consecutive years"),
            Case.TooMany => Text.Of(
                $"连续支持 {years.Length} 年({years[0]}–{years[^1]}),超过最多连续 {limit} 年;{v.Year} 年起不予支持",
                $"Support for {years.Length} consecutive years ({years[0]}–{years[^1]}) exceeds the {limit}-year maximum; support from {v.Year} on is refused"),
            _ => Text.Of(
                $"{selection} 年入选,连续支持 {years.Length} 年({years[0]}–{years[^1]})",
                $"Selected in {selection}; supported for {years.Length} consecutive year(s) ({years[0]}–{years[^1]})"),
        };
    }

    private Verdict Judge(SichuanClusterPilotApplication facts)
    {
        ImmutableArray<int> years = [.. facts.SupportYears.Distinct().Order()];
        int selection = facts.SelectionYear;
        if (selection < FirstSelectionYear)
        {
            return new(Case.SelectedTooEarly, years);
        }

        if (years.IsEmpty)
        {
            return new(Case.NoSupportYet, years);
        }

        if (years[0] < selection)
        {
            return new(Case.BeforeSelection, years);
        }

        int limit = Limit;
        if (owner.Options.SupportYears == SupportYearsReading.WithinYearsOfSelection)
        {
            int last = selection + limit - 1;
            return years[^1] > last ? new(Case.OutsideWindow, years, years.First(y => y > last)) : new(Case.WithinWindow, years);
        }

        for (int i = 1; i < years.Length; i++)
        {
            if (years[i] != years[i - 1] + 1)
            {
                return new(Case.Gap, years, years[i - 1], years[i]);
            }
        }

        return maximumYears.IsMetBy(Quantity.OfCount(years.Length) with { Unit = Unit.Years })
            ? new(Case.Consecutive, years)
            : new(Case.TooMany, years, years.Length > limit ? years[limit] : years[^1]);
    }
}
