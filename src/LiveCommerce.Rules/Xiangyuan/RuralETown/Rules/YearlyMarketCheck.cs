using LiveCommerce.Rules.Engine;
using LiveCommerce.Rules.Primitives;

namespace LiveCommerce.Rules.Xiangyuan.RuralETown.Rules;

/// <summary>
/// A 三、(九) indicator "…/年": checked for every calendar year of the project period that has ended (clipped to the
/// period) by the as-of date; a due year without figures fails.
/// </summary>
internal abstract class YearlyMarketCheck(LocalizedText subject) : DeliverableCheck
{
    public override IEnumerable<CheckLine> Evaluate(DeliverableContext context)
    {
        RuralETownProject p = context.Project;
        IReadOnlyList<CadenceWindow> years = ProjectCalendar.DueWindows(CadencePeriod.Year, p.PeriodStart, p.PeriodEnd, context.AsOf);
        if (years.Count == 0)
        {
            yield return new CheckLine(true, Severity.Mandatory, Text.Of(
                $"{subject.ZhCn}:截至评估日期尚无已结束的项目年度,暂不检查",
                $"{subject.En}: no project year has ended by the as-of date; nothing to check yet"));
            yield break;
        }

        foreach (CadenceWindow w in years)
        {
            int year = w.Start.Year;
            MarketYear? figures = p.Market.Years.FirstOrDefault(y => y.Year == year);
            if (figures is null)
            {
                yield return new CheckLine(false, Severity.Mandatory, Text.Of($"{year} 年:未填报{subject.ZhCn}", $"{year}: no {subject.En} figures given"));
                continue;
            }

            foreach (CheckLine line in Judge(p, figures))
            {
                yield return line;
            }
        }
    }

    protected abstract IEnumerable<CheckLine> Judge(RuralETownProject project, MarketYear year);

    protected static CheckLine Line(bool met, ref InvariantString zh, ref InvariantString en) =>
        new(met, Severity.Mandatory, Text.Of(ref zh, ref en));
}

/// <summary>三、(九)1. 网络零售额应≥3000万元/年,网络零售额同比增长率应≥10%: growth decided exactly, amount × 100 ≥ previous × (100 + rate).</summary>
internal sealed class RetailCheck(Threshold minimum, Threshold growth) : YearlyMarketCheck(new LocalizedText("网络零售额", "online retail"))
{
    protected override IEnumerable<CheckLine> Judge(RuralETownProject project, MarketYear year)
    {
        bool amountMet = minimum.IsMetBy(year.OnlineRetail.Yuan);
        yield return Line(
            amountMet,
            $"{year.Year} 年网络零售额 {year.OnlineRetail},{(amountMet ? "满足" : "未满足")} ≥ {Quantity.Of(Money.FromYuan(minimum.Bound.Value))}",
            $"{year.Year}: online retail {year.OnlineRetail} {(amountMet ? "meets" : "does not meet")} ≥ {Quantity.Of(Money.FromYuan(minimum.Bound.Value))}");

        Money previous = project.Market.Years.FirstOrDefault(y => y.Year == year.Year - 1)?.OnlineRetail ?? project.Market.BaselineOnlineRetail;
        if (previous <= Money.Zero)
        {
            // Validation rejects a zero base; kept so evaluation can never divide by zero.
            yield return Line(false, $"{year.Year} 年:上年网络零售额为 0,无法计算同比增长率", $"{year.Year}: the previous year's online retail is zero; growth cannot be computed");
            yield break;
        }

        decimal exact = (year.OnlineRetail.Yuan - previous.Yuan) * 100m / previous.Yuan;
        bool growthMet = growth.Comparison.Accepts((year.OnlineRetail.Yuan * 100m).CompareTo(previous.Yuan * (100m + growth.Bound.Value)));
        yield return Line(
            growthMet,
            $"{year.Year} 年同比增长率 ({year.OnlineRetail} − {previous}) ÷ {previous} = {decimal.Round(exact, 2, MidpointRounding.ToZero):0.##}%,{(growthMet ? "满足" : "未满足")} ≥ {growth.Bound.Value:0.##}%",
            $"{year.Year}: year-on-year growth ({year.OnlineRetail} − {previous}) ÷ {previous} = {decimal.Round(exact, 2, MidpointRounding.ToZero):0.##}% {(growthMet ? "meets" : "does not meet")} ≥ {growth.Bound.Value:0.##}%");
    }
}

/// <summary>三、(九)2. 新增法人单位≥10个/年/镇,其中开展电商业务市场主体≥60%: the share decided exactly (6 of 10 passes, 5 of 10 fails).</summary>
internal sealed class NewEntitiesCheck(Threshold minimum, Threshold share) : YearlyMarketCheck(new LocalizedText("新增法人单位", "new legal entities"))
{
    protected override IEnumerable<CheckLine> Judge(RuralETownProject project, MarketYear year)
    {
        TownEntities? town = year.Towns.FirstOrDefault(t => t.Town == project.Town);
        if (town is null)
        {
            yield return Line(false, $"{year.Year} 年:未填报{project.Town}新增法人单位", $"{year.Year}: no new-entity figures for {project.Town}");
            yield break;
        }

        foreach (TownEntities t in year.Towns.OrderBy(t => t.Town != project.Town))
        {
            bool countMet = minimum.IsMetBy(t.NewLegalEntities);
            yield return Line(
                countMet,
                $"{year.Year} 年{t.Town}新增法人单位 {t.NewLegalEntities} 个,{(countMet ? "满足" : "未满足")} ≥ {minimum.Bound.Value:0} 个",
                $"{year.Year}, {t.Town}: {t.NewLegalEntities} new legal entities {(countMet ? "meets" : "does not meet")} ≥ {minimum.Bound.Value:0}");
            bool shareMet = t.NewLegalEntities > 0 && share.IsMetBy(Ratio.Of(t.NewEcommerceEntities, t.NewLegalEntities));
            string ratio = t.NewLegalEntities > 0 ? Ratio.Of(t.NewEcommerceEntities, t.NewLegalEntities).ToString() : "0/0";
            yield return Line(
                shareMet,
                $"{year.Year} 年{t.Town}其中开展电商业务 {ratio},{(shareMet ? "满足" : "未满足")} ≥ {share.Bound.Value:0.##}%",
                $"{year.Year}, {t.Town}: doing e-commerce {ratio} {(shareMet ? "meets" : "does not meet")} ≥ {share.Bound.Value:0.##}%");
        }
    }
}

/// <summary>三、(九)3. 新增就业数量&gt;150人/年: strictly more (150 fails, 151 passes).</summary>
internal sealed class EmploymentCheck(Threshold minimum) : YearlyMarketCheck(new LocalizedText("新增就业数量", "new employment"))
{
    protected override IEnumerable<CheckLine> Judge(RuralETownProject project, MarketYear year)
    {
        bool met = minimum.IsMetBy(year.NewEmployment);
        yield return Line(
            met,
            $"{year.Year} 年新增就业 {year.NewEmployment} 人,{(met ? "满足" : "未满足")} {minimum.Comparison.Symbol()} {minimum.Bound.Value:0} 人",
            $"{year.Year}: new employment {year.NewEmployment} {(met ? "meets" : "does not meet")} {minimum.Comparison.Symbol()} {minimum.Bound.Value:0}");
    }
}
