using System.Collections.Immutable;
using LiveCommerce.Rules.Engine;

namespace LiveCommerce.Rules.Guizhou.ShiBaiQianWan.Rules;

/// <summary>
/// 对当年实现商品网络零售额在亿元以上的上规入统的电商企业(不含跨境电商),每实现1万元最高给予5元流量补贴,每家企业最高补贴不超过100万元:
/// eligible when that year's online retail of goods is ≥ ¥100,000,000 (亿元以上), the enterprise is 上规入统 and not
/// cross-border; cap ¥5 per complete ¥10,000 (or pro rata, an option), at most ¥1,000,000.
/// </summary>
internal sealed class TrafficSubsidyRule(SupportMeasures measures) : Rule<SupportClaim>(ShiBaiQianWanClauses.TrafficSubsidy)
{
    public override Finding Evaluate(SupportClaim facts, DateOnly asOf)
    {
        if (facts.OnlineRetailOfGoods is not { } retail || measures.Traffic(facts) is not { } cap)
        {
            return With(Outcome.NotApplicable, new LocalizedText("未申报流量补贴", "No traffic subsidy claimed"));
        }

        Quantity measured = Quantity.Of(retail);
        var notes = ImmutableArray.CreateBuilder<LocalizedText>();
        bool retailMet = measures.TrafficRetail.IsMetBy(retail.Yuan);
        notes.Add(Text.Of(
            $"{(retailMet ? "✓" : "✗")} {facts.Year} 年商品网络零售额 {retail},要求亿元以上({measures.TrafficRetail.Format(ReportLanguage.ChineseSimplified)})",
            $"{(retailMet ? "✓" : "✗")} {facts.Year} online retail of goods {retail}; required {measures.TrafficRetail.Format(ReportLanguage.English)}"));
        notes.Add(facts.AboveDesignatedSizeInStatistics
            ? new LocalizedText("✓ 上规入统", "✓ Above designated size and in the statistics (上规入统)")
            : new LocalizedText("✗ 未上规入统", "✗ Not above designated size and in the statistics (上规入统)"));
        notes.Add(facts.CrossBorder
            ? new LocalizedText("✗ 跨境电商企业不在补贴范围内(不含跨境电商)", "✗ Cross-border e-commerce enterprises are excluded (不含跨境电商)")
            : new LocalizedText("✓ 非跨境电商企业", "✓ Not a cross-border e-commerce enterprise"));
        notes.Add(Text.Of($"公式:{cap.Formula}", $"Formula: {cap.Formula}"));
        if (!cap.Eligible)
        {
            return new Finding(
                Descriptor,
                Outcome.NotMet,
                measured,
                measures.TrafficRetail,
                new LocalizedText("不符合流量补贴条件,补贴为 ¥0", "Not eligible for the traffic subsidy: ¥0"),
                notes.ToImmutable());
        }

        string reading = measures.Options.TrafficSubsidyReading == TrafficSubsidyReading.ProRata
            ? "按比例口径(零售额 × 0.0005,四舍五入到分)"
            : "按每满1万元计(不足1万元的部分不计)";
        string readingEn = measures.Options.TrafficSubsidyReading == TrafficSubsidyReading.ProRata
            ? "pro-rata reading (retail × 0.0005, rounded to the fen)"
            : "per complete ¥10,000 (a remainder below ¥10,000 does not count)";
        var explanation = Text.Of(
            $"流量补贴不超过 {cap.Cap},{reading},每家企业不超过 {measures.TrafficCap}",
            $"Traffic subsidy of at most {cap.Cap}, {readingEn}, at most {measures.TrafficCap} per enterprise");
        Finding finding = Stacking.Apply(this, measures, facts, explanation, cap, measures.TrafficRetail, measured);
        return new Finding(Descriptor, finding.Outcome, measured, measures.TrafficRetail, explanation, [.. notes, .. finding.Notes], finding.Amount);
    }

    public override bool Passes(SupportClaim facts, DateOnly asOf) => measures.Traffic(facts) is not { Eligible: false };
}
