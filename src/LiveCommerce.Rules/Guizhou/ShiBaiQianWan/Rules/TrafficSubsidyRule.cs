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
internal sealed class TrafficSubsidyRule(SupportMeasures measures) : Rule<SupportClaim>(ShiBaiQianWanClauses.TrafficSubsidy)
{
    private static readonly LocalizedText NotClaimed = new("未申报流量补贴", "No traffic subsidy claimed");
    private static readonly LocalizedText CapLabel = new("流量补贴上限", "Traffic subsidy: cap");
    private static readonly LocalizedText Above = new("✓ 上规入统", "✓ Above designated size and in the statistics (上规入统)");
    private static readonly LocalizedText NotAbove = new("✗ 未上规入统", "✗ Not above designated size and in the statistics (上规入统)");
    private static readonly LocalizedText CrossBorder = new("✗ 跨境电商企业不在补贴范围内(不含跨境电商)", "✗ Cross-border e-commerce enterprises are excluded (不含跨境电商)");
    private static readonly LocalizedText NotCrossBorder = new("✓ 非跨境电商企业", "✓ Not a cross-border e-commerce enterprise");
    private static readonly LocalizedText CrossBorderRetailOut = new("“不含跨境电商”按零售额口径:跨境电商零售额不计入,企业本身不因跨境业务而被排除", "不含跨境电商 read as the retail: cross-border retail is left out of the figure; the enterprise itself is not excluded");
    private static readonly LocalizedText NotEligible = new("不符合流量补贴条件,补贴为 ¥0", "Not eligible for the traffic subsidy: ¥0");

    public override Decision Decide(SupportClaim facts, DateOnly asOf)
    {
        if (facts.OnlineRetailOfGoods is not { } retail || measures.Traffic(facts, asOf) is not { } cap)
        {
            return Decision.NotApplicable;
        }

        Quantity measured = Quantity.Of(cap.Figure ?? retail);
        return cap.Status switch
        {
            MeasureStatus.Pending => new(Outcome.NotEvaluated, measured, measures.TrafficRetail, workings: cap),
            MeasureStatus.NotEligible => new(Outcome.NotMet, measured, measures.TrafficRetail, workings: cap),
            _ => Stacking.Met(Descriptor, measures, facts, asOf, CapLabel, cap, measures.TrafficRetail, measured),
        };
    }

    protected override LocalizedText? Explain(SupportClaim facts, DateOnly asOf, in Decision decision) =>
        Stacking.CapOf(decision) switch
        {
            null => NotClaimed,
            { Reason: { } reason } => reason(), // not yet due, a figure missing, refused as a repeat or the cap exhausted
            { Eligible: false } => NotEligible,
            { } cap => Explain(cap),
        };

    protected override ImmutableArray<LocalizedText> Describe(SupportClaim facts, DateOnly asOf, in Decision decision) =>
        Stacking.CapOf(decision) switch
        {
            null or { Status: MeasureStatus.Pending } => [],
            { Eligible: false } cap => Notes(facts, cap),
            { } cap => [.. Notes(facts, cap), .. Stacking.Notes(Descriptor, measures, facts, asOf, cap)],
        };

    private ImmutableArray<LocalizedText> Notes(SupportClaim facts, MeasureCap cap)
    {
        Money figure = cap.Figure ?? facts.OnlineRetailOfGoods!.Value;
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
        notes.Add(cap.FormulaNote);
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
}
