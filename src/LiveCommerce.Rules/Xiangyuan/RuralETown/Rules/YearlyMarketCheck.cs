using LiveCommerce.Rules.Engine;
using LiveCommerce.Rules.Primitives;

namespace LiveCommerce.Rules.Xiangyuan.RuralETown.Rules;

/// <summary>
/// A 三、(九) indicator "…/年": checked for every calendar year of the project period that has ended (clipped to the
/// period) by the as-of date; a due year without figures fails.
/// </summary>
internal abstract class YearlyMarketCheck(LocalizedText subject) : DeliverableCheck
{
    public override void Evaluate(DeliverableContext context, List<CheckLine> lines)
    {
        RuralETownProject p = context.Project;
        bool anyDue = false;
        DateOnly first = ProjectCalendar.PeriodStart(CadencePeriod.Year, p.PeriodStart);
        while (first <= p.PeriodEnd)
        {
            DateOnly next = ProjectCalendar.Next(CadencePeriod.Year, first);
            DateOnly clippedEnd = next.AddDays(-1) > p.PeriodEnd ? p.PeriodEnd : next.AddDays(-1);
            if (clippedEnd > context.AsOf)
            {
                break; // a later year ends later still
            }

            int year = first.Year;
            anyDue = true;
            if (YearOf(p.Market, year) is not { } figures)
            {
                lines.Add(Line(false, () => Text.Of($"{year} 年:未填报{subject.ZhCn}", $"{year}: no {subject.En} figures given")));
            }
            else
            {
                Judge(p, figures, lines);
            }

            first = next;
        }

        if (!anyDue)
        {
            lines.Add(Line(true, () => Text.Of(
                $"{subject.ZhCn}:截至评估日期尚无已结束的项目年度,暂不检查",
                $"{subject.En}: no project year has ended by the as-of date; nothing to check yet")));
        }
    }

    protected abstract void Judge(RuralETownProject project, MarketYear year, List<CheckLine> lines);

    protected static CheckLine Line(bool met, Func<LocalizedText> describe) => new(met, Severity.Mandatory, describe);

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
}

/// <summary>三、(九)1. 网络零售额应≥3000万元/年,网络零售额同比增长率应≥10%: growth decided exactly, amount × 100 ≥ previous × (100 + rate).</summary>
internal sealed class RetailCheck(Threshold minimum, Threshold growth) : YearlyMarketCheck(new LocalizedText("网络零售额", "online retail"))
{
    protected override void Judge(RuralETownProject project, MarketYear year, List<CheckLine> lines)
    {
        bool amountMet = minimum.IsMetBy(year.OnlineRetail.Yuan);
        lines.Add(Line(
            amountMet,
            () => Text.Of(
                $"{year.Year} 年网络零售额 {year.OnlineRetail},{(amountMet ? "满足" : "未满足")} ≥ {Quantity.Of(Money.FromYuan(minimum.Bound.Value))}",
                $"{year.Year}: online retail {year.OnlineRetail} {(amountMet ? "meets" : "does not meet")} ≥ {Quantity.Of(Money.FromYuan(minimum.Bound.Value))}")));

        Money previous = YearOf(project.Market, year.Year - 1)?.OnlineRetail ?? project.Market.BaselineOnlineRetail;
        if (previous <= Money.Zero)
        {
            // Validation rejects a zero base; kept so evaluation can never divide by zero.
            lines.Add(Line(false, () => Text.Of($"{year.Year} 年:上年网络零售额为 0,无法计算同比增长率", $"{year.Year}: the previous year's online retail is zero; growth cannot be computed")));
            return;
        }

        bool growthMet = growth.Comparison.Accepts((year.OnlineRetail.Yuan * 100m).CompareTo(previous.Yuan * (100m + growth.Bound.Value)));
        lines.Add(Line(
            growthMet,
            () =>
            {
                decimal exact = (year.OnlineRetail.Yuan - previous.Yuan) * 100m / previous.Yuan;
                return Text.Of(
                    $"{year.Year} 年同比增长率 ({year.OnlineRetail} − {previous}) ÷ {previous} = {decimal.Round(exact, 2, MidpointRounding.ToZero):0.##}%,{(growthMet ? "满足" : "未满足")} ≥ {growth.Bound.Value:0.##}%",
                    $"{year.Year}: year-on-year growth ({year.OnlineRetail} − {previous}) ÷ {previous} = {decimal.Round(exact, 2, MidpointRounding.ToZero):0.##}% {(growthMet ? "meets" : "does not meet")} ≥ {growth.Bound.Value:0.##}%");
            }));
    }
}

/// <summary>三、(九)2. 新增法人单位≥10个/年/镇,其中开展电商业务市场主体≥60%: the share decided exactly (6 of 10 passes, 5 of 10 fails).</summary>
internal sealed class NewEntitiesCheck(Threshold minimum, Threshold share) : YearlyMarketCheck(new LocalizedText("新增法人单位", "new legal entities"))
{
    protected override void Judge(RuralETownProject project, MarketYear year, List<CheckLine> lines)
    {
        string town = project.Town;
        if (!HasTown(year, town))
        {
            lines.Add(Line(false, () => Text.Of($"{year.Year} 年:未填报{town}新增法人单位", $"{year.Year}: no new-entity figures for {town}")));
            return;
        }

        // The project's own town first, then the others in their given order (a stable partition, as OrderBy was).
        foreach (TownEntities t in year.Towns)
        {
            if (t.Town == town)
            {
                Judge(year.Year, t, lines);
            }
        }

        foreach (TownEntities t in year.Towns)
        {
            if (t.Town != town)
            {
                Judge(year.Year, t, lines);
            }
        }
    }

    private static bool HasTown(MarketYear year, string town)
    {
        foreach (TownEntities t in year.Towns)
        {
            if (t.Town == town)
            {
                return true;
            }
        }

        return false;
    }

    private void Judge(int year, TownEntities t, List<CheckLine> lines)
    {
        bool countMet = minimum.IsMetBy(t.NewLegalEntities);
        lines.Add(Line(
            countMet,
            () => Text.Of(
                $"{year} 年{t.Town}新增法人单位 {t.NewLegalEntities} 个,{(countMet ? "满足" : "未满足")} ≥ {minimum.Bound.Value:0} 个",
                $"{year}, {t.Town}: {t.NewLegalEntities} new legal entities {(countMet ? "meets" : "does not meet")} ≥ {minimum.Bound.Value:0}")));
        bool shareMet = t.NewLegalEntities > 0 && share.IsMetBy(Ratio.Of(t.NewEcommerceEntities, t.NewLegalEntities));
        lines.Add(Line(
            shareMet,
            () =>
            {
                string ratio = t.NewLegalEntities > 0 ? Ratio.Of(t.NewEcommerceEntities, t.NewLegalEntities).ToString() : "0/0";
                return Text.Of(
                    $"{year} 年{t.Town}其中开展电商业务 {ratio},{(shareMet ? "满足" : "未满足")} ≥ {share.Bound.Value:0.##}%",
                    $"{year}, {t.Town}: doing e-commerce {ratio} {(shareMet ? "meets" : "does not meet")} ≥ {share.Bound.Value:0.##}%");
            }));
    }
}

/// <summary>三、(九)3. 新增就业数量&gt;150人/年: strictly more (150 fails, 151 passes).</summary>
internal sealed class EmploymentCheck(Threshold minimum) : YearlyMarketCheck(new LocalizedText("新增就业数量", "new employment"))
{
    protected override void Judge(RuralETownProject project, MarketYear year, List<CheckLine> lines)
    {
        bool met = minimum.IsMetBy(year.NewEmployment);
        lines.Add(Line(
            met,
            () => Text.Of(
                $"{year.Year} 年新增就业 {year.NewEmployment} 人,{(met ? "满足" : "未满足")} {minimum.Comparison.Symbol()} {minimum.Bound.Value:0} 人",
                $"{year.Year}: new employment {year.NewEmployment} {(met ? "meets" : "does not meet")} {minimum.Comparison.Symbol()} {minimum.Bound.Value:0}")));
    }
}
