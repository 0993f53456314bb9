using System.Collections.Immutable;
using System.Globalization;
using LiveCommerce.Rules.Engine;
using LiveCommerce.Rules.Primitives;

namespace LiveCommerce.Rules.Xiangyuan.RuralETown.Rules;

/// <summary>One due year of a 三、(九) indicator: a calendar year or a project year.</summary>
/// <param name="Key">The <see cref="MarketYear.Year"/> its figures are given under: the calendar year, or the project year's number.</param>
/// <param name="IsFirst">Whether it is the project's first year (its growth is against the baseline).</param>
/// <param name="Project">Whether years are project years.</param>
internal readonly record struct MarketPeriod(int Key, bool IsFirst, bool Project)
{
    public string Zh => Project ? string.Create(CultureInfo.InvariantCulture, $"项目第{Key}年") : string.Create(CultureInfo.InvariantCulture, $"{Key} 年");

    public string En => Project ? string.Create(CultureInfo.InvariantCulture, $"project year {Key}") : Key.ToString(CultureInfo.InvariantCulture);

    /// <summary>The previous year's name, or the baseline's for the first year.</summary>
    public LocalizedText Previous => IsFirst
        ? (Project ? new LocalizedText("基期(项目开始前12个月)", "the baseline (the 12 months before the project)") : Text.Of($"基期({Key - 1} 年)", $"the baseline ({Key - 1})"))
        : (Project ? Text.Of($"项目第{Key - 1}年", $"project year {Key - 1}") : Text.Of($"{Key - 1} 年", $"{Key - 1}"));
}

/// <summary>
/// A 三、(九) indicator "…/年": checked for every year of the project period (calendar years, or project years under
/// <see cref="PeriodReading.ProjectPeriods"/>) that has ended (clipped to the period) by the as-of date; a due year
/// without figures fails. A part-year is held to the full-year figure and says so in its own line.
/// </summary>
internal abstract class YearlyMarketCheck(LocalizedText subject) : DeliverableCheck
{
    public override void Evaluate(in DeliverableContext context, ref CheckLines lines)
    {
        RuralETownProject p = context.Project;
        bool project = context.Options.Periods == PeriodReading.ProjectPeriods;
        int firstKey = project ? 1 : p.PeriodStart.Year;
        bool anyDue = false;
        foreach (PeriodSpan span in ProjectCalendar.Periods(CadencePeriod.Year, context.Options.Periods, p.PeriodStart, p.PeriodEnd))
        {
            if (span.End > context.AsOf)
            {
                break; // a later year ends later still
            }

            anyDue = true;
            var period = new MarketPeriod(firstKey + span.Index, span.Index == 0, project);
            if (span.IsPartial)
            {
                lines.Add(true, Severity.Informational, lines.Texts ? PartYear(period, span) : null);
            }

            if (YearOf(p.Market, period.Key) is not { } figures)
            {
                lines.Add(false, Severity.Mandatory, lines.Texts ? Text.Of($"{period.Zh}:未填报{subject.ZhCn}", $"{period.En}: no {subject.En} figures given") : null);
            }
            else
            {
                Judge(p, figures, period, ref lines);
            }
        }

        if (!anyDue)
        {
            lines.Add(true, Severity.Mandatory, lines.Texts ? Text.Of(
                $"{subject.ZhCn}:截至评估日期尚无已结束的项目年度,暂不检查",
                $"{subject.En}: no project year has ended by the as-of date; nothing to check yet") : null);
        }
    }

    /// <summary>Adds the lines of one due year with figures.</summary>
    protected abstract void Judge(RuralETownProject project, MarketYear year, MarketPeriod period, ref CheckLines lines);

    /// <summary>The text of a line comparing a figure to its bound: the figure, 满足/未满足 (meets / does not meet), the
    /// comparison's symbol and the bound.</summary>
    protected static LocalizedText Compared(bool met, LocalizedText figure, Comparison comparison, LocalizedText bound) =>
        new(
            $"{figure.ZhCn},{(met ? "满足" : "未满足")} {comparison.Symbol()} {bound.ZhCn}",
            $"{figure.En} {(met ? "meets" : "does not meet")} {comparison.Symbol()} {bound.En}");

    /// <summary>The figures of <paramref name="year"/>, if given (validation allows each year once).</summary>
    protected static MarketYear? YearOf(MarketIndicators market, int year)
    {
        foreach (MarketYear y in market.Years)
        {
            if (y.Year == year)
            {
                return y;
            }
        }

        return null;
    }

    private LocalizedText PartYear(MarketPeriod period, PeriodSpan span) => Text.Of(
        $"{period.Zh}为部分年度({span.Start:yyyy-MM-dd}..{span.End:yyyy-MM-dd},{span.End.DayNumber - span.Start.DayNumber + 1} 天):{subject.ZhCn}按全年标准考核,不折算{(period.Project ? string.Empty : ";可选项目年度口径(PeriodReading.ProjectPeriods)")}",
        $"{period.En} is a part-year ({span.Start:yyyy-MM-dd}..{span.End:yyyy-MM-dd}, {span.End.DayNumber - span.Start.DayNumber + 1} days): {subject.En} is held to the full-year figure, not pro-rated{(period.Project ? string.Empty : "; project years are the alternative (PeriodReading.ProjectPeriods)")}");
}

/// <summary>三、(九)1. 网络零售额应≥3000万元/年,网络零售额同比增长率应≥10%: growth decided exactly, amount × 100 ≥ previous × (100 + rate).</summary>
internal sealed class RetailCheck(Threshold minimum, Threshold growth) : YearlyMarketCheck(new LocalizedText("网络零售额", "online retail"))
{
    protected override void Judge(RuralETownProject project, MarketYear year, MarketPeriod period, ref CheckLines lines)
    {
        bool amountMet = minimum.IsMetBy(year.OnlineRetail.Yuan);
        lines.Add(amountMet, Severity.Mandatory, lines.Texts ? AmountText(year, period, amountMet) : null);

        // The first year grows against the baseline; a later year only against the year before it: a missing year is
        // never skipped over (its successor's growth cannot be computed).
        Money? given = period.IsFirst ? project.Market.BaselineOnlineRetail : YearOf(project.Market, period.Key - 1)?.OnlineRetail;
        if (given is not { } previous)
        {
            lines.Add(false, Severity.Mandatory, lines.Texts ? Text.Of(
                $"{period.Zh}:{period.Previous.ZhCn}未填报网络零售额,无法计算同比增长率",
                $"{period.En}: no online retail given for {period.Previous.En}; year-on-year growth cannot be computed") : null);
            return;
        }

        if (previous <= Money.Zero)
        {
            // Validation rejects a zero base; kept so evaluation can never divide by zero.
            lines.Add(false, Severity.Mandatory, lines.Texts ? Text.Of($"{period.Zh}:上年网络零售额为 0,无法计算同比增长率", $"{period.En}: the previous year's online retail is zero; growth cannot be computed") : null);
            return;
        }

        bool growthMet = growth.Comparison.Accepts((year.OnlineRetail.Yuan * 100m).CompareTo(previous.Yuan * (100m + growth.Bound.Value)));
        lines.Add(growthMet, Severity.Mandatory, lines.Texts ? GrowthText(year, period, previous, growthMet) : null);
    }

    private LocalizedText AmountText(MarketYear year, MarketPeriod period, bool met)
    {
        string bound = Quantity.Of(Money.FromYuan(minimum.Bound.Value)).ToString();
        return Compared(met, Text.Of($"{period.Zh}网络零售额 {year.OnlineRetail}", $"{period.En}: online retail {year.OnlineRetail}"), minimum.Comparison, new LocalizedText(bound, bound));
    }

    private LocalizedText GrowthText(MarketYear year, MarketPeriod period, Money previous, bool met)
    {
        decimal exact = decimal.Round((year.OnlineRetail.Yuan - previous.Yuan) * 100m / previous.Yuan, 2, MidpointRounding.ToZero);
        return Compared(
            met,
            Text.Of(
                $"{period.Zh}同比增长率(对比{period.Previous.ZhCn}) ({year.OnlineRetail} − {previous}) ÷ {previous} = {exact:0.##}%",
                $"{period.En}: year-on-year growth over {period.Previous.En} ({year.OnlineRetail} − {previous}) ÷ {previous} = {exact:0.##}%"),
            growth.Comparison,
            Percent(growth));
    }

    private static LocalizedText Percent(Threshold bound) => Text.Of($"{bound.Bound.Value:0.##}%", $"{bound.Bound.Value:0.##}%");
}

/// <summary>三、(九)2. 新增法人单位≥10个/年/镇,其中开展电商业务市场主体≥60%: the share decided exactly (6 of 10 passes, 5 of 10 fails).</summary>
internal sealed class NewEntitiesCheck(Threshold minimum, Threshold share) : YearlyMarketCheck(new LocalizedText("新增法人单位", "new legal entities"))
{
    protected override void Judge(RuralETownProject project, MarketYear year, MarketPeriod period, ref CheckLines lines)
    {
        // The project's own town first (a year without it fails), then the others in their given order (validation
        // allows each town once a year).
        string town = project.Town;
        int own = IndexOf(year.Towns, town);
        if (own < 0)
        {
            lines.Add(false, Severity.Mandatory, lines.Texts ? Text.Of($"{period.Zh}:未填报{town}新增法人单位", $"{period.En}: no new-entity figures for {town}") : null);
            return;
        }

        Judge(period, year.Towns[own], ref lines);
        for (int i = 0; i < year.Towns.Length; i++)
        {
            if (i != own)
            {
                Judge(period, year.Towns[i], ref lines);
            }
        }
    }

    private static int IndexOf(ImmutableArray<TownEntities> towns, string town)
    {
        for (int i = 0; i < towns.Length; i++)
        {
            if (towns[i].Town == town)
            {
                return i;
            }
        }

        return -1;
    }

    private void Judge(MarketPeriod year, TownEntities t, ref CheckLines lines)
    {
        bool countMet = minimum.IsMetBy(t.NewLegalEntities);
        lines.Add(countMet, Severity.Mandatory, lines.Texts ? Compared(
            countMet,
            Text.Of($"{year.Zh}{t.Town}新增法人单位 {t.NewLegalEntities} 个", $"{year.En}, {t.Town}: {t.NewLegalEntities} new legal entities"),
            minimum.Comparison,
            Text.Of($"{minimum.Bound.Value:0} 个", $"{minimum.Bound.Value:0}")) : null);
        bool shareMet = t.NewLegalEntities > 0 && share.IsMetBy(Ratio.Of(t.NewEcommerceEntities, t.NewLegalEntities));
        lines.Add(shareMet, Severity.Mandatory, lines.Texts ? ShareText(year, t, shareMet) : null);
    }

    private LocalizedText ShareText(MarketPeriod year, TownEntities t, bool met)
    {
        string ratio = t.NewLegalEntities > 0 ? Ratio.Of(t.NewEcommerceEntities, t.NewLegalEntities).ToString() : "0/0";
        return Compared(
            met,
            Text.Of($"{year.Zh}{t.Town}其中开展电商业务 {ratio}", $"{year.En}, {t.Town}: doing e-commerce {ratio}"),
            share.Comparison,
            Text.Of($"{share.Bound.Value:0.##}%", $"{share.Bound.Value:0.##}%"));
    }
}

/// <summary>三、(九)3. 新增就业数量&gt;150人/年: strictly more (150 fails, 151 passes).</summary>
internal sealed class EmploymentCheck(Threshold minimum) : YearlyMarketCheck(new LocalizedText("新增就业数量", "new employment"))
{
    protected override void Judge(RuralETownProject project, MarketYear year, MarketPeriod period, ref CheckLines lines)
    {
        bool met = minimum.IsMetBy(year.NewEmployment);
        lines.Add(met, Severity.Mandatory, lines.Texts ? Compared(
            met,
            Text.Of($"{period.Zh}新增就业 {year.NewEmployment} 人", $"{period.En}: new employment {year.NewEmployment}"),
            minimum.Comparison,
            Text.Of($"{minimum.Bound.Value:0} 人", $"{minimum.Bound.Value:0}")) : null);
    }
}
