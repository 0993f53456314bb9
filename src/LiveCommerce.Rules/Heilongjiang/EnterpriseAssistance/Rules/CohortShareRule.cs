using System.Collections.Immutable;
using LiveCommerce.Rules.Engine;
using LiveCommerce.Rules.Primitives;

namespace LiveCommerce.Rules.Heilongjiang.EnterpriseAssistance.Rules;

/// <summary>
/// An exact share of a city's list: 限上商贸流通企业数量比例不低于30% (of service targets), 在服务对象中优选20%以上的企业参与
/// …互联网营销大赛 (of service targets, within 2023-01-01..2023-06-30), 对申报企业实地查验面要达到50%以上 (of applicants).
/// Compared exactly (30 of 100 passes, 29 of 100 fails) with one pass over the list.
/// </summary>
internal sealed class CohortShareRule : Rule<AssistanceCityCohort>
{
    private readonly Threshold minimumShare;
    private readonly Func<CohortTally, (int Part, int Whole)> select;
    private readonly Func<CohortTally, LocalizedText> describe;

    private CohortShareRule(RuleDescriptor descriptor, Threshold minimumShare, Func<CohortTally, (int Part, int Whole)> select, Func<CohortTally, LocalizedText> describe)
        : base(descriptor)
    {
        this.minimumShare = minimumShare;
        this.select = select;
        this.describe = describe;
    }

    /// <summary>限上商贸流通企业数量比例不低于30%.</summary>
    public static CohortShareRule AboveQuota(Threshold minimumShare) => new(
        EnterpriseAssistanceClauses.CohortAboveQuota,
        minimumShare,
        t => (t.AboveQuotaTargets, t.Targets),
        t => Text.Of($"服务对象 {t.Targets} 家,其中限上商贸流通企业 {t.AboveQuotaTargets} 家", $"{t.AboveQuotaTargets} of {t.Targets} service targets are above-quota trade enterprises"));

    /// <summary>在服务对象中优选20%以上的企业参与2023年举办的黑龙江省第二届互联网营销大赛 (2023年上半年).</summary>
    public static CohortShareRule Contest(Threshold minimumShare) => new(
        EnterpriseAssistanceClauses.CohortContest,
        minimumShare,
        t => (t.ContestInWindow, t.Targets),
        t => Text.Of(
            $"服务对象 {t.Targets} 家,于 {EnterpriseAssistanceClauses.ContestWindow} 参赛 {t.ContestInWindow} 家",
            $"{t.ContestInWindow} of {t.Targets} service targets took part in the contest within {EnterpriseAssistanceClauses.ContestWindow}"));

    /// <summary>对申报企业实地查验面要达到50%以上.</summary>
    public static CohortShareRule Inspection(Threshold minimumShare) => new(
        EnterpriseAssistanceClauses.CohortInspection,
        minimumShare,
        t => (t.Inspected, t.Applicants),
        t => Text.Of($"实地查验 {t.Inspected} 家 / 申报 {t.Applicants} 家", $"{t.Inspected} of {t.Applicants} applicants inspected on site"));

    private bool IsContest => ReferenceEquals(Descriptor, EnterpriseAssistanceClauses.CohortContest);

    public override Decision Decide(AssistanceCityCohort facts, DateOnly asOf)
    {
        (int part, int whole) = select(CohortTally.Of(facts));
        if (whole == 0)
        {
            return new(Outcome.NotApplicable, null, minimumShare);
        }

        Ratio share = Ratio.Of(part, whole);
        bool met = minimumShare.IsMetBy(share);
        var measured = new Quantity(share.ApproximatePercent, Unit.Percent);
        return new(met ? Outcome.Met : NotYetDue(asOf) ? Outcome.NotApplicable : Outcome.NotMet, measured, minimumShare);
    }

    protected override LocalizedText? Explain(AssistanceCityCohort facts, DateOnly asOf, in Decision decision)
    {
        CohortTally tally = CohortTally.Of(facts);
        LocalizedText d = describe(tally);
        (int part, int whole) = select(tally);
        if (whole == 0)
        {
            return Text.Of($"{d.ZhCn}(尚无可计算比例的企业)", $"{d.En} (nothing to take a share of yet)");
        }

        if (decision.Outcome == Outcome.NotApplicable)
        {
            DateOnly end = EnterpriseAssistanceClauses.ContestWindow.End;
            return Text.Of($"尚未到期:大赛于 2023年上半年(至 {end:yyyy-MM-dd})举办,{d.ZhCn}(精确比例 {part}/{whole})", $"Not yet due: the contest runs until {end:yyyy-MM-dd}; {d.En} (exact share {part}/{whole})");
        }

        return Text.Of($"{d.ZhCn}(精确比例 {part}/{whole})", $"{d.En} (exact share {part}/{whole})");
    }

    protected override ImmutableArray<LocalizedText> Describe(AssistanceCityCohort facts, DateOnly asOf, in Decision decision)
    {
        int outside = IsContest ? CohortTally.Of(facts).ContestOutsideWindow : 0;
        return outside > 0
            ? [Text.Of($"{outside} 家服务对象的参赛日期不在 {EnterpriseAssistanceClauses.ContestWindow} 内,不计入", $"{outside} service target(s) took part outside {EnterpriseAssistanceClauses.ContestWindow}: not counted")]
            : [];
    }

    /// <summary>Whether a shortfall is not yet final: the contest share before the end of 2023上半年 (the others are due at once).</summary>
    private bool NotYetDue(DateOnly asOf) => IsContest && asOf <= EnterpriseAssistanceClauses.ContestWindow.End;
}
