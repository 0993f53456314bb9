using System.Collections.Immutable;
using LiveCommerce.Rules.Engine;
using LiveCommerce.Rules.Primitives;

namespace LiveCommerce.Rules.Heilongjiang.EnterpriseAssistance.Rules;

/// <summary>
/// An exact share of a city's list: 限上商贸流通企业数量比例不低于30% (of service targets), 在服务对象中优选20%以上的企业参与
/// …互联网营销大赛 (of service targets, within 2023-01-01..2023-06-30), 对申报企业实地查验面要达到50%以上 (of applicants).
/// Compared exactly (30 of 100 passes, 29 of 100 fails) with one pass over the list.
/// </summary>
internal sealed class CohortShareRule : LegacyRule<AssistanceCityCohort>
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

    public override Finding Evaluate(AssistanceCityCohort facts, DateOnly asOf)
    {
        CohortTally tally = CohortTally.Of(facts);
        (int part, int whole) = select(tally);
        Func<ImmutableArray<LocalizedText>>? notes = Descriptor.Id == EnterpriseAssistanceClauses.CohortContest.Id && tally.ContestOutsideWindow > 0
            ? () => [Text.Of($"{tally.ContestOutsideWindow} 家服务对象的参赛日期不在 {EnterpriseAssistanceClauses.ContestWindow} 内,不计入", $"{tally.ContestOutsideWindow} service target(s) took part outside {EnterpriseAssistanceClauses.ContestWindow}: not counted")]
            : null;
        if (whole == 0)
        {
            return Lazy(
                Outcome.NotApplicable,
                () =>
                {
                    LocalizedText d = describe(tally);
                    return Text.Of($"{d.ZhCn}(尚无可计算比例的企业)", $"{d.En} (nothing to take a share of yet)");
                },
                notes,
                required: minimumShare);
        }

        Ratio share = Ratio.Of(part, whole);
        bool met = minimumShare.IsMetBy(share);
        if (!met && NotYetDue(asOf))
        {
            return Lazy(
                Outcome.NotApplicable,
                () =>
                {
                    LocalizedText d = describe(tally);
                    DateOnly end = EnterpriseAssistanceClauses.ContestWindow.End;
                    return Text.Of($"尚未到期:大赛于 2023年上半年(至 {end:yyyy-MM-dd})举办,{d.ZhCn}(精确比例 {share.Part}/{share.Whole})", $"Not yet due: the contest runs until {end:yyyy-MM-dd}; {d.En} (exact share {share.Part}/{share.Whole})");
                },
                notes,
                measured: new Quantity(share.ApproximatePercent, Unit.Percent),
                required: minimumShare);
        }

        return Lazy(
            met ? Outcome.Met : Outcome.NotMet,
            () =>
            {
                LocalizedText d = describe(tally);
                return Text.Of($"{d.ZhCn}(精确比例 {share.Part}/{share.Whole})", $"{d.En} (exact share {share.Part}/{share.Whole})");
            },
            notes,
            measured: new Quantity(share.ApproximatePercent, Unit.Percent),
            required: minimumShare);
    }

    public override bool Passes(AssistanceCityCohort facts, DateOnly asOf)
    {
        (int part, int whole) = select(CohortTally.Of(facts));
        return whole == 0 || minimumShare.IsMetBy(Ratio.Of(part, whole)) || NotYetDue(asOf);
    }

    /// <summary>Whether a shortfall is not yet final: the contest share before the end of 2023上半年 (the others are due at once).</summary>
    private bool NotYetDue(DateOnly asOf) =>
        Descriptor.Id == EnterpriseAssistanceClauses.CohortContest.Id && asOf <= EnterpriseAssistanceClauses.ContestWindow.End;
}
