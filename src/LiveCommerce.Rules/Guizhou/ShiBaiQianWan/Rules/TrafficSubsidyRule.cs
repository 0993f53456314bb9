using System.Collections.Immutable;
using LiveCommerce.Rules.Engine;
using LiveCommerce.Rules.Primitives;

namespace LiveCommerce.Rules.Guizhou.ShiBaiQianWan.Rules;

/// <summary>
/// 对当年实现商品网络零售额在亿元以上的上规入统的电商企业(不含跨境电商),每实现1万元最高给予5元流量补贴,每家企业最高补贴不超过100万元:
/// eligible when that year's online retail of goods is ≥ ¥100,000,000 (亿元以上), the enterprise is 上规入统 and not
/// cross-border; cap ¥5 per complete ¥10,000 (or pro rata, an option), at most ¥1,000,000.
/// </summary>
internal sealed class TrafficSubsidyRule(SupportMeasures measures) : Rule<SupportClaim>(ShiBaiQianWanClauses.TrafficSubsidy)
{
    private static readonly LocalizedText NotClaimed = new("未申报流量补贴", "No traffic subsidy claimed");
    private static readonly LocalizedText Above = new("✓ 上规入统", "✓ Above designated size and in the statistics (上规入统)");
    private static readonly LocalizedText NotAbove = new("✗ 未上规入统", "✗ Not above designated size and in the statistics (上规入统)");
    private static readonly LocalizedText CrossBorder = new("✗ 跨境电商企业不在补贴范围内(不含跨境电商)", "✗ Cross-border e-commerce enterprises are excluded (不含跨境电商)");
    private static readonly LocalizedText NotCrossBorder = new("✓ 非跨境电商企业", "✓ Not a cross-border e-commerce enterprise");
    private static readonly LocalizedText NotEligible = new("不符合流量补贴条件,补贴为 ¥0", "Not eligible for the traffic subsidy: ¥0");

    public override Finding Evaluate(SupportClaim facts, DateOnly asOf)
    {
        if (facts.OnlineRetailOfGoods is not { } retail || measures.Traffic(facts) is not { } cap)
        {
            return With(Outcome.NotApplicable, NotClaimed);
        }

        Quantity measured = Quantity.Of(retail);
        if (!cap.Eligible)
        {
            return new Finding(
                Descriptor,
                Outcome.NotMet,
                measured,
                measures.TrafficRetail,
                static () => NotEligible,
                () => Notes(facts, retail, cap));
        }

        Func<LocalizedText> explain = () => Explain(cap);
        Finding finding = Stacking.Apply(this, measures, facts, explain, cap, measures.TrafficRetail, measured);
        return new Finding(Descriptor, finding.Outcome, measured, measures.TrafficRetail, explain, () => [.. Notes(facts, retail, cap), .. finding.Notes], finding.Amount);
    }

    private ImmutableArray<LocalizedText> Notes(SupportClaim facts, Money retail, MeasureCap cap)
    {
        var notes = ImmutableArray.CreateBuilder<LocalizedText>();
        bool retailMet = measures.TrafficRetail.IsMetBy(retail.Yuan);
        notes.Add(Text.Of(
            $"{(retailMet ? "✓" : "✗")} {facts.Year} 年商品网络零售额 {retail},要求亿元以上({measures.TrafficRetail.Format(ReportLanguage.ChineseSimplified)})",
            $"{(retailMet ? "✓" : "✗")} {facts.Year} online retail of goods {retail}; required {measures.TrafficRetail.Format(ReportLanguage.English)}"));
        notes.Add(facts.AboveDesignatedSizeInStatistics ? Above : NotAbove);
        notes.Add(facts.CrossBorder ? CrossBorder : NotCrossBorder);
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
        return Text.Of(
            $"流量补贴不超过 {cap.Cap},{reading},每家企业不超过 {measures.TrafficCap}",
            $"Traffic subsidy of at most {cap.Cap}, {readingEn}, at most {measures.TrafficCap} per enterprise");
    }

    public override bool Passes(SupportClaim facts, DateOnly asOf) => measures.Traffic(facts) is not { Eligible: false };
}
