using System.Collections.Immutable;
using LiveCommerce.Rules.Engine;
using LiveCommerce.Rules.Primitives;

namespace LiveCommerce.Rules.Guizhou.ShiBaiQianWan.Rules;

/// <summary>
/// 对当年实现商品网络零售额在亿元以上的上规入统的电商企业(不含跨境电商),每实现1万元最高给予5元流量补贴,每家企业最高补贴不超过100万元:
/// eligible when that year's online retail of goods is ≥ ¥100,000,000 (亿元以上), the enterprise is 上规入统 and not
/// cross-border; cap ¥5 per complete ¥10,000 (or pro rata, an option), at most ¥1,000,000. 当年 is a whole year: before
/// it is over the rule is not yet due. Options: the cap per year or across years, and whether 不含跨境电商 excludes the
/// enterprise or only its cross-border retail.
/// </summary>
internal sealed class TrafficSubsidyRule(SupportMeasures measures) : LegacyRule<SupportClaim>(ShiBaiQianWanClauses.TrafficSubsidy)
{
    private static readonly LocalizedText NotClaimed = new("未申报流量补贴", "No traffic subsidy claimed");
    private static readonly LocalizedText Above = new("✓ 上规入统", "✓ Above designated size and in the statistics (上规入统)");
    private static readonly LocalizedText NotAbove = new("✗ 未上规入统", "✗ Not above designated size and in the statistics (上规入统)");
    private static readonly LocalizedText CrossBorder = new("✗ 跨境电商企业不在补贴范围内(不含跨境电商)", "✗ Cross-border e-commerce enterprises are excluded (不含跨境电商)");
    private static readonly LocalizedText NotCrossBorder = new("✓ 非跨境电商企业", "✓ Not a cross-border e-commerce enterprise");
    private static readonly LocalizedText CrossBorderRetailOut = new("“不含跨境电商”按零售额口径:跨境电商零售额不计入,企业本身不因跨境业务而被排除", "不含跨境电商 read as the retail: cross-border retail is left out of the figure; the enterprise itself is not excluded");
    private static readonly LocalizedText NotEligible = new("不符合流量补贴条件,补贴为 ¥0", "Not eligible for the traffic subsidy: ¥0");

    public override Finding Evaluate(SupportClaim facts, DateOnly asOf)
    {
        if (facts.OnlineRetailOfGoods is not { } retail || measures.Traffic(facts, asOf) is not { } cap)
        {
            return With(Outcome.NotApplicable, NotClaimed);
        }

        Money figure = cap.Figure ?? retail;
        Quantity measured = Quantity.Of(figure);
        if (cap.Status == MeasureStatus.Pending)
        {
            return Lazy(Outcome.NotEvaluated, cap.Reason, measured: measured, required: measures.TrafficRetail);
        }

        if (!cap.Eligible)
        {
            if (cap.Reason is { } refused)
            {
                return new Finding(Descriptor, Outcome.NotMet, measured, measures.TrafficRetail, refused, () => Notes(facts, figure, cap));
            }

            return new Finding(
                Descriptor,
                Outcome.NotMet,
                measured,
                measures.TrafficRetail,
                static () => NotEligible,
                () => Notes(facts, figure, cap));
        }

        Func<LocalizedText> explain = () => Explain(cap);
        Finding finding = Stacking.Apply(this, measures, facts, asOf, explain, cap, measures.TrafficRetail, measured);
        return new Finding(Descriptor, finding.Outcome, measured, measures.TrafficRetail, explain, () => [.. Notes(facts, figure, cap), .. finding.Notes], finding.Amount);
    }

    private ImmutableArray<LocalizedText> Notes(SupportClaim facts, Money figure, MeasureCap cap)
    {
        var notes = ImmutableArray.CreateBuilder<LocalizedText>();
        bool retailMet = measures.TrafficRetail.IsMetBy(figure.Yuan);
        bool excludeRetail = measures.Options.CrossBorderReading == CrossBorderReading.ExcludeRetail;
        string part = excludeRetail ? "(不含跨境电商零售额)" : "";
        string partEn = excludeRetail ? " (cross-border retail left out)" : "";
        notes.Add(Text.Of(
            $"{(retailMet ? "✓" : "✗")} {facts.Year} 年商品网络零售额{part} {figure},要求亿元以上({measures.TrafficRetail.Format(ReportLanguage.ChineseSimplified)})",
            $"{(retailMet ? "✓" : "✗")} {facts.Year} online retail of goods{partEn} {figure}; required {measures.TrafficRetail.Format(ReportLanguage.English)}"));
        notes.Add(facts.AboveDesignatedSizeInStatistics ? Above : NotAbove);
        notes.Add(excludeRetail ? CrossBorderRetailOut : facts.CrossBorder ? CrossBorder : NotCrossBorder);
        notes.Add(Text.Of($"公式:{cap.Formula}", $"Formula: {cap.Formula}"));
        return notes.ToImmutable();
    }

    private LocalizedText Explain(MeasureCap cap)
    {
        string reading = measures.Options.TrafficSubsidyReading == TrafficSubsidyReading.ProRata
            ? "按比例口径(零售额 × 0.0005,四舍五入到分)"
            : "按每满1万元计(不足1万元的部分不计)";
        string readingEn = measures.Options.TrafficSubsidyReading == TrafficSubsidyReading.ProRata
            ? "pro-rata reading (retail × 0.0005, rounded to the fen)"
            : "per complete ¥10,000 (a remainder below ¥10,000 does not count)";
        bool acrossYears = measures.Options.TrafficSubsidyCapScope == TrafficSubsidyCapScope.AcrossYears;
        return Text.Of(
            $"流量补贴不超过 {cap.Cap},{reading},每家企业不超过 {measures.TrafficCap}{(acrossYears ? "(历年累计)" : "(按年度)")}",
            $"Traffic subsidy of at most {cap.Cap}, {readingEn}, at most {measures.TrafficCap} per enterprise{(acrossYears ? " across years" : " a year")}");
    }

    public override bool Passes(SupportClaim facts, DateOnly asOf) => measures.Traffic(facts, asOf) is null or { Eligible: true };
}
